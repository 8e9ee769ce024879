using System.Text.Json.Nodes;
using Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>
/// Each of Arthur's documented requests through `evalq query`, unchanged, against the sample
/// dataset it is written for: exit code 0 and Arthur's response shape (the keys of each row, the
/// fields of a struct). The engine's Arthur tests check the values against independent computations.
/// </summary>
public class ArthurQueryTests
{
    public static TheoryData<string, string, string> Requests() => new()
    {
        // sample, dataset, the keys of the (first) row; a key "name{a,b}" is a struct with those fields
        { "rmse", "credit/*.parquet", "error" },
        { "mae", "credit/*.parquet", "error" },
        { "mae-max-normalized", "credit/*.parquet", "max_normalized_error" },
        { "r-squared", "credit/*.parquet", "rsq" },
        { "confusion-matrix", "credit/*.parquet", "confusionMatrix{true_positive,false_positive,true_negative,false_negative}" },
        { "confusion-matrix-rate", "credit/*.parquet", "confusionMatrixRate{true_positive_rate,false_positive_rate,true_negative_rate,false_negative_rate,accuracy_rate}" },
        { "true-positive-rate", "credit/*.parquet", "truePositiveRate" },
        { "false-positive-rate", "credit/*.parquet", "falsePositiveRate" },
        { "true-negative-rate", "credit/*.parquet", "trueNegativeRate" },
        { "false-negative-rate", "credit/*.parquet", "falseNegativeRate" },
        { "accuracy-rate", "credit/*.parquet", "accuracyRate" },
        { "balanced-accuracy-rate", "credit/*.parquet", "balancedAccuracyRate" },
        { "f1", "credit/*.parquet", "f1" },
        { "sensitivity", "credit/*.parquet", "sensitivity" },
        { "specificity", "credit/*.parquet", "specificity" },
        { "precision", "credit/*.parquet", "precision" },
        { "recall", "credit/*.parquet", "recall" },
        { "auc", "credit/*.parquet", "auc" },
        { "accuracy-rate-multiclass", "classifier/inferences.parquet", "accuracyRateMulticlass" },
        { "confusion-matrix-multiclass", "classifier/inferences.parquet", "confusionMatrixMulticlass{true_positive,false_positive,true_negative,false_negative}" },
        { "confusion-matrix-rate-multiclass", "classifier/inferences.parquet", "confusionMatrixRateMulticlass{true_positive_rate,false_positive_rate,true_negative_rate,false_negative_rate,accuracy_rate,balanced_accuracy_rate,precision,f1}" },
        { "true-positive-rate-multiclass", "classifier/inferences.parquet", "truePositiveRateMulticlass" },
        { "false-positive-rate-multiclass", "classifier/inferences.parquet", "falsePositiveRateMulticlass" },
        { "true-negative-rate-multiclass", "classifier/inferences.parquet", "trueNegativeRateMulticlass" },
        { "false-negative-rate-multiclass", "classifier/inferences.parquet", "falseNegativeRateMulticlass" },
        { "multiclass-f1", "multiclass-f1/inferences.parquet", "count,class-1{true_positive_rate,false_positive_rate,true_negative_rate,false_negative_rate,accuracy_rate,balanced_accuracy_rate,precision,f1},class-1-gt,class-2{true_positive_rate,false_positive_rate,true_negative_rate,false_negative_rate,accuracy_rate,balanced_accuracy_rate,precision,f1},class-2-gt,class-3{true_positive_rate,false_positive_rate,true_negative_rate,false_negative_rate,accuracy_rate,balanced_accuracy_rate,precision,f1},class-3-gt" },
        { "objects-detected", "detector/inferences.parquet", "inference_id,objects_detected.class_id,objects_detected.confidence,objects_detected.top_left_x,objects_detected.top_left_y,objects_detected.width,objects_detected.height" },
        { "objects-detected-fields", "detector/inferences.parquet", "inference_id,objects_detected.class_id,objects_detected.confidence" },
        { "mean-average-precision", "detector/inferences.parquet", "meanAveragePrecision" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Runs_unchanged_with_evalq_query(string sample, string dataset, string shape)
    {
        var root = CliRunner.RepositoryRoot();
        var result = CliRunner.InProcess("", "query", Path.Combine(root, "samples", "queries", "arthur", sample + ".json"),
            "--source", "inference=" + Path.Combine(root, "samples", "data", dataset));
        Assert.True(result.ExitCode == 0, result.Error);
        var row = JsonNode.Parse(result.Out)!["query_result"]![0]!.AsObject();
        Assert.Equal(shape, Shape(row));
    }

    private static string Shape(JsonObject row) => string.Join(",", row.Select(p =>
        p.Value is JsonObject inner ? p.Key + "{" + string.Join(",", inner.Select(f => f.Key)) + "}" : p.Key));
}
