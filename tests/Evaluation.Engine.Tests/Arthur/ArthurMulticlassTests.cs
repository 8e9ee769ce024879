using System.Text.Json.Nodes;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Arthur;

/// <summary>
/// Arthur's multiclass requests on per-class columns run unchanged on the classifier and
/// multiclass-f1 samples; values are checked against counts this test makes from the label columns.
/// </summary>
public class ArthurMulticlassTests
{
    private static EvaluationEngine Engine(string dataset) => EvaluationEngine.Open(new EngineOptions
    {
        Sources = new Dictionary<string, string> { ["inference"] = Paths.File($"samples/data/{dataset}/inferences.parquet") },
    });

    private static JsonNode Run(EvaluationEngine engine, string sample) =>
        Assert.Single(JsonNode.Parse(Evaluation.Engine.Results.ResultJson.Write(engine.Query(File.ReadAllText(Paths.File($"samples/queries/arthur/{sample}.json")))))!["query_result"]!.AsArray())!;

    private static (long Tp, long Fp, long Tn, long Fn) Counts(EvaluationEngine engine, string positive)
    {
        var rows = engine.Query("select true_class, predicted_class").Rows.Select(r => ((string)r[0]!, (string)r[1]!)).ToList();
        return (rows.LongCount(r => r.Item1 == positive && r.Item2 == positive), rows.LongCount(r => r.Item1 != positive && r.Item2 == positive),
            rows.LongCount(r => r.Item1 != positive && r.Item2 != positive), rows.LongCount(r => r.Item1 == positive && r.Item2 != positive));
    }

    private static void Near(double expected, JsonNode? actual) =>
        Assert.True(Math.Abs(expected - actual!.GetValue<double>()) <= 1e-12, $"expected {expected:R}, got {actual}");

    [Fact]
    public void One_vs_rest_requests_on_class_A_columns()
    {
        using var engine = Engine("classifier");
        var (tp, fp, tn, fn) = Counts(engine, "A");
        var matrix = Run(engine, "confusion-matrix-multiclass")["confusionMatrixMulticlass"]!;
        Assert.Equal(new[] { tp, fp, tn, fn }, new[] { "true_positive", "false_positive", "true_negative", "false_negative" }.Select(k => matrix[k]!.GetValue<long>()));
        var rates = Run(engine, "confusion-matrix-rate-multiclass")["confusionMatrixRateMulticlass"]!;
        double tpr = (double)tp / (tp + fn), fpr = (double)fp / (fp + tn), precision = (double)tp / (tp + fp);
        Near(tpr, rates["true_positive_rate"]);
        Near(precision, rates["precision"]);
        Near(2 * precision * tpr / (precision + tpr), rates["f1"]);
        Near(tpr, Run(engine, "true-positive-rate-multiclass")["truePositiveRateMulticlass"]);
        Near(fpr, Run(engine, "false-positive-rate-multiclass")["falsePositiveRateMulticlass"]);
        Near((double)tn / (tn + fp), Run(engine, "true-negative-rate-multiclass")["trueNegativeRateMulticlass"]);
        Near((double)fn / (fn + tp), Run(engine, "false-negative-rate-multiclass")["falseNegativeRateMulticlass"]);
        var rows = engine.Query("select true_class, predicted_class").Rows;
        Near(rows.Count(r => Equals(r[0], r[1])) / (double)rows.Count, Run(engine, "accuracy-rate-multiclass")["accuracyRateMulticlass"]);
    }

    [Fact]
    public void The_f1_walk_through_runs_and_its_weighted_f1_is_one_call()
    {
        using var engine = Engine("multiclass-f1");
        var response = Run(engine, "multiclass-f1");
        var count = response["count"]!.GetValue<long>();
        var weighted = 0.0;
        foreach (var k in new[] { 1, 2, 3 })
        {
            var (tp, fp, _, fn) = Counts(engine, $"class-{k}");
            Assert.Equal(tp + fn, response[$"class-{k}-gt"]!.GetValue<long>());
            Near(2.0 * tp / (2.0 * tp + fp + fn), response[$"class-{k}"]!["f1"]);
            weighted += response[$"class-{k}"]!["f1"]!.GetValue<double>() * response[$"class-{k}-gt"]!.GetValue<long>();
        }
        weighted /= count;
        var oneCall = (double)engine.Query("select w = f1(true_class, predicted_class, average: 'weighted')").Rows[0][0]!;
        Assert.Equal(weighted, oneCall, 12);
        // And with no parameters at all, the descriptor's label columns.
        Assert.Equal(oneCall, (double)engine.Query("select w = f1(average: 'weighted')").Rows[0][0]!, 15);
    }

    [Fact]
    public void Explain_shows_the_per_class_rewrite()
    {
        using var engine = Engine("classifier");
        var dsl = engine.Explain(File.ReadAllText(Paths.File("samples/queries/arthur/true-positive-rate-multiclass.json"))).Dsl;
        Assert.Equal("select truePositiveRateMulticlass(labelByMaxColumn([gt_predicted_class_A, gt_predicted_class_B, gt_predicted_class_C], labels: ['A', 'B', 'C']), labelByMaxColumn([predicted_class_A, predicted_class_B, predicted_class_C], labels: ['A', 'B', 'C']), class: 'A')", dsl);
    }
}
