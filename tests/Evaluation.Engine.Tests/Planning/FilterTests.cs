using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Planning;

/// <summary>Every comparator of the filter algebra, run on TestData's six rows (NULLs, NaN, lists, timestamps, odd names).</summary>
public class FilterTests(TestData data) : IClassFixture<TestData>
{
    [Theory]
    [InlineData("score > 0.5", "1,6")]
    [InlineData("score >= 0.5", "1,5,6")]
    [InlineData("score < 0.5", "2")]
    [InlineData("score <= 0.5", "2,5")]
    [InlineData("score == 0.5", "5")]
    [InlineData("score != 0.5", "1,2,3,6")]
    [InlineData("score between 0.2 and 0.7", "2,5,6")]
    [InlineData("score is null", "4")]
    [InlineData("score is not null", "1,2,3,5,6")]
    [InlineData("score is missing", "3,4")]
    [InlineData("score is not missing", "1,2,5,6")]
    [InlineData("label in [0]", "2,4")]
    [InlineData("label not in [0]", "1,3,6")]
    [InlineData("label in []", "")]
    [InlineData("segment in ['A', 'C']", "1,2,5")]
    [InlineData("segment = 'B'", "3,4")]
    [InlineData("segment == null", "6")]
    [InlineData("segment like 'A%'", "1,2")]
    [InlineData("segment ilike 'b'", "3,4")]
    [InlineData("segment not like 'A'", "3,4,5")]
    [InlineData("segment not ilike 'a'", "3,4,5")]
    [InlineData("ts >= @2026-01-02", "3,4,5")]
    [InlineData("ts < '2026-01-01T12:00'", "1")]
    [InlineData("ts between @2026-01-01 and @2026-01-31T23:59:59", "1,2,3")]
    [InlineData("tags contains 'gpu'", "1,5,6")]
    [InlineData("tags contains all ['gpu', 'nightly']", "1,6")]
    [InlineData("tags is empty", "3")]
    [InlineData("tags is not empty", "1,2,5,6")]
    [InlineData("not (segment == 'A' or segment is null)", "3,4,5")]
    [InlineData("score > 0.5 or label == 0", "1,2,4,6")]
    [InlineData("(score > 0.1 and label == 1) and segment is not null", "1")]
    [InlineData("`x\"; DROP TABLE t; --` = 'it''s'", "1")]
    [InlineData("`x\"; DROP TABLE t; --` like '%;%'", "2")]
    public void Each_condition_selects_exactly_these_rows(string condition, string ids)
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"{data.From} | where {condition} | select id | order by id");
        Assert.Equal(ids, string.Join(",", result.Rows.Select(r => r[0])));
    }

    [Fact]
    public void The_json_dialect_and_nemo_operators_select_the_same_rows()
    {
        using var engine = EvaluationEngine.Open();
        var path = System.Text.Json.JsonSerializer.Serialize(data.Parquet);
        var arthur = engine.Query($$"""{"from": {{path}}, "select": [{"property": "id"}], "filter": [{"property": "score", "comparator": "gte", "value": 0.5}, {"property": "segment", "comparator": "notNull"}], "order_by": [{"property": "id"}]}""");
        var nemo = engine.Query("{\"from\": " + path + """, "select": [{"property": "id"}], "filter": {"$and": [{"score": {"$gte": 0.5}}, {"segment": {"$in": ["A", "B", "C"]}}]}, "order_by": [{"property": "id"}]}""");
        Assert.Equal("1,5", string.Join(",", arthur.Rows.Select(r => r[0])));
        Assert.Equal("1,5", string.Join(",", nemo.Rows.Select(r => r[0])));
    }
}
