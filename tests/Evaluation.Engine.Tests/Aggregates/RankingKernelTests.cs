using Evaluation.Engine.Aggregates.Kernels;
using Xunit;

namespace Evaluation.Engine.Tests.Aggregates;

/// <summary>
/// The span kernels the C# aggregates (and LINQ-to-objects) share, against brute-force definitions:
/// AUC as the share of correctly ordered positive–negative pairs (ties ½), average precision as
/// scikit-learn's step sum over distinct thresholds, Spearman as Pearson's r of average ranks.
/// </summary>
public sealed class RankingKernelTests
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Auc_is_the_share_of_correctly_ordered_pairs(int seed)
    {
        var (scores, labels, weights) = Data(seed, 400);
        AssertClose(PairwiseAuc(scores, labels, null), RocAuc.Of(SortedScores.Of(scores, labels)));
        AssertClose(PairwiseAuc(scores, labels, weights), RocAuc.Of(SortedWeightedScores.Of(scores, labels, weights)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Average_precision_takes_a_tie_as_one_step(int seed)
    {
        var (scores, labels, weights) = Data(seed, 400);
        AssertClose(StepAveragePrecision(scores, labels, null), AveragePrecision.Of(SortedScores.Of(scores, labels)));
        AssertClose(StepAveragePrecision(scores, labels, weights), AveragePrecision.Of(SortedWeightedScores.Of(scores, labels, weights)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Spearman_is_pearson_of_average_ranks(int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, 300).Select(_ => Math.Round(random.NextDouble() * 10)).ToArray();
        var y = x.Select(v => Math.Round(v + random.NextDouble() * 6)).ToArray();
        AssertClose(Pearson(AverageRanks(x), AverageRanks(y)), SpearmanCorrelation.Of(x, y));
    }

    [Fact]
    public void Undefined_inputs_give_nan()
    {
        Assert.True(double.IsNaN(RocAuc.Of(SortedScores.Of(new[] { 0.1, 0.2 }, new[] { true, true }))));
        Assert.True(double.IsNaN(RocAuc.Of(SortedScores.Of(Array.Empty<double>(), Array.Empty<bool>()))));
        Assert.True(double.IsNaN(AveragePrecision.Of(SortedScores.Of(new[] { 0.1, 0.2 }, new[] { false, false }))));
        Assert.True(double.IsNaN(SpearmanCorrelation.Of(new[] { 1.0, 1.0, 1.0 }, new[] { 1.0, 2.0, 3.0 })));
        Assert.True(double.IsNaN(SpearmanCorrelation.Of(new[] { 1.0 }, new[] { 1.0 })));
    }

    [Fact]
    public void Nan_scores_are_left_out()
    {
        var auc = RocAuc.Of(SortedScores.Of(new[] { 0.9, double.NaN, 0.1, 0.8 }, new[] { true, false, false, false }));
        Assert.Equal(1.0, auc);
    }

    [Fact]
    public void Known_values()
    {
        // scikit-learn: roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75; average_precision_score = 0.8333…
        double[] scores = { 0.1, 0.4, 0.35, 0.8 };
        bool[] labels = { false, false, true, true };
        Assert.Equal(0.75, RocAuc.Of(SortedScores.Of(scores, labels)));
        AssertClose(0.8333333333333333, AveragePrecision.Of(SortedScores.Of(scores, labels)));
        // scipy: spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) = 0.8207826816681233
        AssertClose(0.8207826816681233, SpearmanCorrelation.Of(new double[] { 1, 2, 3, 4, 5 }, new double[] { 5, 6, 7, 8, 7 }));
    }

    private static (double[] Scores, bool[] Labels, double[] Weights) Data(int seed, int count)
    {
        var random = new Random(seed);
        var scores = Enumerable.Range(0, count).Select(_ => Math.Round(random.NextDouble(), 1)).ToArray();
        var labels = scores.Select(s => random.NextDouble() < 0.2 + 0.6 * s).ToArray();
        var weights = scores.Select(_ => Math.Round(0.1 + random.NextDouble() * 2, 3)).ToArray();
        return (scores, labels, weights);
    }

    private static double PairwiseAuc(double[] scores, bool[] labels, double[]? weights)
    {
        double right = 0, total = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (!labels[i]) continue;
            for (var j = 0; j < scores.Length; j++)
            {
                if (labels[j]) continue;
                var w = weights is null ? 1 : weights[i] * weights[j];
                total += w;
                right += scores[i] > scores[j] ? w : scores[i] == scores[j] ? w / 2 : 0;
            }
        }
        return right / total;
    }

    private static double StepAveragePrecision(double[] scores, bool[] labels, double[]? weights)
    {
        double W(int i) => weights is null ? 1 : weights[i];
        var positives = Enumerable.Range(0, scores.Length).Where(i => labels[i]).Sum(W);
        double ap = 0, previousRecall = 0;
        foreach (var threshold in scores.Distinct().OrderByDescending(s => s))
        {
            var at = Enumerable.Range(0, scores.Length).Where(i => scores[i] >= threshold).ToList();
            var tp = at.Where(i => labels[i]).Sum(W);
            var recall = tp / positives;
            ap += (recall - previousRecall) * (tp / at.Sum(W));
            previousRecall = recall;
        }
        return ap;
    }

    private static double[] AverageRanks(double[] values)
    {
        var ranks = new double[values.Length];
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end < order.Length && values[order[end]] == values[order[start]]) end++;
            for (var k = start; k < end; k++) ranks[order[k]] = (start + 1 + end) / 2.0;
            start = end;
        }
        return ranks;
    }

    private static double Pearson(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
}
