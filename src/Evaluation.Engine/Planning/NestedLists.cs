using Evaluation.Engine.Sql;
using Evaluation.Language.Ast;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Planning;

/// <summary>
/// Nested fields (LANGUAGE.md §5, Object detection): a block that names a field of a list of
/// structs (<c>objects_detected.class_id</c>) anywhere, or selects such a list as a property, is
/// evaluated one row per list element; rows whose list is empty or NULL contribute no row.
/// One list per block: two lists would have no rule for pairing their elements.
/// </summary>
internal static class NestedLists
{
    /// <summary>The column that holds the current element in the exploded relation.</summary>
    public const string Element = "__evalq_element";

    /// <summary>The list the block explodes, or null.</summary>
    public static string? Exploded(Query query, SourceSchema schema)
    {
        var lists = new List<(string List, ColumnRef At)>();
        void Consider(ColumnRef column, bool selectedAsProperty)
        {
            var dot = column.Name.IndexOf('.');
            var list = dot > 0 ? column.Name.Substring(0, dot) : column.Name;
            if (dot < 0 && !selectedAsProperty) return;
            if (schema.Find(list) is { Type: ColumnType.List, Fields.Count: > 0 } && schema.Find(column.Name) is not null) lists.Add((list, column));
        }
        foreach (var item in query.Select.OfType<ExprItem>())
        {
            if (item.Expression is ColumnRef property) Consider(property, selectedAsProperty: true);
            foreach (var column in ColumnReferences.Of(item.Expression).Where(c => c.IsNested)) Consider(column, selectedAsProperty: false);
        }
        foreach (var column in query.Filter.SelectMany(ColumnReferences.Of)) Consider(column, selectedAsProperty: false);
        foreach (var key in query.GroupBy.Where(k => k.Kind == KeyKind.Property)) Consider(new ColumnRef(key.Name) { Span = key.Span }, false);
        foreach (var key in query.OrderBy.Where(k => k.Kind == KeyKind.Property)) Consider(new ColumnRef(key.Name) { Span = key.Span }, false);

        var distinct = lists.Select(l => l.List).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > 1)
        {
            var second = lists.First(l => l.List == distinct[1]).At;
            throw new QueryException(new[] { DiagnosticDescriptors.NotSupported.At(second.Span,
                $"this query reads the elements of both `{distinct[0]}` and `{distinct[1]}`; one row per element works for one list at a time") });
        }
        return distinct.FirstOrDefault();
    }

    /// <summary><c>list.field</c> as the field of the current element; any other name as its column.</summary>
    public static SqlExpr Sql(string name, string list) =>
        name.StartsWith(list + ".", StringComparison.Ordinal) ? new SqlColumn(name.Substring(list.Length + 1), Element) : new SqlColumn(name);
}
