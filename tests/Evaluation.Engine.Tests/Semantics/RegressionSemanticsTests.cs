using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Semantics;

/// <summary>
/// Regression metrics on small hand-made groups: missing values left out, undefined values as
/// NaN with a warning naming the group (or null, or an error), empty and one-row groups, the
/// rank- and weight-based definitions against plain C# references.
/// </summary>
public sealed class RegressionSemanticsTests : IClassFixture<RegressionSemanticsTests.Data>
{
    /// <summary>One Parquet file of (segment, y, p, w) rows and an engine over it.</summary>
    public sealed class Data : IDisposable
    {
        private readonly ParquetFiles _files = new();

        public Data()
        {
            Path = _files.Parquet("regression", """
                SELECT segment, y::DOUBLE AS y, p::DOUBLE AS p, w::DOUBLE AS w FROM (VALUES
                  ('a', 1, 1.5, 1), ('a', 2, 2.5, 2), ('a', 3, 2, 1), ('a', NULL, 4, 1), ('a', 'nan'::DOUBLE, 5, 1), ('a', 4, 'nan'::DOUBLE, 1), ('a', 5, 4, NULL),
                  ('const', 2, 1, 1), ('const', 2, 3, 1), ('const', 2, 2.5, 1),
                  ('one', 3, 4, 1),
                  ('empty', NULL, 1, 1), ('empty', 'nan'::DOUBLE, 2, 1),
                  ('zero', 0, 1, 1), ('zero', 2, 2, 1),
                  ('negative', -1, 1, 1), ('negative', 2, 2, 1),
                  ('flat', 1, 7, 1), ('flat', 2, 7, 1),
                  ('infinite', 'inf'::DOUBLE, 1, 1), ('infinite', 2, 3, 1), ('infinite', 3, 2, 1),
                  ('wild', 1, 'inf'::DOUBLE, 1), ('wild', 2, 3, 1), ('wild', 3, 2, 1))
                  AS t(segment, y, p, w)
                """);
            Engine.RegisterSource("inference", Path);
        }

        public string Path { get; }

        public EvaluationEngine Engine { get; } = EvaluationEngine.Open();

        public void Dispose()
        {
            Engine.Dispose();
            _files.Dispose();
        }
    }

    private readonly Data _data;

    public RegressionSemanticsTests(Data data) => _data = data;

    private Results.QueryResultView Query(string select) => new(_data.Engine.Query("group by segment | select segment, " + select));

    [Fact]
    public void Rows_with_a_null_or_nan_truth_or_prediction_are_left_out()
    {
        var result = Query("rmse = rmse(y, p), mae = mae(y, p), missing = nan_count([y, p])");
        // The present rows of 'a' are (1, 1.5), (2, 2.5), (3, 2), (5, 4): errors 0.5, 0.5, 1, 1.
        Assert.Equal(Math.Sqrt(0.625), result.Number("a", "rmse"), 15);
        Assert.Equal(0.75, result.Number("a", "mae"), 15);
        Assert.Equal(3L, result.Value("a", "missing"));
    }

    [Fact]
    public void A_presence_test_several_metrics_repeat_is_computed_once_a_row_and_each_metric_keeps_its_value()
    {
        var metrics = new[] { "rmse = rmse(y, p)", "mae = mae(y, p)", "r2 = rSquared(y, p)", "ev = explained_variance(y, p, weight_property: w)" };
        var together = "group by segment | select segment, " + string.Join(", ", metrics);
        var sql = _data.Engine.Sql(together).Sql;
        Assert.Contains("AS \"__evalq_present_0\"", sql);
        Assert.DoesNotContain("isnan(\"y\")", sql.Split("FROM (")[0]); // the outer select reads the test, never repeats it
        var joint = _data.Engine.Query(together);
        foreach (var metric in metrics)
        {
            var name = metric.Split(' ')[0];
            var alone = _data.Engine.Query("group by segment | select segment, " + metric);
            Assert.Equal(alone.Rows.Select(r => BitConverter.DoubleToInt64Bits((double)r[1]!)), joint.Rows.Select(r => BitConverter.DoubleToInt64Bits((double)r[joint.Columns.ToList().FindIndex(c => c.Name == name)]!)));
            Assert.All(alone.Warnings, w => Assert.Contains(w.Text, joint.Warnings.Select(j => j.Text)));
        }
    }

    [Fact]
    public void A_missing_weight_leaves_its_row_out_of_a_weighted_metric()
    {
        var result = Query("mse = mse(y, p, weight_property: w)");
        // (1, 1.5, 1), (2, 2.5, 2), (3, 2, 1); (5, 4) has no weight.
        Assert.Equal((0.25 + 2 * 0.25 + 1) / 4, result.Number("a", "mse"), 15);
    }

    [Fact]
    public void A_constant_truth_makes_r2_and_explained_variance_nan_with_a_warning_naming_the_group()
    {
        var result = Query("r2 = rSquared(y, p), ev = explained_variance(y, p), r2_w = rSquared(y, p, weight_property: w)");
        Assert.True(double.IsNaN(result.Number("const", "r2")));
        Assert.True(double.IsNaN(result.Number("const", "ev")));
        Assert.True(double.IsNaN(result.Number("const", "r2_w")));
        Assert.Contains("`r2` is undefined where segment = 'const': the ground truth is constant", result.Warnings);
        Assert.Contains("`ev` is undefined where segment = 'const': the ground truth is constant", result.Warnings);
        Assert.False(double.IsNaN(result.Number("a", "r2")));
    }

    [Fact]
    public void On_undefined_null_gives_null_and_error_raises()
    {
        var nulls = _data.Engine.Query("group by segment | select segment, r2 = rSquared(y, p) | on_undefined null");
        Assert.Null(new Results.QueryResultView(nulls).Value("const", "r2"));
        Assert.NotNull(new Results.QueryResultView(nulls).Value("a", "r2"));

        var error = Assert.Throws<QueryException>(() => _data.Engine.Query("group by segment | select segment, r2 = rSquared(y, p) | on_undefined error"));
        Assert.Contains("the ground truth is constant", error.Message);
    }

    [Fact]
    public void A_group_with_no_present_rows_is_nan_with_its_reason()
    {
        var result = Query("rmse = rmse(y, p), r2 = rSquared(y, p), rho = spearman(y, p), mae_w = mae(y, p, aggregation: 'median', weight_property: w)");
        foreach (var column in new[] { "rmse", "r2", "rho", "mae_w" })
            Assert.True(double.IsNaN(result.Number("empty", column)), column);
        Assert.Contains("`rmse` is undefined where segment = 'empty': no rows where the ground truth and the prediction are both present", result.Warnings);
        Assert.Contains("`mae_w` is undefined where segment = 'empty': no rows where the ground truth, the prediction and the weight are all present", result.Warnings);
    }

    [Fact]
    public void A_one_row_group_has_errors_but_no_correlation_or_r2()
    {
        var result = Query("rmse = rmse(y, p), max_error = max_error(y, p), r = pearson(y, p), r2 = rSquared(y, p)");
        Assert.Equal(1.0, result.Number("one", "rmse"));
        Assert.Equal(1.0, result.Number("one", "max_error"));
        Assert.True(double.IsNaN(result.Number("one", "r")));
        Assert.Contains("`r` is undefined where segment = 'one': a correlation needs at least two rows", result.Warnings);
        Assert.Contains("`r2` is undefined where segment = 'one': the ground truth is constant", result.Warnings);
    }

    [Fact]
    public void A_constant_prediction_has_no_correlation()
    {
        var result = Query("r = pearson(y, p), rho = spearman(y, p)");
        Assert.True(double.IsNaN(result.Number("flat", "r")));
        Assert.Contains("`rho` is undefined where segment = 'flat': the prediction is constant", result.Warnings);
    }

    [Fact]
    public void A_zero_truth_makes_percentage_and_fold_errors_nan()
    {
        var result = Query("mape = mape(y, p), polaris = absolute_average_fold_error(y, p), aafe = aafe(y, p)");
        foreach (var column in new[] { "mape", "polaris", "aafe" })
            Assert.True(double.IsNaN(result.Number("zero", column)), column);
        Assert.Contains("`mape` is undefined where segment = 'zero': the ground truth is 0 in some rows", result.Warnings);
        Assert.Contains("`polaris` is undefined where segment = 'zero': the ground truth is 0 in some rows", result.Warnings);
        Assert.Contains("`aafe` is undefined where segment = 'zero': fold errors need a positive ground truth and prediction in every row", result.Warnings);
        // A negative truth: Polaris' |ŷ|/|y| is defined, a log of a negative fold is not.
        Assert.Equal((1.0 + 1.0) / 2, result.Number("negative", "polaris"));
        Assert.True(double.IsNaN(result.Number("negative", "aafe")));
        // 'a': mean(|ŷ − y| / |y|) and 10^mean(|log10(ŷ / y)|) over its present rows.
        double[] y = { 1, 2, 3, 5 }, p = { 1.5, 2.5, 2, 4 };
        Assert.Equal(y.Zip(p, (t, q) => Math.Abs(q - t) / t).Average(), result.Number("a", "mape"), 14);
        Assert.Equal(Math.Pow(10, y.Zip(p, (t, q) => Math.Abs(Math.Log10(q / t))).Average()), result.Number("a", "aafe"), 14);
    }

    [Fact]
    public void An_infinite_truth_makes_variance_based_metrics_nan_and_an_infinite_prediction_an_infinite_error()
    {
        // DuckDB's var_pop and corr raise on an infinity, which would fail the query for every group.
        var result = Query("r2 = rSquared(y, p), ev = explained_variance(y, p), r = pearson(y, p), rho = spearman(y, p), rmse = rmse(y, p)");
        foreach (var column in new[] { "r2", "ev", "r" })
            Assert.True(double.IsNaN(result.Number("infinite", column)), column);
        Assert.Contains("`r2` is undefined where segment = 'infinite': the ground truth includes an infinity", result.Warnings);
        Assert.Contains("`ev` is undefined where segment = 'wild': the prediction includes an infinity", result.Warnings);
        Assert.Equal(double.PositiveInfinity, result.Number("wild", "rmse"));
        Assert.Equal(double.NegativeInfinity, result.Number("wild", "r2"));
        // Ranks do not mind an infinity: it is the largest value.
        Assert.Equal(Reference.Spearman(new[] { double.PositiveInfinity, 2, 3 }, new double[] { 1, 3, 2 }), result.Number("infinite", "rho"), 14);
        Assert.Equal(0.625, result.Number("a", "rmse") * result.Number("a", "rmse"), 14);
    }

    [Fact]
    public void Spearman_gives_ties_their_average_rank_and_ranks_only_the_rows_the_filter_keeps()
    {
        using var files = new ParquetFiles();
        double[] y = { 1, 2, 2, 3, 4, 4, 4, 5, 6 }, p = { 2, 1, 3, 3, 5, 4, 6, 5, 9 };
        var rows = string.Join(", ", y.Select((t, i) => $"({t}, {p[i]}, {i})"));
        var path = files.Parquet("ties", $"SELECT y::DOUBLE AS y, p::DOUBLE AS p, i FROM (VALUES {rows}, (NULL, 1, 100), ('nan'::DOUBLE, 2, 101)) AS t(y, p, i)");
        using var engine = EvaluationEngine.Open();

        var all = engine.Query($"from '{path}' | select rho = spearman(y, p)");
        Assert.Equal(Reference.Spearman(y, p), (double)all.Rows[0][0]!, 14);

        // The window ranks only the rows the filter keeps: dropping the last row changes every rank above it.
        var filtered = engine.Query($"from '{path}' | where i < 8 | select rho = spearman(y, p)");
        Assert.Equal(Reference.Spearman(y[..8], p[..8]), (double)filtered.Rows[0][0]!, 14);
    }

    [Fact]
    public void The_weighted_median_absolute_error_is_scikit_learns_weighted_percentile()
    {
        using var files = new ParquetFiles();
        double[] y = { 1, 2, 3, 4, 5, 6 }, p = { 1.5, 2.5, 5, 4.2, 5, 9 }, w = { 0.5, 3, 1, 1, 0.2, 2 };
        var rows = string.Join(", ", y.Select((t, i) => $"({t}, {p[i]}, {w[i]})"));
        var path = files.Parquet("weighted", $"SELECT y::DOUBLE AS y, p::DOUBLE AS p, w::DOUBLE AS w FROM (VALUES {rows}) AS t(y, p, w)");
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"from '{path}' | select m = mae(y, p, aggregation: 'median', weight_property: w), u = mae(y, p, aggregation: 'median')");
        var errors = y.Zip(p, (t, q) => Math.Abs(t - q)).ToArray();
        Assert.Equal(Reference.WeightedMedian(errors, w), (double)result.Rows[0][0]!);
        Assert.Equal(Reference.Quantile(errors, 0.5), (double)result.Rows[0][1]!, 15);
    }

    [Fact]
    public void Normalisation_needs_both_ends_and_a_positive_width()
    {
        var one = Assert.Throws<QueryException>(() => _data.Engine.Query("select mae(y, p, normalizationMin: 0)"));
        Assert.Contains("give both or neither", one.Message);
        var reversed = Assert.Throws<QueryException>(() => _data.Engine.Query("select mae(y, p, normalizationMin: 5, normalizationMax: 5)"));
        Assert.Contains("must be greater than `normalizationMin`", reversed.Message);
    }

    [Fact]
    public void Normalisation_applies_to_each_absolute_error_before_the_statistic()
    {
        var result = Query("n = mae(y, p, normalizationMin: 0.5, normalizationMax: 2.5), m = mae(y, p, aggregation: 'max', normalizationMin: 0.5, normalizationMax: 2.5)");
        // Errors 0.5, 0.5, 1, 1 → (e − 0.5) / 2 = 0, 0, 0.25, 0.25.
        Assert.Equal(0.125, result.Number("a", "n"), 15);
        Assert.Equal(0.25, result.Number("a", "m"), 15);
    }
}
