using System.Globalization;
using Evaluation.Engine.Sources;
using Evaluation.Engine.Sql;
using Evaluation.Language.Ast;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Planning;

/// <summary>
/// Plans <c>pivot VALUE by NAMES</c> over a block's result: the distinct non-NULL values of NAMES are
/// read first (a planning query, values bound as parameters), each becomes a column, and the block's
/// other columns key the rows: <c>SELECT keys, first(VALUE) FILTER (WHERE NAMES = $n) AS "name", …
/// GROUP BY keys</c>. A row with several values for one name (the folds of a run, when the block kept
/// them) has no single value: the cell is undefined (NaN, or NULL for non-numbers) with a warning
/// naming the row, never an arbitrary one of them.
/// </summary>
internal static class PivotBlock
{
    /// <summary>More columns than this is a mistake (pivoting by an id), reported instead of run.</summary>
    public const int MaxColumns = 1000;

    private const string Rows = "pivot_rows";

    /// <summary>The pivoted select (ordered as the query says, then by its keys), its columns and the names of its keys.</summary>
    public static (SqlSelect Select, List<PlannedColumn> Columns, List<string> Keys) Plan(
        Query query, Pivot pivot, SqlSelect inner, IReadOnlyList<PlannedColumn> columns, SourceResolver sources, int depth)
    {
        var value = Find(columns, pivot.Property);
        var names = Find(columns, pivot.By);
        if (names.Type is ColumnType.List or ColumnType.Struct)
            throw Error(pivot.By.Span, $"`pivot` names columns by the values of `{names.Name}`, which holds {names.Type.ToString().ToLowerInvariant()}s; pivot by a column of names or numbers");
        var keys = columns.Where(c => c != value && c != names).ToList();
        var relation = new SqlSubqueryRelation(inner, Rows + depth);
        var byColumn = new SqlColumn(names.Name);

        var distinct = new SqlSelect(new[] { new SqlSelectItem(byColumn, "name") }, relation)
        {
            Where = new SqlIsNull(byColumn, Negated: true),
            Distinct = true,
            OrderBy = new[] { new SqlOrder(Integer(1)) },
            Limit = new SqlParameter((long)MaxColumns + 1),
        };
        var found = sources.Values(distinct);
        if (found.Count > MaxColumns)
            throw Error(pivot.By.Span, $"`pivot` would make more than {MaxColumns} columns (one per distinct `{names.Name}`); filter the rows first");
        var outputNames = found.Select(v => Name(v, pivot)).ToList();
        CheckNames(outputNames, keys, pivot);

        var items = keys.Select(k => new SqlSelectItem(new SqlColumn(k.Name), k.Name)).ToList();
        var planned = keys.Select(k => k with { ReasonColumn = null }).ToList();
        var reasons = new List<SqlSelectItem>();
        // One parameter object for every cell's message: the generator binds it once.
        var severalMessage = new SqlParameter($" rows give this cell a `{pivot.Property.Name}` and a pivot takes one: keep fewer rows (e.g. `where fold is null`) or aggregate them first (`group by …, {pivot.By.Name} | select {pivot.Property.Name} = avg({pivot.Property.Name})`)");
        for (var i = 0; i < found.Count; i++)
        {
            var match = Eq(byColumn, new SqlParameter(found[i]));
            var count = CountStar(match);
            var several = new SqlBinary(">", count, Integer(1));
            var undefinedValue = value.Type == ColumnType.Float ? SqlConstant.NaN : SqlConstant.Null;
            items.Add(new SqlSelectItem(new SqlCase(new[] { ((SqlExpr)several, (SqlExpr)undefinedValue) },
                Aggregate("first", match, new SqlColumn(value.Name))), outputNames[i]));
            var reasonColumn = Planner.ReasonPrefix + reasons.Count;
            SqlExpr? passed = value.ReasonColumn is { } innerReason ? Aggregate("first", match, new SqlColumn(innerReason)) : null;
            reasons.Add(new SqlSelectItem(new SqlCase(new[]
            {
                ((SqlExpr)several, (SqlExpr)Call("concat", count, severalMessage)),
            }, passed), reasonColumn));
            planned.Add(new PlannedColumn(outputNames[i], value.Type, reasonColumn, value.Metric));
        }

        var order = new List<SqlOrder>();
        foreach (var key in query.OrderBy)
        {
            var position = planned.FindIndex(c => c.Name == key.Name);
            if (position < 0)
                throw Error(key.Span, $"cannot order the pivoted result by `{key.Name}`: its columns are {string.Join(", ", planned.Select(c => "`" + c.Name + "`"))}");
            order.Add(new SqlOrder(Integer(position + 1), key.Direction == SortDirection.Desc));
        }
        for (var k = 1; k <= keys.Count; k++)
            if (!order.Any(o => o.Expression is SqlConstant { Value: long p } && p == k)) order.Add(new SqlOrder(Integer(k)));

        var select = new SqlSelect(items.Concat(reasons).ToList(), relation)
        {
            GroupBy = Enumerable.Range(1, keys.Count).Select(p => Integer(p)).ToList(),
            OrderBy = order,
            Aggregates = true,
        };
        return (select, planned, keys.Select(k => k.Name).ToList());
    }

    private static PlannedColumn Find(IReadOnlyList<PlannedColumn> columns, ColumnRef column) =>
        columns.FirstOrDefault(c => c.Name == column.Name)
        ?? throw Error(column.Span, $"`pivot` spreads columns of its select's result, and it has no `{column.Name}`; its columns are {string.Join(", ", columns.Select(c => "`" + c.Name + "`"))}");

    /// <summary>A value as a column name: text as it is, numbers and timestamps as the results write them.</summary>
    private static string Name(object value, Pivot pivot)
    {
        var name = value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (name.Trim().Length == 0)
            throw Error(pivot.By.Span, $"`{pivot.By.Name}` holds an empty value, which cannot name a column; filter it out (`where {pivot.By.Name} != ''`)");
        return name;
    }

    /// <summary>DuckDB's column names ignore case: two names that differ only in case, or a name equal to a key, would be one column.</summary>
    private static void CheckNames(IReadOnlyList<string> names, IReadOnlyList<PlannedColumn> keys, Pivot pivot)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys) seen.TryAdd(key.Name, "the key column `" + key.Name + "`");
        foreach (var name in names)
        {
            if (name.StartsWith("__evalq_", StringComparison.OrdinalIgnoreCase))
                throw Error(pivot.By.Span, $"the `{pivot.By.Name}` value '{name}' would name a column like the engine's hidden ones (`__evalq_…`); rename or filter it first");
            if (seen.TryGetValue(name, out var other))
                throw Error(pivot.By.Span, $"the `{pivot.By.Name}` value '{name}' would name a column like {other} (names ignore case); rename or filter one of them first");
            seen.Add(name, $"the `{pivot.By.Name}` value '{name}'");
        }
    }

    private static QueryException Error(SourceSpan span, string message) =>
        new(new[] { DiagnosticDescriptors.InvalidPivot.At(span, message) });
}
