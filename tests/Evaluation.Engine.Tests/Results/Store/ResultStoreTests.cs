using Evaluation.Engine.Results.Scores;
using Evaluation.Engine.Results.Store;
using Xunit;

namespace Evaluation.Engine.Tests.Results.Store;

/// <summary>The results store: one Parquet file per result, read back whole, never overwritten.</summary>
public class ResultStoreTests
{
    private static SavedResult Sample(string name) => new(
        new ResultRun
        {
            Name = name, CreatedAt = new DateTime(2026, 3, 1, 12, 30, 5, DateTimeKind.Utc), Status = ResultStatus.Success, DurationMs = 12.5,
            Model = "ws/model-a", Benchmark = "ws/bench", Dataset = "ws/data", Tags = new[] { "nightly", "gpu" },
            Params = new Dictionary<string, string> { ["lr"] = "0.1", ["depth"] = "6" }, Metadata = "{\"owner\":\"me\"}",
            Sources = new[] { new SourceFile("data/x.parquet", 42, "sha256:ab") },
        },
        new[]
        {
            new ResultScore { Metric = "rmse", Score = 1.5, Summary = ScoreStatistics.Summarise(new double?[] { 1, 2, double.NaN }) },
            new ResultScore { Metric = "grade", Rubric = ScoreStatistics.Summarise(new string?[] { "a", "b", "b" }) },
            new ResultScore { Metric = "auc", TestSet = "test_ood", Target = "EGFR", Score = double.NaN, PerFold = new[] { 0.5, double.NaN },
                ArrayData = new[] { new ClassValue("x", 0.25) } },
        });

    [Fact]
    public void A_saved_result_reads_back_with_every_field()
    {
        using var temp = new TempStore();
        temp.Store.Save(Sample("run-1"));
        var back = temp.Store.Get("run-1");
        Assert.Equal("ws/model-a", back.Run.Model);
        Assert.Equal(new DateTime(2026, 3, 1, 12, 30, 5), back.Run.CreatedAt);
        Assert.Equal(new[] { "nightly", "gpu" }, back.Run.Tags);
        Assert.Equal("6", back.Run.Params["depth"]);
        Assert.Equal(12.5, back.Run.DurationMs);
        Assert.Equal("sha256:ab", Assert.Single(back.Run.Sources).Fingerprint);
        Assert.Equal("{\"owner\":\"me\"}", back.Run.Metadata);
        var rmse = back.Scores.Single(s => s.Metric == "rmse");
        Assert.Equal(1.5, rmse.Score);
        Assert.Equal(2, rmse.Summary!.Count);
        Assert.Equal(1, rmse.Summary.NanCount);
        Assert.Equal(0.25, rmse.Summary.Variance);
        Assert.Equal(1, rmse.Summary.Histogram[0].Count);
        // n = 2: p50 → 0.5·3 − 1 = 0.5, halfway between 1 and 2.
        Assert.Equal(1.5, rmse.Summary.Percentiles.Single(p => p.Name == "p50").Value);
        var grade = back.Scores.Single(s => s.Metric == "grade");
        Assert.Equal("b", grade.Rubric!.Mode);
        Assert.Equal(new[] { ("a", 1L), ("b", 2L) }, grade.Rubric.Distribution.Select(d => (d.Label, d.Count)));
        var auc = back.Scores.Single(s => s.Metric == "auc");
        Assert.True(double.IsNaN(auc.Score!.Value));
        Assert.Equal("test_ood", auc.TestSet);
        Assert.True(double.IsNaN(auc.PerFold![1]));
        Assert.Equal(0.25, Assert.Single(auc.ArrayData!).Value);
    }

    [Fact]
    public void A_second_save_under_a_taken_name_is_refused_and_the_first_is_unchanged()
    {
        using var temp = new TempStore();
        temp.Store.Save(Sample("same"));
        var before = File.ReadAllBytes(temp.Store.PathOf("same"));
        var other = Sample("same") with { Run = Sample("same").Run with { Model = "other" } };
        var refused = Assert.Throws<ResultStoreException>(() => temp.Store.Save(other));
        Assert.Contains("already exists", refused.Message);
        Assert.Equal(before, File.ReadAllBytes(temp.Store.PathOf("same")));
        Assert.Equal("ws/model-a", temp.Store.Get("same").Run.Model);
    }

    [Fact]
    public void Saving_leaves_only_the_result_file_behind()
    {
        using var temp = new TempStore();
        temp.Store.Save(Sample("clean"));
        Assert.Equal(new[] { "clean.parquet" }, Directory.GetFiles(temp.Folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData(".hidden")]
    [InlineData("x y")]
    public void Names_that_are_not_plain_file_names_are_refused(string name)
    {
        using var temp = new TempStore();
        var refused = Assert.Throws<ResultStoreException>(() => temp.Store.Save(Sample("ok") with { Run = Sample("ok").Run with { Name = name } }));
        Assert.Contains("name", refused.Message);
        Assert.Empty(Directory.GetFiles(temp.Folder));
    }

    [Fact]
    public void A_result_without_scores_is_kept_with_its_status_and_error()
    {
        using var temp = new TempStore();
        temp.Store.Save(new SavedResult(Sample("f").Run with { Status = ResultStatus.Failed, Error = "boom" }, Array.Empty<ResultScore>()));
        var back = temp.Store.Get("f");
        Assert.Equal(ResultStatus.Failed, back.Run.Status);
        Assert.Equal("boom", back.Run.Error);
        Assert.Empty(back.Scores);
    }

    [Fact]
    public void Delete_removes_the_result_and_its_row_scores_and_refuses_unknown_names()
    {
        using var temp = new TempStore();
        var rows = temp.Store.WriteRowScores("d", w => w.WriteLine("{}"));
        temp.Store.Save(Sample("d") with { Run = Sample("d").Run with { RowScoresFile = rows } });
        temp.Store.Save(Sample("keep"));
        temp.Store.Delete("d");
        Assert.Equal(new[] { "keep.parquet" }, Directory.GetFiles(temp.Folder).Select(Path.GetFileName));
        Assert.Equal(new[] { "keep" }, temp.Store.ReadAll().Select(r => r.Run.Name));
        var unknown = Assert.Throws<ResultStoreException>(() => temp.Store.Delete("kep"));
        Assert.Contains("no result named `kep`", unknown.Message);
        Assert.Contains("did you mean `keep`", unknown.Message);
    }

    [Fact]
    public void An_empty_store_lists_nothing_and_a_missing_one_is_an_error()
    {
        using var temp = new TempStore();
        Assert.Empty(temp.Store.ReadAll());
        var missing = Assert.Throws<ResultStoreException>(() => ResultStore.Open(Path.Combine(temp.Folder, "nope")));
        Assert.Contains("no results store", missing.Message);
    }
}
