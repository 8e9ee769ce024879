using Evaluation.Engine.Results;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Results.Queries;

/// <summary>Derived metrics: arithmetic over the metrics of one run, after a pivot puts them side by side.</summary>
public sealed class DerivedMetricTests : IClassFixture<ResultsLeaderboard>, IDisposable
{
    private readonly ResultsLeaderboard _store;
    private readonly EvaluationEngine _engine = EvaluationEngine.Open();

    public DerivedMetricTests(ResultsLeaderboard store) => _store = store;

    public void Dispose() => _engine.Dispose();

    private QueryResult Query(string stages) => _engine.Query($"from results('{_store.Folder}') | {stages}");

    private const string Metalab = "where benchmark == 'grn-perturb:1' and metric is not null | select model, metric, score | pivot score by metric";

    [Fact]
    public void A_metric_minus_its_baseline_per_run()
    {
        var result = Query(Metalab + " | select model, gain = f1 - baseline_f1, relative = (f1 - baseline_f1) / baseline_f1 | order by gain desc");
        Assert.Equal("mlp", result.Rows[0][0]);
        Assert.Equal(0.78 - 0.52, (double)result.Rows[0][1]!, 15);
        Assert.Equal((0.78 - 0.52) / 0.52, (double)result.Rows[0][2]!, 15);
        Assert.Equal("linear", result.Rows[1][0]);
        Assert.Equal(0.71 - 0.52, (double)result.Rows[1][1]!, 15);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Precedence_is_the_usual_one()
    {
        var result = Query(Metalab + " | select model, a = f1 + baseline_f1 * 2, b = (f1 + baseline_f1) * 2, c = 1 - final_loss / 2 | order by model");
        Assert.Equal(0.71 + 0.52 * 2, (double)result.Rows[0][1]!, 15);
        Assert.Equal((0.71 + 0.52) * 2, (double)result.Rows[0][2]!, 15);
        Assert.Equal(1 - 0.183 / 2, (double)result.Rows[0][3]!, 15);
    }

    [Fact]
    public void A_missing_metric_gives_a_missing_result()
    {
        // KNN has no area_under_roc_curve in the OpenML sample.
        var result = Query("where benchmark == 'openml-task-59' and fold is null | select model, metric, score | pivot score by metric" +
                           " | select model, d = area_under_roc_curve - predictive_accuracy | order by model");
        Assert.Equal(0.9933 - 0.953333, (double)result.Rows[0][1]!, 12);
        Assert.Null(result.Rows[1][1]);
    }

    [Fact]
    public void Division_by_zero_is_undefined_with_a_warning()
    {
        using var csv = new TempCsv("zero.csv", "model,a,b\nm1,1,0\nm2,1,4\n");
        var result = _engine.Query($"from '{csv.Path}' | select model, r = a / b | order by model");
        Assert.True(double.IsNaN((double)result.Rows[0][1]!));
        Assert.Equal(0.25, result.Rows[1][1]);
        Assert.Contains("`r` is undefined: the divisor is 0", Assert.Single(result.Warnings).Message);
        Assert.Throws<QueryException>(() => _engine.Query($"from '{csv.Path}' | select model, r = a / b | on_undefined error"));
    }

    [Fact]
    public void Numbers_are_bound_and_text_operands_are_an_error_at_the_operand()
    {
        using var csv = new TempCsv("t.csv", "model,a\nm1,2\n");
        var (sql, parameters) = _engine.Sql($"from '{csv.Path}' | select model, r = a * 1.25");
        Assert.DoesNotContain("1.25", sql);
        Assert.Contains(1.25, parameters);
        var error = Assert.Throws<QueryException>(() => _engine.Query($"from '{csv.Path}' | select r = a - model"));
        Assert.Contains("`subtract` computes with numbers; `model` holds string values", error.Message);
    }
}
