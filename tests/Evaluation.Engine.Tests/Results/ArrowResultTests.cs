using Apache.Arrow;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Results;

/// <summary>Results as streamed Arrow batches: the same values as the row API, structs and lists included.</summary>
public class ArrowResultTests(TestData data) : IClassFixture<TestData>
{
    [Fact]
    public void Batches_hold_the_output_columns_with_nulls_nan_lists_and_timestamps()
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.QueryArrow($"{data.From} | select id, score, segment, ts, tags | order by id");
        var batch = Assert.Single(result.Batches);
        Assert.Equal(new[] { "id", "score", "segment", "ts", "tags" }, batch.Schema.FieldsList.Select(f => f.Name));
        Assert.Equal(6, batch.Length);
        var score = (DoubleArray)batch.Column("score");
        Assert.Equal(0.9, score.GetValue(0));
        Assert.True(double.IsNaN(score.GetValue(2)!.Value));
        Assert.True(score.IsNull(3));
        Assert.True(((StringArray)batch.Column("segment")).IsNull(5));
        var tags = (ListArray)batch.Column("tags");
        Assert.Equal(2, tags.GetValueLength(0));
        Assert.True(tags.IsNull(3));
    }

    [Fact]
    public void A_large_result_streams_in_chunks_and_hidden_reason_columns_become_warnings()
    {
        using var engine = EvaluationEngine.Open();
        engine.RegisterObjects("many", Enumerable.Range(0, 10_000).Select(i => new { Id = (long)i, Kind = i % 4 == 0 ? "a" : "b", Value = i % 4 == 0 ? double.NaN : i }));
        var rows = engine.QueryArrow("from many | select Id, Value");
        var batches = rows.Batches.ToList();
        Assert.True(batches.Count > 1, "a 10,000-row result should arrive in several chunks");
        Assert.Equal(10_000, batches.Sum(b => b.Length));

        var grouped = engine.QueryArrow("from many | where Kind == 'a' or Id < 3 | group by Kind | select m = avg(Value)");
        var batch = Assert.Single(grouped.Batches);
        Assert.Equal(new[] { "Kind", "m" }, batch.Schema.FieldsList.Select(f => f.Name));
        Assert.Equal("`m` is undefined where Kind = 'a': no non-missing values", Assert.Single(grouped.Warnings).Text);
    }

    [Fact]
    public void Arrow_and_rows_agree_and_on_undefined_null_is_null_in_both()
    {
        using var engine = EvaluationEngine.Open();
        var query = $"{data.From} | group by segment | select n = count(), m = avg(score) | on_undefined null";
        var rows = engine.Query(query);
        var batch = Assert.Single(engine.QueryArrow(query).Batches);
        var m = (DoubleArray)batch.Column("m");
        for (var i = 0; i < rows.Rows.Count; i++)
            Assert.Equal(rows.Rows[i][2], m.IsNull(i) ? null : m.GetValue(i));
        Assert.Contains(rows.Rows, r => r[2] is null);
    }
}

public class ArrowWarningTests
{
    [Fact]
    public void Rows_and_arrow_name_a_timestamp_group_the_same_way()
    {
        using var engine = EvaluationEngine.Open();
        engine.RegisterObjects("t", new[] { new { Day = new DateTime(2026, 1, 2), Value = double.NaN }, new { Day = new DateTime(2026, 1, 3), Value = 1.0 } });
        const string query = "from t | group by Day | select m = avg(Value)";
        var rows = engine.Query(query).Warnings.Select(w => w.Text).ToList();
        var arrow = engine.QueryArrow(query);
        _ = arrow.Batches.ToList();
        Assert.Equal(new[] { "`m` is undefined where Day = 2026-01-02T00:00:00: no non-missing values" }, rows);
        Assert.Equal(rows, arrow.Warnings.Select(w => w.Text));
    }
}
