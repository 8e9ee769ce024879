using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// NeMo's statistics of a label column (a rubric's grades): rubric_distribution, the count of
/// each label sorted by label, and mode_category, the most frequent label with ties going to the
/// alphabetically first. Both read one <c>histogram(label)</c> map of the present labels; labels
/// sort in DuckDB's byte order, which for text is Python's code-point order.
/// </summary>
internal sealed class LabelTranslator : IFunctionTranslator
{
    /// <summary>The lambda's parameter: a name no source column is expected to have, since a lambda's parameter hides a column of that name.</summary>
    private const string Label = "__evalq_label";

    public IEnumerable<string> Functions => new[] { "rubric_distribution", "mode_category" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var property = context.Column(call, function, "property");
        var present = TranslationContext.Present(property);
        var counts = Aggregate("histogram", present, property.Value);
        var labels = Call("list_sort", Call("map_keys", counts));
        var label = new SqlColumn(Label);
        var count = new SqlCast(Call("map_extract_value", counts, label), "BIGINT");
        if (function.Name == "rubric_distribution")
        {
            // A group without labels has an empty distribution, which is a defined answer.
            var fields = function.ResultFields;
            var entry = new SqlStruct(new (string, SqlExpr)[] { (fields[0], label), (fields[1], count) });
            return new PlannedValue(Call("coalesce", Call("list_transform", labels, new SqlLambda(Label, entry)), new SqlList(Array.Empty<SqlExpr>())), ColumnType.List);
        }

        var most = Call("list_max", Call("map_values", counts));
        var modes = Call("list_filter", labels, new SqlLambda(Label, Eq(Call("map_extract_value", counts, label), most)));
        return Undefined.Explained(Call("list_extract", modes, Integer(1)), property.Type,
            (Eq(CountStar(present), Integer(0)), "no non-missing labels"));
    }
}
