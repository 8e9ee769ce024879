namespace Evaluation.Language.Ast;

/// <summary>One entry of a select list.</summary>
public abstract record SelectItem : Node;

/// <summary><c>"*"</c>: every column of the source.</summary>
public sealed record StarItem : SelectItem;

/// <summary>
/// A property (<see cref="ColumnRef"/>) or a function call, with an optional alias and an
/// optional pipeline stage (<c>"stage": "GROUND_TRUTH"</c>) resolved against the descriptor.
/// </summary>
public sealed record ExprItem(Expr Expression, Name? Alias, PipelineStage? Stage) : SelectItem
{
    /// <summary>The key of this item in a response row: the alias, else the function name, else the property.</summary>
    public string OutputName => Alias?.Text ?? Expression switch
    {
        FunctionCall call => call.Name,
        ColumnRef column => column.Name,
        _ => "?",
    };
}

/// <summary>The stage of a column in a model's pipeline (Arthur's stages).</summary>
public enum PipelineStage
{
    /// <summary><c>PIPELINE_INPUT</c>: a model input.</summary>
    PipelineInput,
    /// <summary><c>PREDICTED_VALUE</c>: a model output.</summary>
    PredictedValue,
    /// <summary><c>GROUND_TRUTH</c>: the true value.</summary>
    GroundTruth,
    /// <summary><c>NON_INPUT_DATA</c>: metadata that is not a model input.</summary>
    NonInputData,
}

/// <summary>Names of <see cref="PipelineStage"/>s.</summary>
public static class PipelineStages
{
    /// <summary>Every stage's spelling.</summary>
    public static IReadOnlyList<string> Names { get; } =
        new[] { "PIPELINE_INPUT", "PREDICTED_VALUE", "GROUND_TRUTH", "NON_INPUT_DATA" };

    /// <summary>The spelling: <c>GROUND_TRUTH</c>.</summary>
    public static string Name(this PipelineStage stage) => Names[(int)stage];

    /// <summary>Looks a stage up by its spelling, case-insensitively.</summary>
    public static bool TryParse(string text, out PipelineStage stage)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                stage = (PipelineStage)i;
                return true;
            }
        }
        stage = default;
        return false;
    }
}

/// <summary>Whether a group or order key names a column or a select item's alias.</summary>
public enum KeyKind
{
    /// <summary><c>{"property": NAME}</c>.</summary>
    Property,
    /// <summary><c>{"alias": NAME}</c>.</summary>
    Alias,
}

/// <summary>A <c>group_by</c> entry.</summary>
public sealed record GroupKey(KeyKind Kind, string Name) : Node;

/// <summary>Sort direction.</summary>
public enum SortDirection
{
    /// <summary>Ascending.</summary>
    Asc,
    /// <summary>Descending.</summary>
    Desc,
}

/// <summary>An <c>order_by</c> entry; a null <see cref="Direction"/> means none was written (ascending).</summary>
public sealed record OrderKey(KeyKind Kind, string Name, SortDirection? Direction) : Node;
