using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Semantics;

/// <summary>
/// Statistics of one column on small hand-made groups: missing values left out and counted,
/// NeMo's clamped percentile ranks, numpy's histogram edges (the closed last bin, a constant
/// column), empty and one-value groups, and the label statistics' ordering and ties.
/// </summary>
public sealed class DistributionSemanticsTests : IClassFixture<DistributionSemanticsTests.Data>
{
    /// <summary>One Parquet file of (segment, x, label) rows and an engine over it.</summary>
    public sealed class Data : IDisposable
    {
        private readonly ParquetFiles _files = new();

        public Data()
        {
            var edges = string.Join(", ", Enumerable.Range(0, 11).Select(i => $"('edges', {i}, 'x')"));
            var path = _files.Parquet("scores", $"""
                SELECT segment, x::DOUBLE AS x, label FROM (VALUES
                  ('a', 1.0, 'b'), ('a', 2, 'a'), ('a', 3, 'b'), ('a', 4, 'a'), ('a', 10, NULL), ('a', NULL, 'c'), ('a', 'nan'::DOUBLE, 'c'),
                  ('const', 3, 'x'), ('const', 3, 'x'), ('const', 3, 'y'),
                  ('one', 7, 'only'),
                  ('empty', NULL, NULL), ('empty', 'nan'::DOUBLE, NULL),
                  ('infinite', 1, 'x'), ('infinite', 'inf'::DOUBLE, 'x'),
                  {edges})
                  AS t(segment, x, label)
                """);
            Engine.RegisterSource("inference", path);
        }

        public EvaluationEngine Engine { get; } = EvaluationEngine.Open();

        public void Dispose()
        {
            Engine.Dispose();
            _files.Dispose();
        }
    }

    private readonly Data _data;

    public DistributionSemanticsTests(Data data) => _data = data;

    private Results.QueryResultView Query(string select, string options = "") =>
        new(_data.Engine.Query("group by segment | select segment, " + select + options));

    private static IReadOnlyDictionary<string, object?> Struct(object? value) => Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);

    private static IReadOnlyList<object?> List(object? value) => Assert.IsAssignableFrom<IReadOnlyList<object?>>(value);

    /// <summary>A histogram as (lower, upper, count) triples.</summary>
    private static (double Lower, double Upper, long Count)[] Bins(object? value) => List(value)
        .Select(Struct).Select(b => ((double)b["lower_bound"]!, (double)b["upper_bound"]!, (long)b["count"]!)).ToArray();

    [Fact]
    public void Missing_values_are_left_out_of_every_statistic_and_counted_in_nan_count()
    {
        var result = Query("s = score_summary(x), v = variance(x), sv = sample_variance(x), m = median(x), q = quantile(x, 0.3)");
        var summary = Struct(result.Value("a", "s"));
        double[] present = { 1, 2, 3, 4, 10 };
        Assert.Equal(5L, summary["count"]);
        Assert.Equal(2L, summary["nan_count"]);
        Assert.Equal(20.0, summary["sum"]);
        Assert.Equal(4.0, summary["mean"]);
        Assert.Equal(1.0, summary["min"]);
        Assert.Equal(10.0, summary["max"]);
        var population = present.Sum(v => (v - 4) * (v - 4)) / 5;
        Assert.Equal(population, (double)summary["variance"]!, 14);
        Assert.Equal(population, result.Number("a", "v"), 14);
        Assert.Equal(population * 5 / 4, (double)summary["sample_variance"]!, 14);
        Assert.Equal(population * 5 / 4, result.Number("a", "sv"), 14);
        Assert.Equal(3.0, summary["median"]);
        Assert.Equal(3.0, result.Number("a", "m"));
        Assert.Equal(Reference.Quantile(present, 0.3), result.Number("a", "q"), 14);
        Assert.Equal(new[] { "count", "nan_count", "sum", "mean", "min", "max", "variance", "std_dev", "sample_variance", "sample_std_dev", "median", "percentiles", "histogram" },
            summary.Keys);
    }

    [Fact]
    public void Percentile_ranks_are_clamped_to_the_smallest_and_largest_value()
    {
        var percentiles = Struct(Query("p = percentiles(x)").Value("a", "p"));
        // n = 5: rank (p/100)·6 − 1 → p10 −0.4 (clamped to 0), p20 0.2, p50 2, p90 4.4 (clamped to 4).
        Assert.Equal(1.0, percentiles["p10"]);
        Assert.Equal(1.2, (double)percentiles["p20"]!, 14);
        Assert.Equal(3.0, percentiles["p50"]);
        Assert.Equal(4 + 0.2 * 6, (double)percentiles["p70"]!, 14);
        Assert.Equal(10.0, percentiles["p90"]);
        Assert.Equal(10.0, percentiles["p100"]);
    }

    [Fact]
    public void The_last_histogram_bin_is_closed_and_a_value_on_an_inner_edge_starts_the_next_bin()
    {
        var bins = Bins(Query("h = histogram(x)").Value("edges", "h"));
        Assert.Equal(10, bins.Length);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (double)i), bins.Select(b => b.Lower));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (double)i), bins.Select(b => b.Upper));
        Assert.Equal(new long[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 2 }, bins.Select(b => b.Count));
    }

    [Fact]
    public void Distribution_takes_its_number_of_bins()
    {
        var bins = Bins(Query("d = distribution(x, num_bins: 4)").Value("edges", "d"));
        Assert.Equal(new[] { 0, 2.5, 5, 7.5 }, bins.Select(b => b.Lower));
        Assert.Equal(new[] { 2.5, 5, 7.5, 10 }, bins.Select(b => b.Upper));
        Assert.Equal(new long[] { 3, 2, 3, 3 }, bins.Select(b => b.Count));
    }

    [Fact]
    public void A_constant_column_is_binned_like_numpy_over_the_value_plus_and_minus_a_half()
    {
        // np.histogram([3, 3, 3]) → edges 2.5, 2.6, …, 3.5 and the three values in the sixth bin.
        var bins = Bins(Query("h = histogram(x)").Value("const", "h"));
        Assert.Equal(2.5, bins[0].Lower);
        Assert.Equal(3.5, bins[9].Upper);
        Assert.Equal(new long[] { 0, 0, 0, 0, 0, 3, 0, 0, 0, 0 }, bins.Select(b => b.Count));
        Assert.Equal(3.0, bins[5].Lower, 14);
    }

    [Fact]
    public void An_empty_group_has_a_summary_of_nans_and_an_empty_histogram_with_a_warning()
    {
        var result = Query("s = score_summary(x), h = histogram(x), v = variance(x), p = percentiles(x)");
        var summary = Struct(result.Value("empty", "s"));
        Assert.Equal(0L, summary["count"]);
        Assert.Equal(2L, summary["nan_count"]);
        Assert.Equal(0.0, summary["sum"]);
        Assert.True(double.IsNaN((double)summary["mean"]!));
        Assert.True(double.IsNaN((double)summary["median"]!));
        Assert.True(double.IsNaN((double)Struct(summary["percentiles"])["p50"]!));
        Assert.Empty(List(summary["histogram"]));
        Assert.Empty(List(result.Value("empty", "h")));
        Assert.True(double.IsNaN(result.Number("empty", "v")));
        foreach (var column in new[] { "s", "h", "v", "p" })
            Assert.Contains($"`{column}` is undefined where segment = 'empty': no non-missing values", result.Warnings);
    }

    [Fact]
    public void One_value_has_a_population_variance_but_no_sample_variance()
    {
        var result = Query("v = variance(x), sv = sample_variance(x), sd = sample_std_dev(x), s = score_summary(x)");
        Assert.Equal(0.0, result.Number("one", "v"));
        Assert.True(double.IsNaN(result.Number("one", "sv")));
        Assert.Contains("`sd` is undefined where segment = 'one': one non-missing value: a sample statistic needs at least two", result.Warnings);
        var summary = Struct(result.Value("one", "s"));
        Assert.True(double.IsNaN((double)summary["sample_variance"]!));
        Assert.Equal(7.0, Struct(summary["percentiles"])["p10"]);
        // The summary itself is defined: only an empty group makes it undefined.
        Assert.DoesNotContain(result.Warnings, w => w.StartsWith("`s` is undefined where segment = 'one'", StringComparison.Ordinal));
    }

    [Fact]
    public void On_undefined_null_and_error_apply_to_statistics()
    {
        Assert.Null(Query("sv = sample_variance(x)", " | on_undefined null").Value("one", "sv"));
        var error = Assert.Throws<QueryException>(() => Query("h = histogram(x)", " | on_undefined error"));
        Assert.Contains("no non-missing values", error.Message);
    }

    [Fact]
    public void An_infinite_value_leaves_no_finite_bins()
    {
        var result = Query("h = histogram(x)");
        Assert.Empty(List(result.Value("infinite", "h")));
        Assert.Contains("`h` is undefined where segment = 'infinite': the values include an infinity, so equal-width bins have no finite range", result.Warnings);
    }

    [Fact]
    public void Labels_are_counted_in_label_order_and_the_mode_breaks_ties_alphabetically()
    {
        var result = Query("d = rubric_distribution(label), m = mode_category(label)");
        var distribution = List(result.Value("a", "d")).Select(Struct).Select(e => ((string)e["label"]!, (long)e["count"]!)).ToArray();
        // 'a' has a, b, b, a, c, c and one NULL label: three labels tie at 2.
        Assert.Equal(new[] { ("a", 2L), ("b", 2L), ("c", 2L) }, distribution);
        Assert.Equal("a", result.Value("a", "m"));
        Assert.Equal("x", result.Value("const", "m"));
        Assert.Null(result.Value("empty", "m"));
        Assert.Empty(List(result.Value("empty", "d")));
        Assert.Contains("`m` is undefined where segment = 'empty': no non-missing labels", result.Warnings);
    }
}
