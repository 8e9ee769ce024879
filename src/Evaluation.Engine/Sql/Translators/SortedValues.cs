using static Evaluation.Engine.Sql.Sql;
using static Evaluation.Engine.Sql.Translators.SqlMath;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// Order statistics read from the sorted list of a group's values. NeMo's percentile rank
/// depends on the group's size, which <c>quantile_cont</c>'s constant fractions cannot express,
/// so the values are sorted once and indexed. The sorted list is bound to a lambda's parameter
/// (<c>list_transform([sorted], lambda s: …)[1]</c>): written out at each use, DuckDB would sort
/// again for every reference under a CASE, where it does not share common subexpressions.
/// </summary>
internal static class SortedValues
{
    /// <summary>The lambda's parameter: a name no source column is expected to have, since a lambda's parameter hides a column of that name.</summary>
    private const string Sorted = "__evalq_sorted";

    /// <summary><paramref name="body"/> over the sorted present values and their count (NULL and NULL when there are none).</summary>
    public static SqlExpr With(NumericValues values, Func<SqlExpr, SqlExpr, SqlExpr> body)
    {
        var sorted = new SqlColumn(Sorted);
        var lambda = new SqlLambda(Sorted, body(sorted, Call("len", sorted)));
        return Call("list_extract", Call("list_transform", new SqlList(new[] { values.Sorted }), lambda), Integer(1));
    }

    /// <summary>The struct of percentiles named <c>p10</c> … <c>p100</c> (the catalog's fields).</summary>
    public static SqlExpr Percentiles(NumericValues values, IReadOnlyList<string> fields) =>
        With(values, (sorted, count) => Percentiles(sorted, count, fields));

    /// <summary>The percentiles of a sorted list, NaN where it is NULL (an empty group).</summary>
    public static SqlExpr Percentiles(SqlExpr sorted, SqlExpr count, IReadOnlyList<string> fields) =>
        new SqlStruct(fields.Select(field =>
        {
            var percent = double.Parse(field.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            return (field, OrNaN(At(sorted, NeMoRank(percent, count))));
        }).ToList());

    /// <summary>numpy's median of a sorted list, NaN where it is NULL.</summary>
    public static SqlExpr Median(SqlExpr sorted, SqlExpr count) => OrNaN(At(sorted, Mul(D(0.5), Sub(Double(count), D(1)))));

    /// <summary>The value at 0-based fractional <paramref name="rank"/>, interpolating linearly between the closest ranks.</summary>
    private static SqlExpr At(SqlExpr sorted, SqlExpr rank)
    {
        var below = BigInt(Call("floor", rank));
        var above = BigInt(Call("ceil", rank));
        var low = Call("list_extract", sorted, Add(below, Integer(1)));
        var high = Call("list_extract", sorted, Add(above, Integer(1)));
        return Add(low, Mul(Sub(rank, below), Sub(high, low)));
    }

    /// <summary>NeMo's percentile rank (p/100)(n + 1) − 1, clamped to [0, n − 1].</summary>
    private static SqlExpr NeMoRank(double percent, SqlExpr count) =>
        Greatest(D(0), Least(Sub(Double(count), D(1)), Sub(Mul(D(percent / 100), Add(Double(count), D(1))), D(1))));

    private static SqlExpr OrNaN(SqlExpr value) => Call("coalesce", value, SqlConstant.NaN);
}
