using Evaluation.Engine.Results.Scores;
using Xunit;

namespace Evaluation.Engine.Tests.Results.Scores;

/// <summary>NeMo's aggregate fields against values worked out by hand.</summary>
public class ScoreStatisticsTests
{
    private static double P(ScoreSummary s, string name) => s.Percentiles.Single(p => p.Name == name).Value;

    [Fact]
    public void Four_values_with_missing_ones_give_population_and_sample_statistics()
    {
        var s = ScoreStatistics.Summarise(new double?[] { 3, null, 1, double.NaN, 4, 2 });
        Assert.Equal(4, s.Count);
        Assert.Equal(2, s.NanCount);
        Assert.Equal(10, s.Sum);
        Assert.Equal(2.5, s.Mean);
        Assert.Equal(1, s.Min);
        Assert.Equal(4, s.Max);
        // Squared deviations from 2.5: 2.25 + 0.25 + 0.25 + 2.25 = 5.
        Assert.Equal(1.25, s.Variance);
        Assert.Equal(Math.Sqrt(1.25), s.StdDev);
        Assert.Equal(5.0 / 3.0, s.SampleVariance, 15);
        Assert.Equal(Math.Sqrt(5.0 / 3.0), s.SampleStdDev, 15);
        Assert.Equal(2.5, s.Median);
    }

    [Fact]
    public void Percentiles_use_nemo_rank_interpolated_and_clamped_at_both_ends()
    {
        var s = ScoreStatistics.Summarise(new double?[] { 1, 2, 3, 4 });
        // rank = (p/100)(n+1) − 1 with n = 4: p10 → −0.5 and p20 → 0 clamp to the first value,
        // p90 → 3.5 and p100 → 4 clamp to the last; p30 → 0.5 lies halfway between 1 and 2.
        Assert.Equal(new[] { "p10", "p20", "p30", "p40", "p50", "p60", "p70", "p80", "p90", "p100" }, s.Percentiles.Select(p => p.Name));
        Assert.Equal(new[] { 1, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4, 4 }, s.Percentiles.Select(p => p.Value));
    }

    [Fact]
    public void Percentile_interpolation_uses_the_fraction_of_the_rank()
    {
        // n = 9: p25 is not reported, but p30 → 0.3·10 − 1 = 2 exactly, p10 → 0, p70 → 6, p90 → 8, p100 → 9 → clamped 8.
        var s = ScoreStatistics.Summarise(new double?[] { 0, 10, 20, 30, 40, 50, 60, 70, 80 });
        Assert.Equal(0, P(s, "p10"));
        Assert.Equal(20, P(s, "p30"));
        Assert.Equal(80, P(s, "p100"));
        // n = 3: p40 → 0.4·4 − 1 = 0.6 → 0 + 0.6·(5 − 0) = 3.
        var three = ScoreStatistics.Summarise(new double?[] { 5, 0, 9 });
        Assert.Equal(3, P(three, "p40"), 12);
        Assert.Equal(5, three.Median);
    }

    [Fact]
    public void Histogram_has_ten_equal_bins_and_the_last_one_is_closed()
    {
        var s = ScoreStatistics.Summarise(new double?[] { 1, 2, 3, 4 });
        Assert.Equal(10, s.Histogram.Count);
        Assert.Equal(1, s.Histogram[0].LowerBound);
        Assert.Equal(4, s.Histogram[9].UpperBound);
        // Edges 1, 1.3, …, 4: 2 is in [1.9, 2.2), 3 in [2.8, 3.1), and the max 4 in the closed last bin.
        Assert.Equal(new long[] { 1, 0, 0, 1, 0, 0, 1, 0, 0, 1 }, s.Histogram.Select(b => b.Count));
    }

    [Fact]
    public void A_value_on_an_inner_edge_goes_to_the_bin_above()
    {
        var s = ScoreStatistics.Summarise(new double?[] { 0, 1, 10, 10 });
        Assert.Equal(new long[] { 1, 1, 0, 0, 0, 0, 0, 0, 0, 2 }, s.Histogram.Select(b => b.Count));
        Assert.Equal(1, s.Histogram[1].LowerBound);
        Assert.Equal(2, s.Histogram[1].UpperBound);
    }

    [Fact]
    public void No_value_gives_a_zero_sum_and_nan_elsewhere()
    {
        var s = ScoreStatistics.Summarise(new double?[] { null, double.NaN });
        Assert.Equal(0, s.Count);
        Assert.Equal(2, s.NanCount);
        Assert.Equal(0, s.Sum);
        Assert.All(new[] { s.Mean, s.Min, s.Max, s.Variance, s.StdDev, s.SampleVariance, s.SampleStdDev, s.Median }, v => Assert.True(double.IsNaN(v)));
        Assert.All(s.Percentiles, p => Assert.True(double.IsNaN(p.Value)));
        Assert.Empty(s.Histogram);
        Assert.Equal(0, ScoreStatistics.Summarise(Array.Empty<double?>()).NanCount);
    }

    [Fact]
    public void A_single_value_has_zero_population_variance_and_no_sample_variance()
    {
        var s = ScoreStatistics.Summarise(new double?[] { 5 });
        Assert.Equal(1, s.Count);
        Assert.Equal(5, s.Mean);
        Assert.Equal(0, s.Variance);
        Assert.Equal(0, s.StdDev);
        Assert.True(double.IsNaN(s.SampleVariance));
        Assert.True(double.IsNaN(s.SampleStdDev));
        Assert.All(s.Percentiles, p => Assert.Equal(5, p.Value));
        // numpy widens a constant range to [4.5, 5.5]: the value is in the sixth bin, [5.0, 5.1).
        Assert.Equal(4.5, s.Histogram[0].LowerBound);
        Assert.Equal(5.5, s.Histogram[9].UpperBound);
        Assert.Equal(1, s.Histogram[5].Count);
        Assert.Equal(1, s.Histogram.Sum(b => b.Count));
    }

    [Fact]
    public void An_infinity_leaves_variance_and_histogram_undefined()
    {
        var s = ScoreStatistics.Summarise(new double?[] { 1, double.PositiveInfinity });
        Assert.Equal(double.PositiveInfinity, s.Max);
        Assert.True(double.IsNaN(s.Variance));
        Assert.Empty(s.Histogram);
    }

    [Fact]
    public void Rubric_distribution_is_sorted_by_label_and_a_tied_mode_is_the_alphabetically_first()
    {
        var r = ScoreStatistics.Summarise(new string?[] { "good", "bad", "good", null, "bad", "fair" });
        Assert.Equal(5, r.Count);
        Assert.Equal(1, r.NanCount);
        Assert.Equal(new[] { ("bad", 2L), ("fair", 1L), ("good", 2L) }, r.Distribution.Select(d => (d.Label, d.Count)));
        Assert.Equal("bad", r.Mode);
        Assert.Null(ScoreStatistics.Summarise(new string?[] { null }).Mode);
    }

    [Fact]
    public void The_kernel_agrees_with_the_languages_score_summary()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 37).Select(i => i % 9 == 0 ? double.NaN : Math.Round(random.NextDouble() * 100, 3)).ToList();
        using var engine = EvaluationEngine.Open();
        engine.RegisterObjects("v", values.Select(v => new { V = v }));
        var sql = (IReadOnlyDictionary<string, object?>)engine.Query("from v | select s = score_summary(V)")[0, "s"]!;
        var s = ScoreStatistics.Summarise(values.Select(v => (double?)v));
        Assert.Equal(Convert.ToInt64(sql["count"]), s.Count);
        Assert.Equal(Convert.ToInt64(sql["nan_count"]), s.NanCount);
        foreach (var (name, mine) in new[] { ("sum", s.Sum), ("mean", s.Mean), ("min", s.Min), ("max", s.Max), ("variance", s.Variance),
                     ("sample_std_dev", s.SampleStdDev), ("median", s.Median) })
            Assert.True(Math.Abs((double)sql[name]! - mine) <= 1e-12 * Math.Max(1, Math.Abs(mine)), $"{name}: {sql[name]} vs {mine}");
        var percentiles = (IReadOnlyDictionary<string, object?>)sql["percentiles"]!;
        foreach (var p in s.Percentiles) Assert.Equal((double)percentiles[p.Name]!, p.Value, 12);
        var bins = (IReadOnlyList<object?>)sql["histogram"]!;
        Assert.Equal(bins.Select(b => Convert.ToInt64(((IReadOnlyDictionary<string, object?>)b!)["count"])), s.Histogram.Select(b => b.Count));
    }
}
