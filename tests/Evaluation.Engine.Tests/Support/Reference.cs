namespace Evaluation.Engine.Tests.Support;

/// <summary>Plain C# versions of the reference definitions (scipy, scikit-learn, numpy) the semantics tests compare with.</summary>
public static class Reference
{
    /// <summary>scipy's rankdata(method='average'): ties share the mean of their 1-based positions.</summary>
    public static double[] AverageRanks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            for (var k = start; k <= end; k++) ranks[order[k]] = (start + end) / 2.0 + 1;
            start = end + 1;
        }
        return ranks;
    }

    /// <summary>Pearson's r with centred sums, as scipy's pearsonr.</summary>
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>scipy's spearmanr: Pearson's r of the average ranks.</summary>
    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y) => Pearson(AverageRanks(x), AverageRanks(y));

    /// <summary>scikit-learn's _weighted_percentile at 50: the first sorted value whose cumulative weight reaches half the total.</summary>
    public static double WeightedMedian(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var cumulative = new double[order.Length];
        double running = 0;
        for (var k = 0; k < order.Length; k++) cumulative[k] = running += weights[order[k]];
        var target = 0.5 * cumulative[^1];
        var index = Array.FindIndex(cumulative, c => c >= target);
        return values[order[Math.Clamp(index, 0, order.Length - 1)]];
    }

    /// <summary>numpy's percentile/quantile with linear interpolation at rank q(n − 1).</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var rank = q * (sorted.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = (int)Math.Ceiling(rank);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
