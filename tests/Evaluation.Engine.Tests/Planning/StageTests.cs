using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Planning;

/// <summary>Paging, subquery stages, let, time buckets, determinism and explain.</summary>
public class StageTests(TestData data) : IClassFixture<TestData>
{
    private static string Ids(Engine.Results.QueryResult result) => string.Join(",", result.Rows.Select(r => r[0]));

    [Fact]
    public void Limit_and_offset_report_the_total_before_paging()
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"{data.From} | select id | order by id desc | limit 2 | offset 1");
        Assert.Equal("5,4", Ids(result));
        Assert.Equal(6, result.TotalRows);
        Assert.Null(result.Pagination);
    }

    [Theory]
    [InlineData(1, 4, "1,2,3,4", 2)]
    [InlineData(2, 4, "5,6", 2)]
    [InlineData(3, 4, "", 2)]
    [InlineData(1, 6, "1,2,3,4,5,6", 1)]
    public void Pages_follow_nemo_with_totals(long page, long size, string ids, long pages)
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"{data.From} | select id | order by id | page {page} size {size}");
        Assert.Equal(ids, Ids(result));
        Assert.Equal(new Engine.Results.Pagination(page, size, pages, 6), result.Pagination);
    }

    [Fact]
    public void A_where_after_select_filters_the_grouped_result()
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"{data.From} | group by segment | select n = count() | where n >= 2 | select segment, n | order by segment");
        Assert.Equal("A:2,B:2", string.Join(",", result.Rows.Select(r => $"{r[0]}:{r[1]}")));
    }

    [Fact]
    public void A_second_group_by_aggregates_the_first_result()
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"{data.From} | group by segment, label | select n = count() | group by label | select groups = count(), rows = sum(n) | order by label");
        Assert.Equal("0:2:2,1:3:3,:1:1", string.Join(",", result.Rows.Select(r => $"{r[0]}:{r[1]}:{r[2]}")));
    }

    [Fact]
    public void Let_names_a_result_that_later_queries_read()
    {
        using var engine = EvaluationEngine.Open();
        var results = engine.RunScript($"""
            let labelled = {data.From} | where label is not null | select id, label, segment

            from labelled | group by label | select n = count() | order by label;
            from labelled | select n = count()
            """);
        Assert.Equal(2, results.Count);
        Assert.Equal("0:2,1:3", string.Join(",", results[0].Rows.Select(r => $"{r[0]}:{r[1]}")));
        Assert.Equal(5L, results[1].Rows[0][0]);
    }

    [Theory]
    [InlineData("second", "2027-03-01T08:30:00")]
    [InlineData("minute", "2027-03-01T08:30:00")]
    [InlineData("hour", "2027-03-01T08:00:00")]
    [InlineData("day", "2027-03-01T00:00:00")]
    [InlineData("week", "2027-03-01T00:00:00")]
    [InlineData("month", "2027-03-01T00:00:00")]
    [InlineData("year", "2027-01-01T00:00:00")]
    public void RoundTimestamp_truncates_to_each_interval(string interval, string expected)
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"{data.From} | where id == 5 | select t = roundTimestamp(ts, '{interval}')");
        Assert.Equal(expected, Engine.Results.ResultJson.Timestamp((DateTime)result.Rows[0][0]!));
    }

    [Fact]
    public void Weeks_start_on_monday()
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"{data.From} | where id == 1 | select t = roundTimestamp(ts, 'week')");
        Assert.Equal("2025-12-29T00:00:00", Engine.Results.ResultJson.Timestamp((DateTime)result.Rows[0][0]!));
    }

    [Fact]
    public void Grouping_by_a_time_bucket_counts_each_bucket()
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"{data.From} | where ts is not null | group by month = roundTimestamp(ts, 'month') | select n = count()");
        Assert.Equal("2026-01-01T00:00:00:3,2026-02-01T00:00:00:1,2027-03-01T00:00:00:1",
            string.Join(",", result.Rows.Select(r => $"{Engine.Results.ResultJson.Timestamp((DateTime)r[0]!)}:{r[1]}")));
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var query = $"{data.From} | group by segment, label | select n = count(), s = sum(score), m = max(id)";
        using var one = EvaluationEngine.Open(new EngineOptions { Threads = 1 });
        using var two = EvaluationEngine.Open(new EngineOptions { Threads = 2 });
        Assert.Equal(Engine.Results.ResultJson.Write(one.Query(query)), Engine.Results.ResultJson.Write(two.Query(query)));
    }

    [Fact]
    public void Explain_shows_the_tree_the_parameterised_sql_and_the_plan_without_running()
    {
        using var engine = EvaluationEngine.Open();
        var explanation = engine.Explain($"{data.From} | where segment == 'A' | select n = count()");
        Assert.StartsWith("from '", explanation.Dsl);
        Assert.Contains("\"comparator\": \"eq\"", explanation.Json);
        Assert.Contains("WHERE (\"segment\" = $2)", explanation.Sql);
        Assert.Equal(new object?[] { data.Parquet, "A" }, explanation.Parameters);
        Assert.Contains("READ_PARQUET", explanation.Plan.ToUpperInvariant());
    }
}
