namespace Evaluation.Engine.Sql;

/// <summary>
/// Merges the <c>quantile_cont(x, q)</c> calls of one select that read the same x into one
/// <c>quantile_cont(x, [q1, q2, …])</c> whose elements each call reads with <c>list_extract</c>:
/// DuckDB sorts x once per call, so one call with a list is about 2.5× faster than one call per
/// quantile, and it computes the repeated list call once. Median, quantile and mae's median all
/// write a scalar <c>quantile_cont</c>, so <c>median(x), quantile(x, 0.9)</c> share one sort.
/// </summary>
internal static class QuantileMerging
{
    private const string Quantile = "quantile_cont";

    public static IReadOnlyList<SqlSelectItem> Merge(IReadOnlyList<SqlSelectItem> items)
    {
        // The fractions each argument is asked for, in first-seen order, each once.
        var fractions = new Dictionary<string, (SqlExpr Argument, List<(string Key, SqlExpr Fraction)> Fractions)>(StringComparer.Ordinal);
        foreach (var item in items)
            SqlRewriter.Walk(item.Expression, e =>
            {
                if (!IsScalarQuantile(e, out var call)) return;
                var argument = SqlGenerator.Key(call.Arguments[0]);
                if (!fractions.TryGetValue(argument, out var entry)) fractions[argument] = entry = (call.Arguments[0], new());
                var fraction = SqlGenerator.Key(call.Arguments[1]);
                if (!entry.Fractions.Any(f => f.Key == fraction)) entry.Fractions.Add((fraction, call.Arguments[1]));
            });
        if (!fractions.Values.Any(f => f.Fractions.Count > 1)) return items;

        SqlExpr? Replace(SqlExpr e)
        {
            if (!IsScalarQuantile(e, out var call)) return null;
            var (argument, list) = fractions[SqlGenerator.Key(call.Arguments[0])];
            if (list.Count < 2) return null;
            var index = list.FindIndex(f => f.Key == SqlGenerator.Key(call.Arguments[1]));
            var merged = Sql.Call(Quantile, argument, new SqlList(list.Select(f => f.Fraction).ToList()));
            return Sql.Call("list_extract", merged, Sql.Integer(index + 1));
        }
        return SqlRewriter.RewriteItems(items, Replace);
    }

    /// <summary>A plain aggregate <c>quantile_cont(x, q)</c> with one fraction (a constant or a parameter).</summary>
    private static bool IsScalarQuantile(SqlExpr e, out SqlCall call)
    {
        call = (e as SqlCall)!;
        return e is SqlCall { Function: Quantile, Arguments.Count: 2, Filter: null, Distinct: false, OrderWithin.Count: 0 } c
            && c.Arguments[1] is SqlConstant or SqlParameter;
    }
}
