using System.ComponentModel.DataAnnotations.Schema;
using System.Globalization;
using System.Text.Json.Nodes;
using Xunit;

namespace Evaluation.Linq.Tests;

/// <summary>
/// The metric methods through LINQ against the scikit-learn values of ../shared/acceptance (relative
/// 1e-9, counts exactly), ungrouped and grouped, weighted where the case has weights.
/// </summary>
public sealed class LinqAcceptanceTests : IDisposable
{
    private readonly EvaluationContext _eval = EvaluationContext.Open();

    public sealed record RegressionRow
    {
        [Column("FICO_actual")] public double Truth { get; init; }
        [Column("FICO_predicted")] public double Prediction { get; init; }
        [Column("region")] public string Region { get; init; } = "";
        [Column("weight")] public double Weight { get; init; }
    }

    public sealed record BinaryRow
    {
        [Column("label")] public long Label { get; init; }
        [Column("score")] public double Score { get; init; }
        [Column("segment")] public string Segment { get; init; } = "";
        [Column("weight")] public double Weight { get; init; }
    }

    [Fact]
    public void Regression_metrics_match_scikit_learn()
    {
        var expected = Expected("regression");
        var rows = _eval.Parquet<RegressionRow>(Case("regression"));
        var results = rows.GroupBy(r => r.Region).Select(g => new
        {
            Group = g.Key,
            Rmse = g.Rmse(r => r.Truth, r => r.Prediction),
            Mse = g.Mse(r => r.Truth, r => r.Prediction),
            Mae = g.Mae(r => r.Truth, r => r.Prediction),
            R2 = g.RSquared(r => r.Truth, r => r.Prediction),
            Ev = g.ExplainedVariance(r => r.Truth, r => r.Prediction),
            Pearson = g.Pearson(r => r.Truth, r => r.Prediction),
            Spearman = g.Spearman(r => r.Truth, r => r.Prediction),
            Mape = g.Mape(r => r.Truth, r => r.Prediction),
            MaxError = g.MaxError(r => r.Truth, r => r.Prediction),
        }).ToList();
        var whole = rows.GroupBy(r => 1).Select(g => new
        {
            Group = (string?)null,
            Rmse = g.Rmse(r => r.Truth, r => r.Prediction, weight: r => r.Weight),
            Mae = g.Mae(r => r.Truth, r => r.Prediction, weight: r => r.Weight),
            R2 = g.RSquared(r => r.Truth, r => r.Prediction, weight: r => r.Weight),
        }).Single();
        var compared = 0;
        foreach (var r in results)
        {
            var group = ("region", r.Group);
            compared += Check(expected, "rmse", group, false, r.Rmse) + Check(expected, "mse", group, false, r.Mse) + Check(expected, "mae", group, false, r.Mae)
                + Check(expected, "rSquared", group, false, r.R2) + Check(expected, "explained_variance", group, false, r.Ev)
                + Check(expected, "pearson", group, false, r.Pearson) + Check(expected, "spearman", group, false, r.Spearman)
                + Check(expected, "mape", group, false, r.Mape) + Check(expected, "max_error", group, false, r.MaxError);
        }
        compared += Check(expected, "rmse", null, true, whole.Rmse) + Check(expected, "mae", null, true, whole.Mae) + Check(expected, "rSquared", null, true, whole.R2);
        Assert.True(compared >= 20, $"only {compared} values compared");
    }

    public sealed record MulticlassRow
    {
        [Column("y_true")] public string Truth { get; init; } = "";
        [Column("p_class_1")] public double P1 { get; init; }
        [Column("p_class_2")] public double P2 { get; init; }
        [Column("p_class_3")] public double P3 { get; init; }
    }

    [Fact]
    public void Multiclass_roc_auc_over_probability_columns_matches_scikit_learn_in_queries_and_in_memory()
    {
        var expected = Expected("multiclass").Where(e => e.Metric == "roc_auc" && e.GroupColumn is null)
            .ToDictionary(e => e.Parameters["multi_class"]!.GetValue<string>(), e => e.Expected!.GetValue<double>());
        var rows = _eval.Parquet<MulticlassRow>(Case("multiclass"));
        var result = rows.GroupBy(r => 1).Select(g => new
        {
            Ovr = g.Auc(r => r.Truth, new Func<MulticlassRow, double>[] { r => r.P1, r => r.P2, r => r.P3 }, null, null, "ovr"),
            Ovo = g.Auc(r => r.Truth, new Func<MulticlassRow, double>[] { r => r.P1, r => r.P2, r => r.P3 }, null, null, "ovo"),
        }).Single();
        Assert.Equal(expected["ovr"], result.Ovr, 1e-9);
        Assert.Equal(expected["ovo"], result.Ovo, 1e-9);
        var all = rows.ToList();
        Assert.Equal(result.Ovr, all.Auc(r => r.Truth, new Func<MulticlassRow, double>[] { r => r.P1, r => r.P2, r => r.P3 }, multiClass: "ovr"));
    }

    [Fact]
    public void Binary_metrics_match_scikit_learn()
    {
        var expected = Expected("binary");
        var rows = _eval.Parquet<BinaryRow>(Case("binary"));
        var results = rows.GroupBy(r => r.Segment).Select(g => new
        {
            Group = g.Key,
            Auc = g.Auc(r => r.Label, r => r.Score),
            WeightedAuc = g.Auc(r => r.Label, r => r.Score, weight: r => r.Weight),
            Ap = g.AveragePrecision(r => r.Label, r => r.Score),
            LogLoss = g.LogLoss(r => r.Label, r => r.Score),
            Brier = g.BrierScore(r => r.Label, r => r.Score),
            Mcc = g.Mcc(r => r.Label, r => r.Score, threshold: 0.5),
            Kappa = g.CohenKappa(r => r.Label, r => r.Score, threshold: 0.3),
            F1 = g.F1(r => r.Label, r => r.Score, threshold: 0.5),
            Accuracy = g.AccuracyRate(r => r.Label, r => r.Score, threshold: 0.3),
            Cm = g.ConfusionMatrix(r => r.Label, r => r.Score, threshold: 0.5),
            N = g.Count(),
        }).ToList();
        var compared = 0;
        foreach (var r in results)
        {
            var group = ("segment", r.Group);
            compared += Check(expected, "auc", group, false, r.Auc) + Check(expected, "auc", group, true, r.WeightedAuc)
                + Check(expected, "average_precision", group, false, r.Ap) + Check(expected, "log_loss", group, false, r.LogLoss)
                + Check(expected, "brier_score", group, false, r.Brier) + Check(expected, "mcc", group, false, r.Mcc, 0.5)
                + Check(expected, "cohen_kappa", group, false, r.Kappa, 0.3) + Check(expected, "f1", group, false, r.F1, 0.5)
                + Check(expected, "accuracyRate", group, false, r.Accuracy, 0.3) + Check(expected, "count", group, false, r.N);
            var cm = new JsonObject
            {
                ["true_positive"] = r.Cm.TruePositive, ["false_positive"] = r.Cm.FalsePositive,
                ["true_negative"] = r.Cm.TrueNegative, ["false_negative"] = r.Cm.FalseNegative,
            };
            AcceptanceEntry.Compare(Find(expected, "confusionMatrix", group, false, 0.5).Expected, cm, $"confusionMatrix {group}");
        }
        Assert.True(compared >= 30, $"only {compared} values compared");
    }

    private static string Case(string name) => AcceptanceEntry.DataFile(name);

    private static IReadOnlyList<AcceptanceEntry> Expected(string name) => AcceptanceEntry.Load(name);

    /// <summary>The entry for a metric with only the truth/prediction columns (and the weight, and a threshold, when given), for one group or the whole table.</summary>
    private static AcceptanceEntry Find(IReadOnlyList<AcceptanceEntry> expected, string metric, (string Column, string? Value)? group, bool weighted, double? threshold = null) =>
        expected.Single(e =>
        {
            if (e.Metric != metric) return false;
            var wanted = new HashSet<string>(metric == "count" ? Array.Empty<string>() : new[] { "ground_truth_property", "predicted_property" });
            if (weighted) wanted.Add("weight_property");
            if (threshold is not null) wanted.Add("threshold");
            if (!wanted.SetEquals(e.Parameters.Select(p => p.Key))) return false;
            if (threshold is not null && e.Parameters["threshold"]!.GetValue<double>() != threshold) return false;
            return group is null ? e.GroupColumn is null : e.GroupColumn == group.Value.Column && e.GroupValue?.ToString() == group.Value.Value;
        });

    /// <summary>Holds a LINQ result to the entry (AcceptanceEntry.Compare: relative 1e-9, counts exactly, NaN as "NaN").</summary>
    private static int Check(IReadOnlyList<AcceptanceEntry> expected, string metric, (string Column, string? Value)? group, bool weighted, double actual, double? threshold = null)
    {
        var entry = Find(expected, metric, group, weighted, threshold);
        AcceptanceEntry.Compare(entry.Expected, double.IsNaN(actual) ? JsonValue.Create("NaN") : JsonValue.Create(actual),
            string.Create(CultureInfo.InvariantCulture, $"{metric} {group} weighted={weighted}"));
        return 1;
    }

    public void Dispose() => _eval.Dispose();
}
