using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Multiclass;

/// <summary>
/// LANGUAGE.md §5 "Multiclass" and §6 on small data: missing labels are left out, the label set
/// is the group's truth and predictions unless `classes` gives it, a class with no row makes its
/// one-vs-rest value and the macro average NaN with a reason, `average: 'none'` is a list of
/// {class, value} in class order, and the confusion matrix has rows = truth.
/// </summary>
public sealed class MulticlassSemanticsTests : IClassFixture<EngineFixture>, IDisposable
{
    private readonly EvaluationEngine _engine;

    // Group X: (a,a) (a,b) (b,b) (c,a) and two rows with a missing label; group Y: class a only.
    private readonly TempCsv _data = new("multiclass.csv",
        "seg,truth,pred\nX,a,a\nX,a,b\nX,b,b\nX,c,a\nX,,b\nX,b,\nY,a,a\nY,a,a\n");

    public MulticlassSemanticsTests(EngineFixture fixture) => _engine = fixture.Engine;

    [Fact]
    public void Rows_with_a_missing_label_are_left_out()
    {
        Assert.Equal(0.5, Value("X", "accuracyRateMulticlass(truth, pred)"));
        // Recall per class a 1/2, b 1/1, c 0/1 → micro 2/4.
        Assert.Equal(0.5, Value("X", "recall(truth, pred, average: 'micro')"), 15);
    }

    [Fact]
    public void Average_none_is_a_list_of_class_and_value_in_class_order()
    {
        var items = ((IReadOnlyList<object?>)Query("X", "f1(truth, pred, average: 'none')").Value!).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        Assert.Equal(new[] { "a", "b", "c" }, items.Select(i => (string)i["class"]!));
        Assert.Equal(new[] { 0.5, 2.0 / 3, 0.0 }, items.Select(i => (double)i["value"]!).ToArray());
    }

    [Fact]
    public void Macro_and_weighted_run_over_the_labels_of_truth_and_predictions()
    {
        Assert.Equal((0.5 + 2.0 / 3 + 0) / 3, Value("X", "f1(truth, pred, average: 'macro')"), 15);
        Assert.Equal((2 * 0.5 + 1 * 2.0 / 3 + 1 * 0) / 4, Value("X", "f1(truth, pred, average: 'weighted')"), 15);
    }

    [Fact]
    public void A_class_of_the_given_classes_absent_from_the_group_is_NaN_with_a_reason_and_so_is_the_macro_average()
    {
        var (value, warnings) = Query("X", "recall(truth, pred, average: 'macro', classes: ['a', 'b', 'd'])");
        Assert.True(double.IsNaN((double)value!));
        Assert.Contains("no row in the ground truth", Assert.Single(warnings));

        var (list, _) = Query("X", "recall(truth, pred, average: 'none', classes: ['b', 'a', 'd'])");
        var items = ((IReadOnlyList<object?>)list!).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        Assert.Equal(new[] { "b", "a", "d" }, items.Select(i => (string)i["class"]!));
        Assert.Equal(1.0, (double)items[0]["value"]!);
        Assert.Equal(0.5, (double)items[1]["value"]!);
        Assert.True(double.IsNaN((double)items[2]["value"]!));
    }

    [Fact]
    public void The_confusion_matrix_has_rows_of_truth_and_columns_of_prediction_over_sorted_labels()
    {
        var matrix = (IReadOnlyDictionary<string, object?>)Query("X", "multiclass_confusion_matrix(truth, pred)").Value!;
        Assert.Equal(new object?[] { "a", "b", "c" }, (IReadOnlyList<object?>)matrix["labels"]!);
        var rows = ((IReadOnlyList<object?>)matrix["matrix"]!).Select(r => ((IReadOnlyList<object?>)r!).Cast<long>().ToArray()).ToArray();
        Assert.Equal(new[] { new long[] { 1, 1, 0 }, new long[] { 0, 1, 0 }, new long[] { 1, 0, 0 } }, rows);
    }

    [Fact]
    public void One_vs_rest_counts_name_their_class()
    {
        var cells = (IReadOnlyDictionary<string, object?>)Query("X", "confusionMatrixMulticlass(truth, pred, class: 'a')").Value!;
        Assert.Equal((1L, 1L, 1L, 1L), ((long)cells["true_positive"]!, (long)cells["false_positive"]!, (long)cells["true_negative"]!, (long)cells["false_negative"]!));
    }

    [Theory]
    [InlineData("mcc(truth, pred)", "the ground truth holds one class only")]
    [InlineData("cohen_kappa(truth, pred)", "kappa is 0/0")]
    public void Agreement_scores_of_a_group_with_one_class_are_NaN_with_the_reason(string metric, string reason)
    {
        var (value, warnings) = Query("Y", metric);
        Assert.True(double.IsNaN((double)value!));
        Assert.Contains(reason, Assert.Single(warnings));
    }

    [Fact]
    public void Kappa_and_mcc_follow_scikit_learn_on_several_classes()
    {
        // s = 4, hits 2, Σ tₖpₖ = 2·2 + 1·2 + 1·0 = 6, Σ pₖ² = 8, Σ tₖ² = 6.
        Assert.Equal((4.0 * 2 - 6) / (16 - 6), Value("X", "cohen_kappa(truth, pred)"), 15);
        Assert.Equal((4.0 * 2 - 6) / Math.Sqrt((16 - 8) * (16 - 6)), Value("X", "mcc(truth, pred)"), 15);
    }

    private double Value(string segment, string metric) => (double)Query(segment, metric).Value!;

    private (object? Value, IReadOnlyList<string> Warnings) Query(string segment, string metric)
    {
        var result = _engine.Query($"from '{_data.Path}' | where seg == '{segment}' | select value = {metric}");
        return (result[0, "value"], result.Warnings.Select(w => w.Text).ToList());
    }

    public void Dispose() => _data.Dispose();
}
