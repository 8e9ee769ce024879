using Evaluation.Engine.Aggregates;
using Evaluation.Engine.Sql;

namespace Evaluation.Engine.Planning;

/// <summary>
/// Where the C# aggregates run, DuckDB's floating-point aggregates that add terms (<c>fsum</c>,
/// <c>avg</c>, the variance family, <c>corr</c>) are replaced by exact ones
/// (<see cref="ExactMomentAggregate"/>, <see cref="ExactCorrelationAggregate"/>): DuckDB's own
/// results change in the last bits with its thread count, and LANGUAGE.md §6 asks for the same
/// result whatever <c>--threads</c>. Translators write DuckDB's names (the portable SQL keeps
/// them) and sum DOUBLE values with <c>fsum</c>, never <c>sum</c>, which stays for integer sums,
/// exact already. Window functions keep DuckDB's aggregates (C API aggregates cannot run as
/// windows), and so do calls with <c>DISTINCT</c> or <c>ORDER BY</c> inside.
/// </summary>
internal static class ExactFloatSums
{
    private static readonly Dictionary<string, string> Replacements = new(StringComparer.Ordinal)
    {
        ["fsum"] = NativeAggregates.Sum,
        ["avg"] = NativeAggregates.Mean,
        ["var_pop"] = NativeAggregates.PopulationVariance,
        ["var_samp"] = NativeAggregates.SampleVariance,
        ["stddev_pop"] = NativeAggregates.PopulationStdDev,
        ["stddev_samp"] = NativeAggregates.SampleStdDev,
        ["corr"] = NativeAggregates.Correlation,
    };

    public static PlannedValue Apply(PlannedValue value) => value with
    {
        Value = Apply(value.Value),
        Undefined = value.Undefined is null ? null : Apply(value.Undefined),
    };

    private static SqlExpr Apply(SqlExpr expression) => SqlRewriter.Rewrite(expression, node =>
        node is SqlCall { Distinct: false, OrderWithin.Count: 0 } call && Replacements.TryGetValue(call.Function, out var exact)
            ? call with
            {
                Function = exact,
                Arguments = call.Arguments.Select(Apply).ToList(),
                Filter = call.Filter is null ? null : Apply(call.Filter),
            }
            : null);
}
