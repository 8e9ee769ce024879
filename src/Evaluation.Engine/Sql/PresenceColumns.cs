namespace Evaluation.Engine.Sql;

/// <summary>
/// Computes each presence test that a select repeats once a row. The translators guard every
/// aggregate's input with §6's test that its values are present
/// (<c>CASE WHEN ("y" IS NOT NULL AND NOT isnan("y")) AND … THEN … END</c>), and DuckDB evaluates
/// each copy of the test anew: rmse, mae and r² by model carry it five times, which cost a third
/// of the query. A test that is part of more than one distinct expression (copies of one
/// aggregate count once: DuckDB computes them once) becomes a boolean column of the inner select
/// that adds per-row columns (<c>SELECT *, (test) AS "__evalq_present_0" FROM source WHERE …</c>),
/// and every copy reads the column: the same value, NULL included, so the same result.
/// A presence test is a conjunction of at least two <c>x IS NOT NULL</c> / <c>NOT isnan(x)</c>
/// over source columns (cast or not); a larger condition around one keeps its other parts.
/// </summary>
internal static class PresenceColumns
{
    public const string Prefix = "__evalq_present_";

    /// <summary>The items reading the repeated tests from columns, and those columns' definitions (none when nothing repeats).</summary>
    public static (IReadOnlyList<SqlSelectItem> Items, IReadOnlyList<SqlSelectItem> Columns) Hoist(IReadOnlyList<SqlSelectItem> items)
    {
        // Each test with the distinct expressions it is a direct part of: copies of one aggregate
        // (DuckDB computes an aggregate written twice once) count once.
        var parents = new Dictionary<string, (SqlExpr Test, HashSet<string> Parents)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in items)
            SqlRewriter.Walk(item.Expression, node =>
            {
                if (IsTest(node)) return; // a test's parts are not tests of their own here
                string? parent = null;
                foreach (var child in SqlRewriter.Children(node))
                {
                    if (!IsTest(child)) continue;
                    var key = SqlGenerator.Key(child);
                    if (!parents.TryGetValue(key, out var entry))
                    {
                        parents[key] = entry = (child, new HashSet<string>(StringComparer.Ordinal));
                        order.Add(key);
                    }
                    entry.Parents.Add(parent ??= SqlGenerator.Key(node));
                }
            });
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var columns = new List<SqlSelectItem>();
        foreach (var key in order.Where(k => parents[k].Parents.Count > 1))
        {
            names[key] = Prefix + columns.Count;
            columns.Add(new SqlSelectItem(parents[key].Test, names[key]));
        }
        if (columns.Count == 0) return (items, columns);
        SqlExpr? Replace(SqlExpr e) => IsTest(e) ? names.TryGetValue(SqlGenerator.Key(e), out var name) ? new SqlColumn(name) : e : null;
        return (SqlRewriter.RewriteItems(items, Replace), columns);
    }

    private static bool IsTest(SqlExpr e) => e is SqlBinary { Operator: "AND" } and && IsPart(and.Left) && IsPart(and.Right);

    private static bool IsPart(SqlExpr e) => e switch
    {
        SqlBinary { Operator: "AND" } and => IsPart(and.Left) && IsPart(and.Right),
        SqlIsNull { Negated: true } isNull => IsSourceValue(isNull.Operand),
        SqlUnary { Operator: "NOT", Operand: SqlCall { Function: "isnan", Arguments.Count: 1 } isnan } => IsSourceValue(isnan.Arguments[0]),
        _ => false,
    };

    private static bool IsSourceValue(SqlExpr e) => e is SqlColumn { Table: null } or SqlCast { Operand: SqlColumn { Table: null } };
}
