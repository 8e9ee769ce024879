using Evaluation.Engine.Planning;
using static Evaluation.Engine.Sql.Sql;
using static Evaluation.Engine.Sql.Translators.SqlMath;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// numpy's <c>np.histogram(values, bins=n)</c> as a list of {lower_bound, upper_bound, count}.
/// Edges are numpy's <c>linspace(min, max, n + 1)</c>: lower + i·((upper − lower)/n), the last
/// exactly the max; bins are [l, u) except the last, [l, u]. A row's bin is numpy's too: the
/// estimate ⌊(x − min)/(max − min)·n⌋ moved by one where it disagrees with those edges, so
/// a value on an edge lands where numpy puts it.
/// <para>
/// Constant values (max = min): like numpy, the range widens to [v − 0.5, v + 0.5], so n bins
/// are 1/n wide and the values all fall in the one that holds v (with ten bins, the sixth). An empty group
/// gives an empty list, and so does a group holding an infinity (no finite equal-width bins;
/// numpy raises), each with its reason.
/// </para>
/// <para>
/// The bins need the group's min and max before any row is binned: they are per-row windows
/// (<see cref="TranslationContext.PerRow"/>), and the counts one <c>histogram(bin, boundaries)</c>.
/// </para>
/// </summary>
internal static class Histogram
{
    /// <summary>The lambda's parameter: a name no source column is expected to have, since a lambda's parameter hides a column of that name.</summary>
    private const string Bin = "__evalq_bin";

    /// <param name="values">The column.</param>
    /// <param name="bins">The number of bins, a BIGINT (a planner constant or a bound parameter).</param>
    /// <param name="fields">The bin's field names in the catalog: lower, upper, count.</param>
    /// <param name="context">For the per-row min and max.</param>
    public static SqlExpr Of(NumericValues values, SqlExpr bins, IReadOnlyList<string> fields, TranslationContext context)
    {
        // Per row, before grouping: the group's min and max (windows, each computed once). The bin
        // is arithmetic on them rather than CASEs, so DuckDB computes each repeated part once per
        // row (it shares no common subexpressions across CASE branches); it stays a DOUBLE so that
        // an infinite range (NaN, whose group gets no bins anyway) never meets a cast to BIGINT.
        var last = Double(Sub(bins, Integer(1)));
        var rowMin = context.PerRow(keys => new SqlWindow(Call("min", values.OnlyPresent), keys, Array.Empty<SqlOrder>()));
        var rowMax = context.PerRow(keys => new SqlWindow(Call("max", values.OnlyPresent), keys, Array.Empty<SqlOrder>()));
        var rowLower = Lower(rowMin, rowMax);
        var rowUpper = Upper(rowMin, rowMax);
        // A missing value is NULL here, so it is in no bin (least() would put a NaN in the last).
        var x = values.OnlyPresent;
        // numpy's estimate ⌊(x − lower)/(upper − lower)·n⌋, at most n − 1, then moved by one where it
        // disagrees with the edges, so a value on an edge lands where numpy puts it.
        var estimate = Least(Call("floor", Mul(Div(Sub(x, rowLower), Sub(rowUpper, rowLower)), Double(bins))), last);
        var rowStep = Div(Sub(rowUpper, rowLower), Double(bins));
        var below = Double(Lt(x, Edge(estimate, rowLower, rowStep)));
        var above = Double(And(Lt(estimate, last), Ge(x, Edge(Add(estimate, D(1)), rowLower, rowStep))));
        var binned = Add(Sub(estimate, below), above);
        // With the bins' indexes as boundaries, DuckDB's histogram counts every bin, empty ones
        // too, in order: reading bin i is then list indexing, where a map lookup would scan.
        var counts = Call("map_values", Call("histogram", binned, new SqlCast(Call("range", bins), "DOUBLE[]")));

        var min = values.Over("min");
        var max = values.Over("max");
        var lower = Lower(min, max);
        var upper = Upper(min, max);
        var step = Div(Sub(upper, lower), Double(bins));
        var i = new SqlColumn(Bin);
        var bin = new SqlStruct(new (string, SqlExpr)[]
        {
            (fields[0], Edge(i, lower, step)),
            (fields[1], If(Eq(i, Sub(bins, Integer(1))), upper, Edge(Add(i, Integer(1)), lower, step))),
            (fields[2], BigInt(Call("coalesce", Call("list_extract", counts, Add(i, Integer(1))), Integer(0)))),
        });
        var defined = And(Gt(values.Count, Integer(0)), Finite(lower), Finite(upper));
        return Call("list_transform", Call("range", If(defined, bins, Integer(0))), new SqlLambda(Bin, bin));
    }

    /// <summary>The group holds an infinity: no finite equal-width bins.</summary>
    public static (SqlExpr When, string Why) Infinite(NumericValues values) =>
        (values.Infinite.When, "the values include an infinity, so equal-width bins have no finite range");

    /// <summary>numpy's first edge: the min, or min − 0.5 when max = min (as arithmetic: min − 0.5·[max = min]).</summary>
    private static SqlExpr Lower(SqlExpr min, SqlExpr max) => Sub(min, Mul(D(0.5), Double(Eq(min, max))));

    /// <summary>numpy's last edge: the max, or max + 0.5 when max = min.</summary>
    private static SqlExpr Upper(SqlExpr min, SqlExpr max) => Add(max, Mul(D(0.5), Double(Eq(min, max))));

    /// <summary>numpy's edge i: i·step + lower.</summary>
    private static SqlExpr Edge(SqlExpr i, SqlExpr lower, SqlExpr step) => Add(Mul(Double(i), step), lower);

    private static SqlExpr Finite(SqlExpr value) => Call("isfinite", value);
}
