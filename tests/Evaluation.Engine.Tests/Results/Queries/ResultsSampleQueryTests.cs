using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Results.Queries;

/// <summary>The sample queries of samples/queries/results, run over a store of the imported samples (its folder in place of 'runs').</summary>
public sealed class ResultsSampleQueryTests : IClassFixture<ResultsLeaderboard>, IDisposable
{
    private readonly ResultsLeaderboard _store;
    private readonly EvaluationEngine _engine = EvaluationEngine.Open();

    public ResultsSampleQueryTests(ResultsLeaderboard store) => _store = store;

    public void Dispose() => _engine.Dispose();

    private Evaluation.Engine.Results.QueryResult Run(string sample)
    {
        var text = File.ReadAllText(Paths.File("samples/queries/results/" + sample));
        Assert.Contains("from results('runs')", text);
        return _engine.Query(text.Replace("from results('runs')", $"from results('{_store.Folder}')"));
    }

    [Fact]
    public void Best_per_metric_names_the_first_of_each_metric_by_its_catalog_direction()
    {
        var rows = Run("best-per-metric.evq").Rows.Select(r => $"{r[0]} {r[1]}: {r[2]}").ToArray();
        Assert.Equal(new[]
        {
            "grn-perturb:1 f1: mlp",
            "openml-task-59 area_under_roc_curve: sklearn.svm.SVC",
            "openml-task-59 predictive_accuracy: sklearn.svm.SVC",
            "polaris/adme-fang-solu-1 absolute_average_fold_error: rf-ecfp",
            "polaris/adme-fang-solu-1 mean_absolute_error: rf-ecfp",
            "polaris/adme-fang-solu-1 mean_squared_error: chemprop-mpnn",
            "polaris/adme-fang-solu-1 mean_squared_error: gp-rdkit",
            "polaris/adme-fang-solu-1 r2: rf-ecfp",
            "polaris/adme-fang-solu-1 spearmanr: rf-ecfp",
        }, rows);
    }

    [Fact]
    public void Models_by_metrics_is_the_openml_runs_side_by_side()
    {
        var result = Run("models-by-metrics.evq");
        Assert.Equal(new[] { "model", "area_under_roc_curve", "predictive_accuracy" }, result.Columns.Select(c => c.Name));
        Assert.Equal(new object?[] { "sklearn.svm.SVC", 0.9956, 0.966667 }, result.Rows[0]);
        Assert.Equal(new object?[] { "sklearn.neighbors.KNeighborsClassifier", null, 0.96 }, result.Rows[1]);
    }

    [Fact]
    public void Gain_over_baseline_derives_a_metric_from_two_others_of_the_run()
    {
        var result = Run("gain-over-baseline.evq");
        Assert.Equal(new[] { "model", "f1", "baseline_f1", "gain", "relative" }, result.Columns.Select(c => c.Name));
        Assert.Equal(new object?[] { "mlp", 0.78, 0.52 }, result.Rows[0].Take(3));
        Assert.Equal(0.78 - 0.52, (double)result.Rows[0][3]!, 15);
        Assert.Equal("linear", result.Rows[1][0]);
    }
}
