namespace Evaluation.Language.Catalog;

/// <summary>
/// One function of the language: its names, parameters, result, tasks, direction and a
/// one-line definition. The catalog is the single source of truth for the parsers, the
/// validator, the analyzer, the planner, completion and <c>grammar/functions.md</c>.
/// </summary>
public sealed record FunctionDefinition(string Name, FunctionKind Kind, string Definition)
{
    /// <summary>Other accepted names (Arthur camelCase, scikit-learn / Polaris snake_case).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    /// <summary>Parameters in catalog order: required ones first, as the DSL takes them positionally.</summary>
    public IReadOnlyList<ParameterDefinition> Parameters { get; init; } = Array.Empty<ParameterDefinition>();

    /// <summary>The shape of the result.</summary>
    public ResultShape Result { get; init; } = ResultShape.Scalar;

    /// <summary>Field names of a struct result (Arthur's names), or of each element of a list result.</summary>
    public IReadOnlyList<string> ResultFields { get; init; } = Array.Empty<string>();

    /// <summary>The tasks the function applies to.</summary>
    public TaskKinds Tasks { get; init; }

    /// <summary>
    /// True for Arthur's one-vs-rest multiclass functions: one class against the rest, the class
    /// given by <c>class</c> on label columns, or implied by a class's own pair of per-class columns.
    /// </summary>
    public bool OneVsRest { get; init; }

    /// <summary>Which way is better, for ranking results.</summary>
    public MetricDirection Direction { get; init; } = MetricDirection.None;

    /// <summary>The parameter called <paramref name="name"/> (or with that alias), if any.</summary>
    public ParameterDefinition? FindParameter(string name) => Parameters.FirstOrDefault(p => p.IsNamed(name));

    /// <summary>
    /// The parameter a host-language name stands for (a LINQ metric method's parameter: <c>weightProperty</c>,
    /// <c>posLabel</c>): the parameter, or alias, of that name compared without case and underscores.
    /// The one rule the LINQ translator, its generated methods and the analyzer share.
    /// </summary>
    public ParameterDefinition? FindParameterForMember(string memberName)
    {
        var wanted = WithoutUnderscores(memberName);
        return FindParameter(memberName) ?? Parameters.FirstOrDefault(p =>
            string.Equals(WithoutUnderscores(p.Name), wanted, StringComparison.OrdinalIgnoreCase)
            || p.Aliases.Any(a => string.Equals(WithoutUnderscores(a), wanted, StringComparison.OrdinalIgnoreCase)));
    }

    private static string WithoutUnderscores(string name) => name.Replace("_", "");

    /// <summary>The required parameters in order: the ones the DSL takes positionally.</summary>
    public IEnumerable<ParameterDefinition> Positional => Parameters.Where(p => p.Required);
}

/// <summary>How a function consumes rows.</summary>
public enum FunctionKind
{
    /// <summary>Many rows to one value per group (metrics, statistics).</summary>
    Aggregate,
    /// <summary>One value per row (<c>roundTimestamp</c>, <c>abs_error</c>, <c>biasMitigatedPredictions</c>).</summary>
    Row,
    /// <summary>One value per row computed over a partition (<c>rank</c>).</summary>
    Window,
    /// <summary>
    /// Rows of its own per group, with named columns (<c>roc_curve</c>, <c>pr_curve</c>): a table function
    /// that stands alone in its select, beside the group keys.
    /// </summary>
    Curve,
}

/// <summary>The shape of a function's result.</summary>
public enum ResultShape
{
    /// <summary>One number (or label).</summary>
    Scalar,
    /// <summary>An object with named fields (a confusion matrix).</summary>
    Struct,
    /// <summary>A list of values or of objects (a histogram, per-class values).</summary>
    List,
}

/// <summary>Tasks a function belongs to.</summary>
[Flags]
public enum TaskKinds
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>Regression.</summary>
    Regression = 1,
    /// <summary>Binary classification.</summary>
    Binary = 2,
    /// <summary>Multiclass classification.</summary>
    Multiclass = 4,
    /// <summary>Object detection.</summary>
    ObjectDetection = 8,
    /// <summary>General statistics over any column.</summary>
    Statistics = 16,
    /// <summary>Results tables (ranking, leaderboards).</summary>
    Results = 32,
}

/// <summary>Which way a metric is better: higher, lower, or closer to a target value.</summary>
public sealed record MetricDirection(DirectionKind Kind, double? Target = null)
{
    /// <summary>Higher is better.</summary>
    public static MetricDirection Max { get; } = new(DirectionKind.Max);
    /// <summary>Lower is better.</summary>
    public static MetricDirection Min { get; } = new(DirectionKind.Min);
    /// <summary>Not a metric.</summary>
    public static MetricDirection None { get; } = new(DirectionKind.None);
    /// <summary>Closer to <paramref name="target"/> is better.</summary>
    public static MetricDirection Toward(double target) => new(DirectionKind.Target, target);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        DirectionKind.Max => "max",
        DirectionKind.Min => "min",
        DirectionKind.Target => "target " + Target!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => "-",
    };
}

/// <summary>The kinds of <see cref="MetricDirection"/>.</summary>
public enum DirectionKind
{
    /// <summary>Not a metric.</summary>
    None,
    /// <summary>Higher is better.</summary>
    Max,
    /// <summary>Lower is better.</summary>
    Min,
    /// <summary>Closer to a target value is better.</summary>
    Target,
}
