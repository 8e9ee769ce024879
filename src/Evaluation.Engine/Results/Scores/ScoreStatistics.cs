using Evaluation.Engine.Aggregates.Kernels;

namespace Evaluation.Engine.Results.Scores;

/// <summary>
/// Computes NeMo's aggregate fields (<see cref="ScoreSummary"/>, <see cref="RubricSummary"/>)
/// from a score's values. The definitions are the catalog's <c>score_summary</c>,
/// <c>rubric_distribution</c> and <c>mode_category</c>, so a saved result agrees with the
/// same statistics asked of the language.
/// </summary>
public static class ScoreStatistics
{
    /// <summary>The number of equal-width histogram bins NeMo reports.</summary>
    public const int HistogramBins = 10;

    /// <summary>The percentiles NeMo reports, in percent.</summary>
    public static IReadOnlyList<int> PercentilePoints { get; } = new[] { 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 };

    /// <summary>The summary of numeric scores; null and NaN are missing.</summary>
    public static ScoreSummary Summarise(IEnumerable<double?> values)
    {
        var present = new List<double>();
        long missing = 0;
        foreach (var value in values)
        {
            if (value is not { } v || double.IsNaN(v)) missing++;
            else present.Add(v);
        }
        present.Sort();
        var n = present.Count;
        var sum = new ExactSum();
        foreach (var v in present) sum.Add(v);
        var total = sum.Value;
        if (n == 0)
        {
            return new ScoreSummary(0, missing, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN,
                PercentilePoints.Select(p => new Percentile("p" + p, double.NaN)).ToList(), Array.Empty<HistogramBin>());
        }

        var mean = total / n;
        var infinite = double.IsInfinity(present[0]) || double.IsInfinity(present[n - 1]);
        // Two passes (mean, then squared deviations, summed exactly) rather than Σx² − n·mean²,
        // which cancels catastrophically for values far from zero.
        var squares = new ExactSum();
        foreach (var v in present) squares.AddProduct(v - mean, v - mean);
        var deviations = squares.Value;
        var variance = infinite ? double.NaN : deviations / n;
        var sampleVariance = infinite || n < 2 ? double.NaN : deviations / (n - 1);
        return new ScoreSummary(n, missing, total, mean, present[0], present[n - 1],
            variance, Math.Sqrt(variance), sampleVariance, Math.Sqrt(sampleVariance),
            At(present, 0.5 * (n - 1)),
            PercentilePoints.Select(p => new Percentile("p" + p, At(present, NeMoRank(p, n)))).ToList(),
            infinite ? Array.Empty<HistogramBin>() : Histogram(present));
    }

    /// <summary>The summary of categorical scores; null is missing.</summary>
    public static RubricSummary Summarise(IEnumerable<string?> labels)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long missing = 0;
        foreach (var label in labels)
        {
            if (label is null) { missing++; continue; }
            counts[label] = counts.TryGetValue(label, out var c) ? c + 1 : 1;
        }
        string? mode = null;
        long best = 0;
        // Sorted by label, so the first label with the highest count is the alphabetically first of a tie.
        foreach (var (label, count) in counts)
            if (count > best) (mode, best) = (label, count);
        return new RubricSummary(counts.Values.Sum(), missing, counts.Select(kv => new LabelCount(kv.Key, kv.Value)).ToList(), mode);
    }

    /// <summary>NeMo's 0-based rank of percentile <paramref name="percent"/> among <paramref name="n"/> values: (p/100)(n+1) − 1, clamped to [0, n − 1].</summary>
    internal static double NeMoRank(int percent, int n) => Math.Max(0, Math.Min(n - 1, percent / 100.0 * (n + 1) - 1));

    /// <summary>The value at a fractional 0-based rank of sorted values, interpolating linearly between the closest ranks.</summary>
    private static double At(List<double> sorted, double rank)
    {
        var below = (int)Math.Floor(rank);
        var above = (int)Math.Ceiling(rank);
        var low = sorted[below];
        var high = sorted[above];
        return below == above ? low : low + (rank - below) * (high - low);
    }

    /// <summary>
    /// numpy's <c>histogram(values, bins=10)</c>: edges lower + i·(upper − lower)/10 with the last
    /// exactly the max; a constant sample widens to [v − 0.5, v + 0.5].
    /// </summary>
    private static IReadOnlyList<HistogramBin> Histogram(List<double> sorted)
    {
        var lower = sorted[0];
        var upper = sorted[^1];
        if (lower == upper) { lower -= 0.5; upper += 0.5; }
        var step = (upper - lower) / HistogramBins;
        double Edge(int i) => i == HistogramBins ? upper : i * step + lower;
        var counts = new long[HistogramBins];
        foreach (var x in sorted)
        {
            var bin = (int)Math.Min(HistogramBins - 1, Math.Floor((x - lower) / (upper - lower) * HistogramBins));
            // The estimate can be one off where the edges round differently: follow the edges, as numpy does.
            if (x < Edge(bin)) bin--;
            else if (bin < HistogramBins - 1 && x >= Edge(bin + 1)) bin++;
            counts[bin]++;
        }
        return Enumerable.Range(0, HistogramBins).Select(i => new HistogramBin(Edge(i), Edge(i + 1), counts[i])).ToList();
    }
}
