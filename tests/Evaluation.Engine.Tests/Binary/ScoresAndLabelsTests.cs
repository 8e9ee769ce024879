using Evaluation.Engine.Tests.Support;
using Evaluation.Language.Validation;
using Xunit;

namespace Evaluation.Engine.Tests.Binary;

/// <summary>
/// LANGUAGE.md §5 "Scores and labels": a floating-point prediction is a score, positive when
/// score >= threshold; an integer, boolean or string one holds labels, positive when it equals
/// pos_label; with a score and pos_label 0 the score still belongs to class 1.
/// </summary>
public sealed class ScoresAndLabelsTests : IClassFixture<EngineFixture>, IDisposable
{
    private readonly EvaluationEngine _engine;
    private readonly TempCsv _scores = new("scores.csv", "label,score\n1,0.5\n0,0.5\n0,0.49\n1,0.3\n0,0.3\n1,0.8\n");
    private readonly TempCsv _labels = new("labels.csv",
        "label,predicted,flag,predicted_flag,animal,predicted_animal\n" +
        "1,1,true,true,cat,cat\n1,0,true,false,cat,dog\n0,1,false,true,dog,cat\n0,0,false,false,dog,dog\n0,0,false,false,dog,dog\n1,,true,,cat,\n");

    public ScoresAndLabelsTests(EngineFixture fixture) => _engine = fixture.Engine;

    [Theory]
    [InlineData(0.5, 2, 1, 2, 1)]
    [InlineData(0.3, 3, 3, 0, 0)]
    [InlineData(0.49, 2, 2, 1, 1)]
    public void A_score_equal_to_the_threshold_is_a_positive_prediction(double threshold, long tp, long fp, long tn, long fn) =>
        Assert.Equal((tp, fp, tn, fn), Cells($"from '{_scores.Path}' | select value = confusionMatrix(label, score, threshold: {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)})"));

    [Theory]
    [InlineData("precision(label, predicted)")]
    [InlineData("precision(flag, predicted_flag)")]
    [InlineData("precision(animal, predicted_animal, pos_label: 'cat')")]
    [InlineData("precision(flag, predicted)")]
    [InlineData("precision(label, predicted_flag, pos_label: true)")]
    public void Label_columns_compare_with_the_positive_class(string metric)
    {
        // TP 1, FN 1, FP 1, TN 2; the row with no prediction is left out.
        Assert.Equal(0.5, Value($"from '{_labels.Path}' | select value = {metric}"));
        Assert.Equal((1L, 1L, 2L, 1L), Cells($"from '{_labels.Path}' | select value = confusionMatrix({metric.Replace("precision(", "")}"));
    }

    [Fact]
    public void Pos_label_0_reports_on_class_0_of_the_same_predictions()
    {
        // At 0.5: TP 2, FP 1, TN 2, FN 1 for class 1; class 0 swaps the roles.
        var query = $"from '{_scores.Path}' | select value = confusionMatrix(label, score, threshold: 0.5, pos_label: 0)";
        Assert.Equal((2L, 1L, 2L, 1L), Cells(query));
        Assert.Equal(2.0 / 3, Value($"from '{_scores.Path}' | select value = precision(label, score, threshold: 0.5, pos_label: 0)"), 15);
        Assert.Equal(Value($"from '{_scores.Path}' | select value = specificity(label, score, threshold: 0.5)"),
            Value($"from '{_scores.Path}' | select value = recall(label, score, threshold: 0.5, class: 0)"));
    }

    [Theory]
    [InlineData("log_loss(label, score{0})")]
    [InlineData("brier_score(label, score{0})")]
    [InlineData("auc(label, score{0})")]
    public void Pos_label_0_does_not_change_what_the_score_is_the_probability_of(string metric) =>
        Assert.Equal(Value($"from '{_scores.Path}' | select value = {string.Format(metric, "")}"),
            Value($"from '{_scores.Path}' | select value = {string.Format(metric, ", pos_label: 0")}"));

    [Fact]
    public void A_score_without_a_threshold_is_an_error_naming_the_parameter_before_any_sql_runs()
    {
        var error = Assert.Throws<QueryException>(() => _engine.Sql($"from '{_scores.Path}' | select value = f1(label, score)"));
        Assert.Contains("`threshold`", error.Message);
        Assert.Equal(DiagnosticDescriptors.MissingParameter.Code, Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void A_threshold_with_label_columns_is_an_error()
    {
        var error = Assert.Throws<QueryException>(() => _engine.Sql($"from '{_labels.Path}' | select value = f1(label, predicted, threshold: 0.5)"));
        Assert.Contains("`threshold` applies to scores", error.Message);
    }

    [Fact]
    public void String_labels_need_an_explicit_positive_class()
    {
        var error = Assert.Throws<QueryException>(() => _engine.Sql($"from '{_labels.Path}' | select value = recall(animal, predicted_animal)"));
        Assert.Contains("`pos_label`", error.Message);
    }

    [Theory]
    [InlineData("precision(label, score, threshold: 0.5, pos_label: 2)", "must be 0 or 1")]
    [InlineData("precision(animal, predicted, pos_label: 'cat')", "labels of one kind")]
    [InlineData("precision(label, predicted, pos_label: 'cat')", "must be one of the labels")]
    [InlineData("precision(label, score, threshold: 0.5, average: 'macro')", "not supported")]
    [InlineData("precision(label, score, threshold: 0.5, classes: [0, 1])", "not supported")]
    [InlineData("average_precision(label, [score, score])", "probability columns")]
    [InlineData("auc(label, animal)", "needs a score")]
    [InlineData("auc(stamp, score)", "must hold class labels")]
    public void Forms_that_are_not_binary_or_do_not_fit_are_refused_before_any_sql_runs(string metric, string message)
    {
        using var data = new TempCsv("mixed.csv", "label,score,animal,predicted,stamp\n1,0.5,cat,1,2026-01-01 00:00:00\n0,0.2,dog,0,2026-01-02 00:00:00\n");
        var error = Assert.Throws<QueryException>(() => _engine.Sql($"from '{data.Path}' | select value = {metric}"));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Average_binary_is_the_binary_metric()
    {
        Assert.Equal(Value($"from '{_scores.Path}' | select value = f1(label, score, threshold: 0.5)"),
            Value($"from '{_scores.Path}' | select value = f1(label, score, threshold: 0.5, average: 'binary')"));
    }

    private (long, long, long, long) Cells(string query)
    {
        var matrix = (IReadOnlyDictionary<string, object?>)_engine.Query(query)[0, "value"]!;
        return ((long)matrix["true_positive"]!, (long)matrix["false_positive"]!, (long)matrix["true_negative"]!, (long)matrix["false_negative"]!);
    }

    private double Value(string query) => (double)_engine.Query(query)[0, "value"]!;

    public void Dispose()
    {
        _scores.Dispose();
        _labels.Dispose();
    }
}
