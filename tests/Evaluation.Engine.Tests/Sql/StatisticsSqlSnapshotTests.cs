using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Sql;

/// <summary>Approved SQL for the counting statistics and the row-level functions, run as well as snapshotted.</summary>
public sealed class StatisticsSqlSnapshotTests(TestData data) : IClassFixture<TestData>
{
    [Fact]
    public void Counting_statistics_plan_to_the_approved_sql()
    {
        using var engine = EvaluationEngine.Open(new EngineOptions { Sources = new Dictionary<string, string> { ["inference"] = data.Parquet } });
        const string query = """
            where ts >= @2026-01-01
            | group by segment, day = roundTimestamp(ts, 'day')
            | select n = count(), k = count(score), c = countIf(label, 'eq', value: 1), r = rate(score, 'gte', value: 0.5),
                     s = sum(score), a = avg(score), aa = avgAbs(score), lo = min(score), hi = max(score),
                     d = count_distinct(label), m = nan_count(score), e = median(abs_error(label, score))
            | order by n desc
            """;
        engine.Query(query);
        Approved.Verify("tests/Evaluation.Engine.Tests/Snapshots/statistics.sql", SqlSnapshot.Of(engine, query, data.Parquet));
    }

    [Fact]
    public void Row_functions_plan_to_the_approved_sql_and_slice_lists_from_zero()
    {
        using var engine = EvaluationEngine.Open(new EngineOptions { Sources = new Dictionary<string, string> { ["inference"] = data.Parquet } });
        const string query = "where id in [1, 6] | select id, first = arraySlice(tags, 0, 1), rest = arraySlice(tags, 1, 5), e = squared_error(label, score), w = roundTimestamp(ts, 'week') | order by id";
        var result = engine.Query(query);
        Assert.Equal(new object?[] { "gpu" }, (IEnumerable<object?>)result.Rows[0][1]!);
        Assert.Equal(new object?[] { "nightly" }, (IEnumerable<object?>)result.Rows[0][2]!);
        Assert.Equal(new object?[] { "gpu" }, (IEnumerable<object?>)result.Rows[1][2]!);
        Approved.Verify("tests/Evaluation.Engine.Tests/Snapshots/row_functions.sql", SqlSnapshot.Of(engine, query, data.Parquet));
    }
}
