using Evaluation.Engine.Results.Import;
using Evaluation.Engine.Results.Store;
using Evaluation.Engine.Tests.Results.Store;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Results.Import;

/// <summary>Each importer's round trip: the sample file imported, queried with the language, gives the numbers written in the file.</summary>
public sealed class ImporterTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly EvaluationEngine _engine = EvaluationEngine.Open();

    public void Dispose()
    {
        _engine.Dispose();
        _temp.Dispose();
    }

    private static string Sample(string file) => Paths.File("samples/results/" + file);

    private object?[][] Rows(string query) => _engine.Query($"from results('{_temp.Folder}') | {query}").Rows.ToArray();

    [Fact]
    public void Polaris_results_become_one_row_per_test_set_target_and_metric()
    {
        ResultImporter.Import(_temp.Store, "polaris", Sample("polaris-benchmark-results.json"));
        var rows = Rows("select test_set, target, metric, score, model, benchmark | order by metric");
        Assert.Equal(5, rows.Length);
        Assert.Equal(new object?[] { "test", "LOG_SOLUBILITY", "absolute_average_fold_error", 1.087, "chemprop-mpnn", "polaris/adme-fang-solu-1" }, rows[0]);
        Assert.Equal(0.412, rows.Single(r => (string)r[2]! == "mean_absolute_error")[3]);
        var run = _temp.Store.Get("chemprop-mpnn-adme-fang-solu-1").Run;
        Assert.Equal(new DateTime(2026, 2, 11, 9, 30, 0), run.CreatedAt);
        Assert.Contains("\"github_url\":\"https://github.com/example/chemprop-baseline\"", run.Metadata);
        Assert.Contains("\"contributors\":[\"ada\",\"grace\"]", run.Metadata);
        Assert.Equal(new[] { "gnn", "baseline" }, run.Tags);
    }

    [Fact]
    public void OpenMl_evaluations_keep_value_per_fold_values_and_per_class_array_data()
    {
        var runs = ResultImporter.Import(_temp.Store, "openml", Sample("openml-evaluations.json"));
        Assert.Equal(new[] { "openml-run-10437", "openml-run-10561", "openml-run-10602" }, runs.Select(r => r.Run.Name));
        var overall = Rows("where fold is null and metric == 'predictive_accuracy' | select model, score, dataset, benchmark | order by model");
        Assert.Equal(new object?[] { "sklearn.ensemble.RandomForestClassifier", 0.953333, "iris", "openml-task-59" }, overall[0]);
        // Ten fold rows per accuracy: their mean is the run's value (to the file's six digits).
        var folds = Rows("where fold is not null and metric == 'predictive_accuracy' | group by model | select n = count(), m = avg(score) | order by model");
        Assert.Equal(10L, folds[0][1]);
        Assert.Equal(0.953333, (double)folds[0][2]!, 5);
        Assert.Equal(0.966667, (double)folds[1][2]!, 5);
        var auc = _temp.Store.Get("openml-run-10561").Scores.Single(s => s.Metric == "area_under_roc_curve");
        Assert.Equal(new[] { 1, 0.9944, 0.9924 }, auc.ArrayData!.Select(c => c.Value));
        Assert.Equal("907", _temp.Store.Get("openml-run-10561").Run.Params["setup_id"]);
    }

    [Fact]
    public void Metalab_runs_keep_status_params_tags_and_derived_metrics()
    {
        ResultImporter.Import(_temp.Store, "metalab", Sample("metalab-runs.jsonl"));
        var f1 = Rows("where metric == 'f1' and tags contains 'gpu' and status == 'success' | select model, score");
        Assert.Equal(new object?[] { "mlp", 0.78 }, Assert.Single(f1));
        var loss = Rows("where metric == 'final_loss' and params contains 'model=linear' | select score");
        Assert.Equal(0.183, Assert.Single(loss)[0]);
        var failed = _temp.Store.Get("metalab-c02e55").Run;
        Assert.Equal(ResultStatus.Failed, failed.Status);
        Assert.Equal("CUDA out of memory", failed.Error);
        Assert.Equal(4000, failed.DurationMs);
        Assert.Equal("GATA1", failed.Params["gene"]);
        // A string metric ("note") is no score.
        Assert.DoesNotContain(_temp.Store.Get("metalab-a1f3c2").Scores, s => s.Metric == "note");
    }

    [Fact]
    public void Nemo_aggregate_scores_are_kept_field_for_field()
    {
        ResultImporter.Import(_temp.Store, "nemo", Sample("nemo-aggregate-scores.json"));
        var rows = Rows("select metric, score, count, std_dev, mode_category, model | order by metric");
        Assert.Equal(new object?[] { "exact-match", 0.6, 5L, 0.4899, null, "my-workspace/llama-3-8b" }, rows[0]);
        Assert.Equal("fair", rows[1][4]);
        var judge = _temp.Store.Get("llama-qa-eval").Scores.Single(s => s.Metric == "judge").Rubric!;
        Assert.Equal(new[] { ("bad", 1L), ("fair", 2L), ("good", 2L) }, judge.Distribution.Select(d => (d.Label, d.Count)));
        Assert.Equal(0.4, _temp.Store.Get("llama-qa-eval").Scores.Single(s => s.Metric == "exact-match").Summary!.Percentiles.Single(p => p.Name == "p40").Value);
    }

    [Fact]
    public void Nemo_row_scores_are_summarised_by_the_kernel()
    {
        ResultImporter.Import(_temp.Store, "nemo", Sample("nemo-row-scores.jsonl"), "rows");
        // exact-match over five rows 0, 0, 1, 1, 1: mean 0.6, population std 0.4899 (√0.24), as NeMo's documented example.
        var rows = Rows("select metric, mean, std_dev, sample_variance, count | order by metric");
        Assert.Equal("exact-match", rows[0][0]);
        Assert.Equal(0.6, (double)rows[0][1]!, 12);
        Assert.Equal(Math.Sqrt(0.24), (double)rows[0][2]!, 12);
        Assert.Equal(0.3, (double)rows[0][3]!, 12);
        Assert.Equal(0.8, (double)rows[1][1]!, 12);
    }

    [Fact]
    public void A_malformed_file_is_reported_with_the_file_and_field()
    {
        using var bad = new TempCsv("bad.json", """{"benchmark_name": "b", "created_at": "2026-01-01", "results": [{"Metric": "mae", "Score": "high"}]}""");
        var error = Assert.Throws<ResultStoreException>(() => ResultImporter.Import(_temp.Store, "polaris", bad.Path));
        Assert.Equal("bad.json: $.results[0].Score: expected a number, got 'high'", error.Message);
        Assert.Empty(_temp.Store.Names());
        using var lines = new TempCsv("runs.jsonl", "{\"run_id\": \"x\", \"started_at\": \"2026-01-01\"}\n{not json\n");
        Assert.StartsWith("runs.jsonl: line 2: not valid JSON", Assert.Throws<ResultStoreException>(() => ResultImporter.Import(_temp.Store, "metalab", lines.Path)).Message);
        Assert.Empty(_temp.Store.Names());
    }

    [Fact]
    public void Importing_twice_is_refused_before_anything_is_written()
    {
        ResultImporter.Import(_temp.Store, "openml", Sample("openml-evaluations.json"));
        var again = Assert.Throws<ResultStoreException>(() => ResultImporter.Import(_temp.Store, "openml", Sample("openml-evaluations.json")));
        Assert.Contains("already exists", again.Message);
        Assert.Equal(3, _temp.Store.Names().Count);
    }
}
