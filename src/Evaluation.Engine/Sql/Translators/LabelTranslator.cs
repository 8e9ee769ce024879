using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// NeMo's statistics of a label column (a rubric's grades): rubric_distribution, the count of
/// each label sorted by label, and mode_category, the most frequent label with ties going to the
/// alphabetically first. Both read one <c>histogram(label)</c> map of the present labels and sort
/// its entries once (O(k log k) in the k distinct labels); labels sort in DuckDB's byte order,
/// which for text is Python's code-point order.
/// </summary>
internal sealed class LabelTranslator : IFunctionTranslator
{
    /// <summary>The lambda's parameter: a name no source column is expected to have, since a lambda's parameter hides a column of that name.</summary>
    private const string Entry = "__evalq_entry";

    public IEnumerable<string> Functions => new[] { "rubric_distribution", "mode_category" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var property = context.Column(call, function, "property");
        var present = TranslationContext.Present(property);
        // map_entries gives {key, value} structs: sorting them sorts by label (keys are distinct).
        var counts = Aggregate("histogram", present, property.Value);
        var entries = Call("map_entries", counts);
        var entry = new SqlColumn(Entry);
        var label = Call("struct_extract_at", entry, Integer(1));
        var count = new SqlCast(Call("struct_extract_at", entry, Integer(2)), "BIGINT");
        if (function.Name == "rubric_distribution")
        {
            // A group without labels has an empty distribution, which is a defined answer.
            var fields = function.ResultFields;
            var named = new SqlStruct(new (string, SqlExpr)[] { (fields[0], label), (fields[1], count) });
            return new PlannedValue(Call("coalesce", Call("list_transform", Call("list_sort", entries), new SqlLambda(Entry, named)), new SqlList(Array.Empty<SqlExpr>())), ColumnType.List);
        }

        // Sorted by (−count, label): the first is the most frequent, ties to the alphabetically first.
        var ranked = new SqlStruct(new (string, SqlExpr)[] { ("n", new SqlUnary("-", count)), ("label", label) });
        var first = Call("list_extract", Call("list_sort", Call("list_transform", entries, new SqlLambda(Entry, ranked))), Integer(1));
        return UndefinedWhen.Explained(Call("struct_extract_at", first, Integer(2)), property.Type,
            (new SqlIsNull(counts, Negated: false), "no non-missing labels"));
    }
}
