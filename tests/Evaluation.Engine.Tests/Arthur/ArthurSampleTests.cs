using System.Text.Json.Nodes;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Arthur;

/// <summary>
/// Arthur's documented requests (samples/queries/arthur/*.json) run unchanged against the credit
/// sample and its descriptor; each value is checked against a computation in this test over the
/// same rows, read back plainly.
/// </summary>
public sealed class ArthurSampleTests : IDisposable
{
    private readonly EvaluationEngine _engine = EvaluationEngine.Open(new EngineOptions
    {
        Sources = new Dictionary<string, string> { ["inference"] = Paths.File("samples/data/credit/*.parquet") },
    });

    private readonly (double Actual, double Predicted, long Label, double Score)[] _rows;

    public ArthurSampleTests() =>
        _rows = _engine.Query("select FICO_actual, FICO_predicted, label, score").Rows
            .Select(r => ((double)r[0]!, (double)r[1]!, (long)r[2]!, (double)r[3]!)).ToArray();

    private JsonNode Run(string sample)
    {
        var result = _engine.Query(File.ReadAllText(Paths.File($"samples/queries/arthur/{sample}.json")));
        var rows = JsonNode.Parse(Evaluation.Engine.Results.ResultJson.Write(result))!["query_result"]!.AsArray();
        return Assert.Single(rows)!;
    }

    private static void Near(double expected, JsonNode? actual) =>
        Assert.True(Math.Abs(expected - actual!.GetValue<double>()) <= 1e-9 * Math.Abs(expected), $"expected {expected:R}, got {actual}");

    [Fact]
    public void Regression_requests()
    {
        var errors = _rows.Select(r => r.Predicted - r.Actual).ToArray();
        Near(Math.Sqrt(errors.Average(e => e * e)), Run("rmse")["error"]);
        Near(errors.Average(Math.Abs), Run("mae")["error"]);
        Near(errors.Max(e => Math.Abs(e)) / 50.0, Run("mae-max-normalized")["max_normalized_error"]);
        var mean = _rows.Average(r => r.Actual);
        Near(1 - errors.Sum(e => e * e) / _rows.Sum(r => (r.Actual - mean) * (r.Actual - mean)), Run("r-squared")["rsq"]);
    }

    [Fact]
    public void Binary_requests_at_threshold_one_half()
    {
        long tp = _rows.Count(r => r.Label == 1 && r.Score >= 0.5), fp = _rows.Count(r => r.Label == 0 && r.Score >= 0.5);
        long tn = _rows.Count(r => r.Label == 0 && r.Score < 0.5), fn = _rows.Count(r => r.Label == 1 && r.Score < 0.5);
        var matrix = Run("confusion-matrix")["confusionMatrix"]!;
        Assert.Equal(new[] { tp, fp, tn, fn }, new[] { "true_positive", "false_positive", "true_negative", "false_negative" }.Select(k => matrix[k]!.GetValue<long>()));
        double tpr = (double)tp / (tp + fn), fpr = (double)fp / (fp + tn), tnr = (double)tn / (tn + fp), fnr = (double)fn / (fn + tp);
        var rate = Run("confusion-matrix-rate")["confusionMatrixRate"]!;
        Near(tpr, rate["true_positive_rate"]);
        Near(fpr, rate["false_positive_rate"]);
        Near((double)(tp + tn) / _rows.Length, rate["accuracy_rate"]);
        Near(tpr, Run("true-positive-rate")["truePositiveRate"]);
        Near(fpr, Run("false-positive-rate")["falsePositiveRate"]);
        Near(tnr, Run("true-negative-rate")["trueNegativeRate"]);
        Near(fnr, Run("false-negative-rate")["falseNegativeRate"]);
        Near((tpr + tnr) / 2, Run("balanced-accuracy-rate")["balancedAccuracyRate"]);
        var precision = (double)tp / (tp + fp);
        Near(precision, Run("precision")["precision"]);
        Near(tpr, Run("recall")["recall"]);
        Near(tpr, Run("sensitivity")["sensitivity"]);
        Near(tnr, Run("specificity")["specificity"]);
        Near(2 * precision * tpr / (precision + tpr), Run("f1")["f1"]);
        Near((double)(tp + tn) / _rows.Length, Run("accuracy-rate")["accuracyRate"]);
    }

    [Fact]
    public void Auc_with_no_parameters_is_the_pairwise_auc_of_the_descriptor_columns()
    {
        var positives = _rows.Where(r => r.Label == 1).Select(r => r.Score).OrderBy(s => s).ToArray();
        var negatives = _rows.Where(r => r.Label == 0).Select(r => r.Score).ToArray();
        double wins = 0;
        foreach (var n in negatives)
        {
            // positives above n count 1, ties count one half: a binary search over the sorted positives.
            int below = LowerBound(positives, n), belowOrEqual = UpperBound(positives, n);
            wins += positives.Length - belowOrEqual + 0.5 * (belowOrEqual - below);
        }
        Near(wins / ((double)positives.Length * negatives.Length), Run("auc")["auc"]);
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (sorted[mid] < value) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (sorted[mid] <= value) lo = mid + 1; else hi = mid; }
        return lo;
    }

    public void Dispose() => _engine.Dispose();
}
