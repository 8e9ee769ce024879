using Evaluation.Engine.Results.Import;
using Evaluation.Engine.Tests.Results.Store;
using Evaluation.Engine.Tests.Support;

namespace Evaluation.Engine.Tests.Results.Queries;

/// <summary>
/// A results store holding the Polaris sample and two more Polaris results on the same benchmark
/// (chosen so that every direction orders them differently), the OpenML and metalab samples.
/// </summary>
public sealed class ResultsLeaderboard : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly List<TempCsv> _files = new();

    public ResultsLeaderboard()
    {
        ResultImporter.Import(_temp.Store, "polaris", Paths.File("samples/results/polaris-benchmark-results.json"));
        // chemprop-mpnn (the sample): mae 0.412, mse 0.301, r2 0.378, spearmanr 0.603, aafe 1.087.
        Polaris("rf-ecfp", mae: 0.380, mse: 0.350, r2: 0.41, spearman: 0.7, foldError: 0.95);
        Polaris("gp-rdkit", mae: 0.5, mse: 0.301, r2: 0.2, spearman: 0.603, foldError: 0.85);
        ResultImporter.Import(_temp.Store, "openml", Paths.File("samples/results/openml-evaluations.json"));
        ResultImporter.Import(_temp.Store, "metalab", Paths.File("samples/results/metalab-runs.jsonl"));
    }

    public string Folder => _temp.Folder;

    private void Polaris(string model, double mae, double mse, double r2, double spearman, double foldError)
    {
        string Row(string metric, double score) =>
            $"{{\"Test set\": \"test\", \"Target label\": \"LOG_SOLUBILITY\", \"Metric\": \"{metric}\", \"Score\": {score.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}";
        var json = $$"""
            {"name": "{{model}}", "benchmark_name": "adme-fang-solu-1", "benchmark_owner": {"slug": "polaris"},
             "created_at": "2026-02-12T10:00:00Z",
             "results": [{{Row("mean_absolute_error", mae)}}, {{Row("mean_squared_error", mse)}}, {{Row("r2", r2)}},
                         {{Row("spearmanr", spearman)}}, {{Row("absolute_average_fold_error", foldError)}}]}
            """;
        var file = new TempCsv(model + ".json", json);
        _files.Add(file);
        ResultImporter.Import(_temp.Store, "polaris", file.Path);
    }

    public void Dispose()
    {
        foreach (var file in _files) file.Dispose();
        _temp.Dispose();
    }
}
