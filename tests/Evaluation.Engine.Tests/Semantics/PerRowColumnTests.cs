using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Semantics;

/// <summary>
/// The planner's per-row window columns (spearman's ranks, the histogram's range) partition by
/// the query's group keys, an alias such as a time bucket included, and see only the filtered rows.
/// </summary>
public sealed class PerRowColumnTests
{
    [Fact]
    public void Windows_partition_by_an_aliased_group_key_and_a_limited_query_still_counts_its_groups()
    {
        using var files = new ParquetFiles();
        // The second day's values interleave with the first's, so ranks over both days, or over the
        // filtered-out row, would give another correlation and other bounds.
        double[] y = { 1, 2, 3, 4, 1.5, 10, 11, 12 }, p = { 2, 1, 4, 3, 1.5, 3, 0, 5 };
        var rows = string.Join(", ", y.Select((t, i) => $"({t}, {p[i]}, TIMESTAMP '2026-01-0{1 + i / 4} 0{i}:00:00')"));
        var path = files.Parquet("daily", $"SELECT y::DOUBLE AS y, p::DOUBLE AS p, ts FROM (VALUES {rows}) AS t(y, p, ts)");
        using var engine = EvaluationEngine.Open();

        var result = engine.Query($"from '{path}' | where y != 4 | group by day = roundTimestamp(ts, 'day') | select day, rho = spearman(y, p), h = histogram(y) | limit 1");

        var row = Assert.Single(result.Rows);
        Assert.Equal(2L, result.TotalRows);
        // The first day without the filtered row: (1, 2), (2, 1), (3, 4).
        Assert.Equal(Reference.Spearman(new double[] { 1, 2, 3 }, new double[] { 2, 1, 4 }), (double)row[1]!, 14);
        var bins = Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[2]);
        var first = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(bins[0]);
        var last = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(bins[^1]);
        Assert.Equal(1.0, first["lower_bound"]);
        Assert.Equal(3.0, last["upper_bound"]);
    }
}
