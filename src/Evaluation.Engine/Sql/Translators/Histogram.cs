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
/// Constant values (max = min): like numpy, the range widens to [v − 0.5, v + 0.5], so the ten
/// bins are 0.1 wide and the value falls in the one that holds v (the sixth). An empty group
/// gives an empty list, and so does a group holding an infinity (no finite equal-width bins;
/// numpy raises), each with its reason.
/// </para>
/// <para>
/// The bins need the group's min and max before any row is binned: they are per-row windows
/// (<see cref="TranslationContext.PerRow"/>), and the counts one <c>histogram(bin)</c> map.
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
        var rowMin = context.PerRow(keys => new SqlWindow(values.Over("min"), keys, Array.Empty<SqlOrder>()));
        var rowMax = context.PerRow(keys => new SqlWindow(values.Over("max"), keys, Array.Empty<SqlOrder>()));
        var rowLower = Lower(rowMin, rowMax);
        var rowUpper = Upper(rowMin, rowMax);
        var rowStep = Div(Sub(rowUpper, rowLower), Double(bins));
        var last = Sub(bins, Integer(1));
        var estimate = Least(BigInt(Call("floor", Mul(Div(Sub(values.Value, rowLower), Sub(rowUpper, rowLower)), Double(bins)))), last);
        var index = new SqlCase(new[]
        {
            (Lt(values.Value, Edge(estimate, rowLower, rowStep)), Sub(estimate, Integer(1))),
            (And(Lt(estimate, last), Ge(values.Value, Edge(Add(estimate, Integer(1)), rowLower, rowStep))), Add(estimate, Integer(1))),
        }, estimate);
        // CASE keeps NaN (and an infinite range) away from the BIGINT cast, which a FILTER would not.
        var binned = If(And(values.Present, Finite(rowLower), Finite(rowUpper)), index, SqlConstant.Null);
        var counts = Call("histogram", binned);

        var min = values.Over("min");
        var max = values.Over("max");
        var lower = Lower(min, max);
        var upper = Upper(min, max);
        var step = Div(Sub(upper, lower), Double(bins));
        var i = new SqlColumn(Bin);
        var bin = new SqlStruct(new (string, SqlExpr)[]
        {
            (fields[0], Edge(i, lower, step)),
            (fields[1], If(Eq(i, last), upper, Edge(Add(i, Integer(1)), lower, step))),
            (fields[2], BigInt(Call("coalesce", Call("map_extract_value", counts, i), Integer(0)))),
        });
        var defined = And(Gt(values.Count, Integer(0)), Finite(lower), Finite(upper));
        return Call("list_transform", Call("range", If(defined, bins, Integer(0))), new SqlLambda(Bin, bin));
    }

    /// <summary>The group holds an infinity: no finite equal-width bins.</summary>
    public static (SqlExpr When, string Why) Infinite(NumericValues values) =>
        (values.Infinite.When, "the values include an infinity, so equal-width bins have no finite range");

    private static SqlExpr Lower(SqlExpr min, SqlExpr max) => If(Eq(min, max), Sub(min, D(0.5)), min);

    private static SqlExpr Upper(SqlExpr min, SqlExpr max) => If(Eq(min, max), Add(max, D(0.5)), max);

    /// <summary>numpy's edge i: i·step + lower.</summary>
    private static SqlExpr Edge(SqlExpr i, SqlExpr lower, SqlExpr step) => Add(Mul(Double(i), step), lower);

    private static SqlExpr Finite(SqlExpr value) => Call("isfinite", value);
}
