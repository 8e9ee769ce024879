using Evaluation.Analyzers.Tests.Support;
using Xunit;

namespace Evaluation.Analyzers.Tests;

/// <summary>LINQ metric calls (the stub library in <see cref="LinqStub"/>) checked against the catalog.</summary>
public sealed class MetricCallTests
{
    [Fact]
    public void Threshold_outside_the_unit_interval_is_reported_at_the_argument() =>
        Assert.Equal(
            new[] { "EVQ024 1:55 `1.5` `threshold` of `precision` must be between 0 and 1; got 1.5" },
            Analyze.Metrics("rows.Precision(r => r.Label, r => r.Score, threshold: 1.5);"));

    [Fact]
    public void Unknown_average_is_reported_inside_the_string_with_the_catalog_suggestion() =>
        Assert.Equal(
            new[] { "EVQ025 1:48 `macor` `average` of `auc` must be one of 'macro', 'weighted', 'micro'; got 'macor'; did you mean `macro`?" },
            Analyze.Metrics("""rows.Auc(r => r.Label, r => r.Score, average: "macor");"""));

    [Fact]
    public void Unknown_aggregation_through_a_parameter_named_in_camel_case() =>
        Assert.Equal(
            new[] { "EVQ025 1:57 `mean` `aggregation` of `mae` must be one of 'avg', 'min', 'max', 'median'; got 'mean'" },
            Analyze.Metrics("""rows.Mae(r => r.Actual, r => r.Predicted, aggregation: "mean");"""));

    [Fact]
    public void Whole_number_below_its_minimum() =>
        Assert.Equal(
            new[] { "EVQ024 1:60 `0` `k` of `top_k_accuracy` must be at least 1; got 0" },
            Analyze.Metrics("rows.TopKAccuracy(r => r.Label, r => new[] { r.Score }, k: 0);"));

    [Fact]
    public void Row_function_enum_gets_its_suggestion() =>
        Assert.Equal(
            new[] { "EVQ025 1:30 `dya` `time_interval` of `roundTimestamp` must be one of 'second', 'minute', 'hour', 'day', 'week', 'month', 'year'; got 'dya'; did you mean `day`?" },
            Analyze.Metrics("""DateTime.Now.RoundTimestamp("dya");"""));

    [Fact]
    public void Valid_calls_and_values_known_only_at_run_time_are_not_reported() =>
        Assert.Empty(Analyze.Metrics("""
            double threshold = 1.5;
            string average = "macor";
            rows.Precision(r => r.Label, r => r.Score, threshold: threshold, average: average);
            rows.Precision(r => r.Flag, r => r.Flag, threshold: 0.25, average: "macro");
            rows.Mae(r => r.Actual, r => r.Predicted, aggregation: "median", normalizationMin: 0, normalizationMax: 10);
            rows.Auc(r => r.Flag, r => r.Score);
            rows.Rmse(r => r.Actual, r => r.Predicted, weightProperty: r => r.Weight);
            """));

    [Fact]
    public void Boolean_or_text_selector_where_the_catalog_wants_a_score() =>
        Assert.Equal(
            new[] { "EVQ041 1:29 `r.Flag` `predicted_property` of `auc` takes a column of numbers (a score, probabilities, a measured value or a weight); this selector gives bool" },
            Analyze.Metrics("rows.Auc(r => r.Label, r => r.Flag);"));

    [Fact]
    public void Text_selectors_of_a_regression_metric() =>
        Assert.Equal(
            new[]
            {
                "EVQ041 1:16 `r.Name` `ground_truth_property` of `rmse` takes a column of numbers (a score, probabilities, a measured value or a weight); this selector gives string",
                "EVQ041 1:29 `r.Model` `predicted_property` of `rmse` takes a column of numbers (a score, probabilities, a measured value or a weight); this selector gives string",
            },
            Analyze.Metrics("rows.Rmse(r => r.Name, r => r.Model);"));

    [Fact]
    public void A_function_name_the_catalog_lacks_is_reported_at_the_call() =>
        Assert.Equal(
            new[] { "EVQ020 1:6 `Misnamed` `Misnamed` is marked [EvaluationFunction(\"rmsee\")], but the catalog has no function `rmsee`; did you mean `rmse`?" },
            Analyze.Metrics("rows.Misnamed();"));

    [Fact]
    public void Metrics_in_a_query_projection_or_result_selector_are_in_place() =>
        Assert.Empty(Analyze.Metrics("""
            rows.AsQueryable().GroupBy(r => r.Model).Select(g => new { g.Key, E = g.Rmse(r => r.Actual, r => r.Predicted) });
            rows.AsQueryable().GroupBy(r => r.Model, (key, g) => new { key, E = g.Rmse(r => r.Actual, r => r.Predicted) });
            rows.AsQueryable().Rmse(r => r.Actual, r => r.Predicted);
            """));

    [Fact]
    public void A_metric_inside_a_query_filter_is_misplaced() =>
        Assert.Equal(
            new[] { "EVQ028 1:55 `Rmse` `rmse` is an aggregate: in a query it is computed in a projection (`Select`, a `resultSelector`), not in the `predicate` of `Where`; select it first, then filter or sort the result" },
            Analyze.Metrics("rows.AsQueryable().GroupBy(r => r.Model).Where(g => g.Rmse(r => r.Actual, r => r.Predicted) > 0.1);"));

    [Fact]
    public void A_metric_as_a_query_sort_key_or_inside_another_metric_is_misplaced() =>
        Assert.Equal(
            new[]
            {
                "EVQ028 1:57 `Mae` `mae` is an aggregate: in a query it is computed in a projection (`Select`, a `resultSelector`), not in the `keySelector` of `OrderBy`; select it first, then filter or sort the result",
                "EVQ028 2:68 `Mae` `mae` is an aggregate: in a query it is computed in a projection (`Select`, a `resultSelector`), not in the `actual` of `Rmse`; select it first, then filter or sort the result",
            },
            Analyze.Metrics("""
                rows.AsQueryable().GroupBy(r => r.Model).OrderBy(g => g.Mae(r => r.Actual, r => r.Predicted));
                rows.AsQueryable().GroupBy(r => r.Model).Select(g => g.Rmse(r => g.Mae(x => x.Actual, x => x.Predicted), r => r.Predicted));
                """));

    [Fact]
    public void Linq_to_objects_runs_metrics_as_plain_code_anywhere() =>
        Assert.Empty(Analyze.Metrics("rows.GroupBy(r => r.Model).Where(g => g.Rmse(r => r.Actual, r => r.Predicted) > 0.1);"));
}
