using static Evaluation.Engine.Sql.Sql;
using static Evaluation.Engine.Sql.Translators.SqlMath;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// Order statistics read from the sorted list of a group's values. NeMo's percentile rank
/// depends on the group's size, which <c>quantile_cont</c>'s constant fractions cannot express;
/// one sorted list serves all ten percentiles and the median (DuckDB computes the repeated
/// <c>list_sort(list(x))</c> once).
/// </summary>
internal static class SortedValues
{
    /// <summary>The value at 0-based fractional <paramref name="rank"/>, interpolating linearly between the closest ranks.</summary>
    public static SqlExpr At(SqlExpr sorted, SqlExpr rank)
    {
        var below = BigInt(Call("floor", rank));
        var above = BigInt(Call("ceil", rank));
        var low = Call("list_extract", sorted, Add(below, Integer(1)));
        var high = Call("list_extract", sorted, Add(above, Integer(1)));
        return Add(low, Mul(Sub(rank, below), Sub(high, low)));
    }

    /// <summary>numpy's linear rank q(n − 1).</summary>
    public static SqlExpr NumpyRank(double q, SqlExpr count) => Mul(D(q), Sub(Double(count), D(1)));

    /// <summary>NeMo's percentile rank (p/100)(n + 1) − 1, clamped to [0, n − 1].</summary>
    public static SqlExpr NeMoRank(double percent, SqlExpr count) =>
        Greatest(D(0), Least(Sub(Double(count), D(1)), Sub(Mul(D(percent / 100), Add(Double(count), D(1))), D(1))));

    /// <summary>The struct of percentiles named <c>p10</c> … <c>p100</c> (the catalog's fields), NaN for an empty group.</summary>
    public static SqlExpr Percentiles(NumericValues values, IReadOnlyList<string> fields)
    {
        var sorted = values.Sorted;
        var empty = Eq(values.Count, Integer(0));
        return new SqlStruct(fields.Select(field =>
        {
            var percent = double.Parse(field.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            return (field, NaNWhen(empty, At(sorted, NeMoRank(percent, values.Count))));
        }).ToList());
    }
}
