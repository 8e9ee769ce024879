using System.ComponentModel.DataAnnotations.Schema;
using Apache.Arrow;
using Xunit;

namespace Evaluation.Engine.Tests.Sources;

/// <summary>Arrow batches and .NET objects as sources, handed to DuckDB through the Arrow C stream interface.</summary>
public class InMemorySourceTests
{
    public enum Channel { Web, Branch }

    public sealed record Inference(int Id, double? Score, bool Label, string? Segment, DateTime Ts, DateTimeOffset Seen, DateOnly Day, Channel Via)
    {
        [Column("FICO_actual")]
        public double Actual { get; init; }
    }

    private static readonly Inference[] Rows =
    {
        new(1, 0.9, true, "A", new DateTime(2026, 1, 1, 10, 0, 0), new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.FromHours(2)), new DateOnly(2026, 1, 1), Channel.Web) { Actual = 700 },
        new(2, null, false, null, new DateTime(2026, 1, 2), new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), new DateOnly(2026, 1, 2), Channel.Branch) { Actual = 650.5 },
        new(3, double.NaN, true, "B", new DateTime(2026, 1, 3), new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero), new DateOnly(2026, 1, 3), Channel.Web) { Actual = 610 },
    };

    [Fact]
    public void Objects_become_typed_columns_with_nulls_nan_and_renamed_columns()
    {
        using var engine = EvaluationEngine.Open();
        engine.RegisterObjects("inference", Rows);
        var result = engine.Query("select n = count(), scored = count(Score), missing = nan_count(Score), mean = avg(FICO_actual), labelled = countIf(Label, 'eq', value: true)");
        Assert.Equal(new object?[] { 3L, 1L, 2L, (700 + 650.5 + 610) / 3, 2L }, result.Rows[0]);
        var typed = engine.Query("where Via == 'Web' and Ts >= @2026-01-02 and Day >= @2026-01-01 | select Id, Segment, Seen");
        Assert.Equal(3L, typed.Rows.Single()[0]);
        Assert.Equal("2026-01-03T00:00:00Z", Engine.Results.ResultJson.Timestamp((DateTime)typed.Rows.Single()[2]!));
        var instant = engine.Query("where Id == 1 | select Seen");
        Assert.Equal(new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc), instant.Rows[0][0]);
    }

    [Fact]
    public void Many_objects_cross_batch_boundaries_without_loss()
    {
        using var engine = EvaluationEngine.Open();
        var rows = Enumerable.Range(0, 150_001).Select(i => new Inference(i, i % 2, i % 3 == 0, "s" + (i % 5), new DateTime(2026, 1, 1).AddSeconds(i),
            DateTimeOffset.UnixEpoch, new DateOnly(2026, 1, 1), Channel.Web) { Actual = i });
        engine.RegisterObjects("big", rows);
        var result = engine.Query("from big | select n = count(), s = sum(FICO_actual), ones = sum(Score)");
        Assert.Equal(new object?[] { 150_001L, 150_000.0 * 150_001 / 2, 75_000.0 }, result.Rows[0]);
    }

    [Fact]
    public void Record_batches_are_a_source_by_name()
    {
        var first = new RecordBatch.Builder()
            .Append("label", false, c => c.Int64(a => a.Append(1).Append(0)))
            .Append("score", true, c => c.Double(a => a.Append(0.8).AppendNull()))
            .Build();
        var second = new RecordBatch.Builder()
            .Append("label", false, c => c.Int64(a => a.Append(1)))
            .Append("score", true, c => c.Double(a => a.Append(0.4)))
            .Build();
        using var engine = EvaluationEngine.Open();
        engine.RegisterArrow("scores", first.Schema, new[] { first, second });
        var result = engine.Query("from scores | group by label | select n = count(), m = max(score)");
        Assert.Equal("0:1:NaN,1:2:0.8", string.Join(",", result.Rows.Select(r => $"{r[0]}:{r[1]}:{Convert.ToString(r[2], System.Globalization.CultureInfo.InvariantCulture)}")));
        Assert.Equal("`m` is undefined where label = 0: no non-missing values", Assert.Single(result.Warnings).Text);
    }

    private sealed record Unsupported(int Id, Uri Link);

    [Fact]
    public void An_unsupported_property_type_is_named()
    {
        using var engine = EvaluationEngine.Open();
        var error = Assert.Throws<NotSupportedException>(() => engine.RegisterObjects("bad", new[] { new Unsupported(1, new Uri("https://example.org")) }));
        Assert.StartsWith("Unsupported.Link is a Uri;", error.Message);
    }
}
