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

    [Theory]
    [InlineData(1, 0.1)]
    [InlineData(2, 0.001)]
    [InlineData(3, 0)] // every score distinct: the counts overflow and fall back to keys
    public void Counting_per_distinct_score_and_collecting_keys_give_the_same_bits(int seed, double grid)
    {
        var random = new Random(seed);
        var count = ScoreCounts.MaxDistinct + 5000;
        var scores = Enumerable.Range(0, count).Select(_ => grid == 0 ? random.NextDouble() : Math.Round(random.NextDouble() / grid) * grid).ToArray();
        var labels = scores.Select(s => random.NextDouble() < s).ToArray();

        var counted = new Evaluation.Engine.Aggregates.ScoredLabels();
        var collected = new Evaluation.Engine.Aggregates.ScoredLabels();
        collected.Spill();
        // Two halves absorbed into one, as DuckDB's threads would.
        var half = new Evaluation.Engine.Aggregates.ScoredLabels();
        for (var i = 0; i < count; i++)
        {
            var key = Evaluation.Engine.Aggregates.SortableKeys.Of(scores[i]);
            (i % 2 == 0 ? counted : half).Add(key, labels[i]);
            collected.Add(key, labels[i]);
        }
        counted.Absorb(half);
        Assert.Equal(grid != 0, counted.Counts is not null);

        var sorted = SortedScores.Sorted(collected.Positives.Drain(), collected.Negatives.Drain());
        var expectedAuc = RocAuc.Of(sorted);
        var expectedAp = AveragePrecision.Of(sorted);
        if (counted.Counts is { } counts)
        {
            Assert.Equal(expectedAuc, RocAuc.Of(counts.Sorted()));
            Assert.Equal(expectedAp, AveragePrecision.Of(counts.Sorted()));
        }
        else
        {
            var theirs = SortedScores.Sorted(counted.Positives.Drain(), counted.Negatives.Drain());
            Assert.Equal(expectedAuc, RocAuc.Of(theirs));
            Assert.Equal(expectedAp, AveragePrecision.Of(theirs));
        }
        AssertClose(PairwiseAucFast(scores, labels), expectedAuc);
    }

    [Fact]
    public void A_small_group_collects_keys_and_a_large_group_of_repeated_scores_counts()
    {
        var random = new Random(7);
        var small = new Evaluation.Engine.Aggregates.ScoredLabels();
        var large = new Evaluation.Engine.Aggregates.ScoredLabels();
        var distinct = new Evaluation.Engine.Aggregates.ScoredLabels();
        for (var i = 0; i < Evaluation.Engine.Aggregates.ScoredLabels.FirstTrial - 1; i++)
            small.Add(Evaluation.Engine.Aggregates.SortableKeys.Of(random.Next(10) / 10.0), random.Next(2) == 1);
        // 2,000 distinct scores: more than one per 16 rows at the first trials, fewer from 32K rows on.
        for (var i = 0; i < 40_000; i++)
        {
            large.Add(Evaluation.Engine.Aggregates.SortableKeys.Of(random.Next(2000) / 2000.0), random.Next(2) == 1);
            distinct.Add(Evaluation.Engine.Aggregates.SortableKeys.Of(random.NextDouble()), random.Next(2) == 1);
        }
        Assert.Null(small.Counts); // never a hash table for a group of fewer rows than the first trial
        Assert.Equal(Evaluation.Engine.Aggregates.ScoredLabels.FirstTrial - 1, small.Positives.Count + small.Negatives.Count);
        Assert.NotNull(large.Counts);
        Assert.Equal(0, large.Positives.Count + large.Negatives.Count);
        Assert.Equal(40_000, large.Counts!.Entries().Sum(e => e.Positives + e.Negatives));
        Assert.Null(distinct.Counts);
        Assert.Equal(40_000, distinct.Positives.Count + distinct.Negatives.Count);
    }

    [Theory]
    [InlineData(100, 40_000, true)]   // the keys' 100 scores fit beside the counts: one table
    [InlineData(0, 40_000, false)]    // distinct keys: no table holds both, every row becomes a key
    public void Combining_counts_with_keys_gives_the_same_bits_either_way(int keyGrid, int counted, bool staysCounted)
    {
        var random = new Random(11);
        double Score(int grid) => grid == 0 ? random.NextDouble() : random.Next(grid) / (double)grid;
        var withCounts = new Evaluation.Engine.Aggregates.ScoredLabels();
        var withKeys = new Evaluation.Engine.Aggregates.ScoredLabels();
        var reference = new Evaluation.Engine.Aggregates.ScoredLabels();
        reference.Spill();
        for (var i = 0; i < counted; i++)
        {
            var (key, positive) = (Evaluation.Engine.Aggregates.SortableKeys.Of(Score(100)), random.Next(3) == 0);
            withCounts.Add(key, positive);
            reference.Add(key, positive);
        }
        var extra = keyGrid == 0 ? ScoreCounts.MaxDistinct + 10 : 500;
        for (var i = 0; i < extra; i++)
        {
            var (key, positive) = (Evaluation.Engine.Aggregates.SortableKeys.Of(Score(keyGrid)), random.Next(3) == 0);
            withKeys.Add(key, positive);
            reference.Add(key, positive);
        }
        Assert.NotNull(withCounts.Counts);
        Assert.Null(withKeys.Counts);

        withKeys.Absorb(withCounts);
        Assert.Equal(staysCounted, withKeys.Counts is not null);
        var expected = SortedScores.Sorted(reference.Positives.Drain(), reference.Negatives.Drain());
        var actual = withKeys.Counts is { } counts
            ? RocAuc.Of(counts.Sorted())
            : RocAuc.Of(SortedScores.Sorted(withKeys.Positives.Drain(), withKeys.Negatives.Drain()));
        Assert.Equal(RocAuc.Of(expected), actual);
    }

    [Fact]
    public void Keys_combined_with_keys_can_still_join_counts_later()
    {
        var random = new Random(5);
        var first = new Evaluation.Engine.Aggregates.ScoredLabels();
        var second = new Evaluation.Engine.Aggregates.ScoredLabels();
        var counting = new Evaluation.Engine.Aggregates.ScoredLabels();
        for (var i = 0; i < 100; i++)
        {
            first.Add(Evaluation.Engine.Aggregates.SortableKeys.Of(random.Next(50) / 50.0), random.Next(2) == 1);
            second.Add(Evaluation.Engine.Aggregates.SortableKeys.Of(random.Next(50) / 50.0), random.Next(2) == 1);
        }
        for (var i = 0; i < 40_000; i++)
            counting.Add(Evaluation.Engine.Aggregates.SortableKeys.Of(random.Next(50) / 50.0), random.Next(2) == 1);
        second.Absorb(first);
        counting.Absorb(second);
        Assert.NotNull(counting.Counts);
        Assert.Equal(40_200, counting.Counts!.Entries().Sum(e => e.Positives + e.Negatives));
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

    /// <summary>Pairwise AUC by sorting and counting, for inputs too large for the quadratic loop.</summary>
    private static double PairwiseAucFast(double[] scores, bool[] labels)
    {
        var negatives = scores.Where((_, i) => !labels[i]).OrderBy(s => s).ToArray();
        double right = 0;
        long pairs = 0;
        foreach (var s in scores.Where((_, i) => labels[i]))
        {
            var below = LowerBound(negatives, s);
            var atOrBelow = LowerBound(negatives, Math.BitIncrement(s));
            right += below + (atOrBelow - below) / 2.0;
            pairs += negatives.Length;
        }
        return right / pairs;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
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
