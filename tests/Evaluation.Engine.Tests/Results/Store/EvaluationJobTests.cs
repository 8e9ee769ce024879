using Evaluation.Engine.Results.Jobs;
using Evaluation.Engine.Results.Store;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Results.Store;

/// <summary>Evaluation jobs: a query run and saved as a result, with its aggregate scores and row scores.</summary>
public class EvaluationJobTests
{
    private const string Csv = "segment,y,p,grade\nA,1,2,good\nA,2,2,bad\nB,3,5,good\nB,4,4,good\nC,5,,fair\n";

    private static EngineOptions Options(TempCsv csv) => new() { Sources = new Dictionary<string, string> { ["inference"] = csv.Path } };

    [Fact]
    public void A_grouped_query_saves_each_metric_with_nemo_fields_over_the_groups()
    {
        using var csv = new TempCsv("rows.csv", Csv);
        using var temp = new TempStore();
        var saved = EvaluationJob.Run(Options(csv), "group by segment | select e = mae(y, p), n = count(), top = mode_category(grade) | order by segment",
            new JobSpec { Name = "job-1", Model = "m", Tags = new[] { "t1" }, Params = new Dictionary<string, string> { ["k"] = "v" } }, temp.Store);
        Assert.Equal(ResultStatus.Success, saved.Run.Status);
        var back = temp.Store.Get("job-1");
        // mae per segment: A (1 + 0)/2 = 0.5, B (2 + 0)/2 = 1, C no present pair → NaN (missing).
        var e = back.Scores.Single(s => s.Metric == "e");
        Assert.Equal(2, e.Summary!.Count);
        Assert.Equal(1, e.Summary.NanCount);
        Assert.Equal(0.75, e.Score);
        Assert.Equal(0.0625, e.Summary.Variance);
        Assert.Equal(0.125, e.Summary.SampleVariance);
        var n = back.Scores.Single(s => s.Metric == "n");
        Assert.Equal(5, n.Summary!.Sum);
        // mode per segment: A bad (tie, alphabetically first), B good, C fair.
        var top = back.Scores.Single(s => s.Metric == "top");
        Assert.Equal("rubric", top.ScoreType);
        Assert.Equal(new[] { ("bad", 1L), ("fair", 1L), ("good", 1L) }, top.Rubric!.Distribution.Select(d => (d.Label, d.Count)));
        Assert.Equal("bad", top.Rubric.Mode);
        Assert.DoesNotContain(back.Scores, s => s.Metric == "segment");
        Assert.Contains("select e = mae(y, p)", back.Run.QueryDsl);
        Assert.Contains("\"function\": \"mae\"", back.Run.QueryJson);
        var source = Assert.Single(back.Run.Sources);
        Assert.Equal(new FileInfo(csv.Path).Length, source.Size);
        Assert.Equal("sha256:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(csv.Path))).ToLowerInvariant(), source.Fingerprint);
        Assert.Equal(new[] { "t1" }, back.Run.Tags);
        Assert.Equal("v", back.Run.Params["k"]);
        Assert.True(back.Run.DurationMs >= 0);
    }

    [Fact]
    public void Row_scores_hold_the_item_the_metrics_and_the_reason_of_an_undefined_value()
    {
        using var csv = new TempCsv("rows.csv", Csv);
        using var temp = new TempStore();
        EvaluationJob.Run(Options(csv), "group by segment | select e = mae(y, p) | order by segment",
            new JobSpec { Name = "rows", RowScores = true }, temp.Store);
        var lines = temp.Store.RowScores("rows")!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("""{"row_index":0,"item":{"segment":"A"},"metrics":{"e":[{"name":"e","value":0.5}]},"metric_errors":{}}""", lines[0]);
        using var last = System.Text.Json.JsonDocument.Parse(lines[2]);
        Assert.Equal("NaN", last.RootElement.GetProperty("metrics").GetProperty("e")[0].GetProperty("value").GetString());
        Assert.StartsWith("`e` is undefined where segment = 'C'", last.RootElement.GetProperty("metric_errors").GetProperty("e").GetString());
    }

    [Fact]
    public void Row_scores_find_the_reason_when_the_group_is_not_a_string()
    {
        using var csv = new TempCsv("rows.csv", "flag,y,p\ntrue,1,2\nfalse,5,\n");
        using var temp = new TempStore();
        EvaluationJob.Run(Options(csv), "group by flag | select e = mae(y, p) | order by flag",
            new JobSpec { Name = "flags", RowScores = true }, temp.Store);
        var lines = temp.Store.RowScores("flags")!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var first = System.Text.Json.JsonDocument.Parse(lines[0]);
        Assert.False(first.RootElement.GetProperty("item").GetProperty("flag").GetBoolean());
        Assert.StartsWith("`e` is undefined where flag = false: ", first.RootElement.GetProperty("metric_errors").GetProperty("e").GetString());
    }

    [Fact]
    public void A_failing_query_is_saved_as_failed_with_its_message()
    {
        using var csv = new TempCsv("rows.csv", Csv);
        using var temp = new TempStore();
        var saved = EvaluationJob.Run(Options(csv), "select e = rmse(y, nope)", new JobSpec { Name = "bad" }, temp.Store);
        Assert.Equal(ResultStatus.Failed, saved.Run.Status);
        var back = temp.Store.Get("bad");
        Assert.Equal(ResultStatus.Failed, back.Run.Status);
        Assert.Contains("nope", back.Run.Error);
        Assert.Empty(back.Scores);
    }

    [Fact]
    public void A_cancelled_job_is_saved_as_cancelled()
    {
        using var csv = new TempCsv("rows.csv", Csv);
        using var temp = new TempStore();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var saved = EvaluationJob.Run(Options(csv), "select e = rmse(y, p)", new JobSpec { Name = "stopped" }, temp.Store, cancel.Token);
        Assert.Equal(ResultStatus.Cancelled, temp.Store.Get("stopped").Run.Status);
        Assert.Equal(ResultStatus.Cancelled, saved.Run.Status);
    }

    [Fact]
    public void A_taken_name_is_refused_before_the_query_runs()
    {
        using var csv = new TempCsv("rows.csv", Csv);
        using var temp = new TempStore();
        EvaluationJob.Run(Options(csv), "select e = rmse(y, p)", new JobSpec { Name = "once" }, temp.Store);
        var before = File.GetLastWriteTimeUtc(temp.Store.PathOf("once"));
        Assert.Throws<ResultStoreException>(() => EvaluationJob.Run(Options(csv), "select e = mae(y, p)", new JobSpec { Name = "once" }, temp.Store));
        Assert.Equal("e", Assert.Single(temp.Store.Get("once").Scores).Metric);
        Assert.Equal(before, File.GetLastWriteTimeUtc(temp.Store.PathOf("once")));
    }

    [Fact]
    public void A_query_without_a_metric_fails_with_a_clear_message()
    {
        using var csv = new TempCsv("rows.csv", Csv);
        using var temp = new TempStore();
        var saved = EvaluationJob.Run(Options(csv), "select segment", new JobSpec { Name = "nometric" }, temp.Store);
        Assert.Equal(ResultStatus.Failed, saved.Run.Status);
        Assert.Contains("computes no metric", saved.Run.Error);
    }
}
