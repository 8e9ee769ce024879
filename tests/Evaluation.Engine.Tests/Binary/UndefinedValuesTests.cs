using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Binary;

/// <summary>
/// §6: an undefined value is NaN with a warning naming the group and the reason, also where
/// scikit-learn silently substitutes a number; <c>on_undefined</c> turns it into NULL or an error.
/// </summary>
public sealed class UndefinedValuesTests : IClassFixture<EngineFixture>, IDisposable
{
    private readonly EvaluationEngine _engine;
    // Segment B has negatives only; every score is below 0.9.
    private readonly TempCsv _data = new("undefined.csv",
        "segment,label,score\nA,1,0.8\nA,0,0.3\nA,1,0.4\nB,0,0.6\nB,0,0.2\nB,0,0.7\n");

    public UndefinedValuesTests(EngineFixture fixture) => _engine = fixture.Engine;

    [Fact]
    public void Auc_with_one_class_present_is_NaN_with_a_warning_naming_the_group()
    {
        var result = _engine.Query($"from '{_data.Path}' | group by segment | select segment, value = auc(label, score)");
        Assert.Equal(1.0, (double)result[0, "value"]!);
        Assert.True(double.IsNaN((double)result[1, "value"]!));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("`value` is undefined where segment = 'B': only one class is present in the ground truth, and AUC needs both", warning.Text);
    }

    [Fact]
    public void Precision_with_no_predicted_positive_is_NaN_not_0()
    {
        var result = _engine.Query($"from '{_data.Path}' | select value = precision(label, score, threshold: 0.9)");
        Assert.True(double.IsNaN((double)result[0, "value"]!));
        Assert.Equal("`value` is undefined: no predicted positive", Assert.Single(result.Warnings).Text);
    }

    [Theory]
    [InlineData("mcc(label, score, threshold: 0.5)", "no row of the positive class in the ground truth")]
    [InlineData("recall(label, score, threshold: 0.5)", "no row of the positive class in the ground truth")]
    [InlineData("average_precision(label, score)", "no row of the positive class in the ground truth")]
    [InlineData("balancedAccuracyRate(label, score, threshold: 0.5)", "no row of the positive class in the ground truth")]
    [InlineData("cohen_kappa(label, score, threshold: 0.9)", "agreement by chance is 1")]
    [InlineData("f1(label, score, threshold: 0.9)", "no row of the positive class and no predicted positive")]
    public void Metrics_scikit_learn_substitutes_a_number_for_are_NaN_with_the_reason(string metric, string reason)
    {
        var result = _engine.Query($"from '{_data.Path}' | where segment == 'B' | select value = {metric}");
        Assert.True(double.IsNaN((double)result[0, "value"]!));
        Assert.Contains(reason, Assert.Single(result.Warnings).Text);
    }

    [Theory]
    [InlineData("log_loss(label, score)")]
    [InlineData("brier_score(label, score)")]
    [InlineData("accuracyRate(label, score, threshold: 0.5)")]
    [InlineData("specificity(label, score, threshold: 0.5)")]
    public void Metrics_defined_with_one_class_present_have_a_value(string metric)
    {
        var result = _engine.Query($"from '{_data.Path}' | where segment == 'B' | select value = {metric}");
        Assert.False(double.IsNaN((double)result[0, "value"]!));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Confusion_rates_say_which_fields_are_undefined()
    {
        var result = _engine.Query($"from '{_data.Path}' | where segment == 'B' | select value = confusionMatrixRate(label, score, threshold: 0.5)");
        var rates = (IReadOnlyDictionary<string, object?>)result[0, "value"]!;
        Assert.True(double.IsNaN((double)rates["true_positive_rate"]!));
        Assert.Equal(2.0 / 3, (double)rates["false_positive_rate"]!, 15);
        Assert.Equal(1.0 / 3, (double)rates["accuracy_rate"]!, 15);
        Assert.EndsWith("true_positive_rate and false_negative_rate: no row of the positive class in the ground truth", Assert.Single(result.Warnings).Text);
    }

    [Fact]
    public void On_undefined_null_gives_null_and_still_says_why()
    {
        var result = _engine.Query($"from '{_data.Path}' | group by segment | select segment, value = auc(label, score) | on_undefined null");
        Assert.Equal(1.0, (double)result[0, "value"]!);
        Assert.Null(result[1, "value"]);
        Assert.Contains("segment = 'B'", Assert.Single(result.Warnings).Text);
    }

    [Fact]
    public void On_undefined_error_fails_the_query_with_the_reason()
    {
        var error = Assert.Throws<QueryException>(() =>
            _engine.Query($"from '{_data.Path}' | group by segment | select segment, value = auc(label, score) | on_undefined error"));
        Assert.Contains("where segment = 'B': only one class is present", error.Message);
    }

    [Theory]
    [InlineData("segment,label,score\nA,1,0.8\nA,0,0.3\nA,2,0.4\n", "auc(label, score)", "values other than 0 and 1")]
    [InlineData("segment,label,score\nA,1,0.8\nA,0,0.3\nA,2,0.4\n", "confusionMatrix(label, score, threshold: 0.5)", "values other than 0 and 1")]
    [InlineData("segment,label,predicted\nA,1,1\nA,0,2\nA,0,0\n", "accuracyRate(label, predicted)", "more than one class besides pos_label")]
    [InlineData("segment,label,score\nA,cat,0.8\nA,dog,0.3\nA,bird,0.4\n", "auc(label, score, pos_label: 'cat')", "more than one class besides pos_label")]
    public void Labels_of_more_than_two_classes_are_reported_not_counted(string csv, string metric, string reason)
    {
        using var data = new TempCsv("classes.csv", csv);
        var result = _engine.Query($"from '{data.Path}' | select value = {metric}");
        Assert.True(result[0, "value"] is null or double.NaN);
        Assert.Contains(reason, Assert.Single(result.Warnings).Text);
    }

    public void Dispose() => _data.Dispose();
}
