using System.Runtime.InteropServices;

namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>A score as its <see cref="SortableKeys"/> key: 8 bytes per row, which is all exact AUC keeps.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct ScoreKey(ulong Key) : IRadixSortable
{
    public ulong RadixKey => Key;

    public static ScoreKey Of(double score) => new(SortableKeys.Of(score));
}

/// <summary>A score's key and the row's weight.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct WeightedScore(ulong Key, double Weight) : IRadixSortable
{
    public ulong RadixKey => Key;

    /// <summary>
    /// Sorts by key, then equal keys by weight, so that sums over a tie do not depend on the order
    /// rows arrived in (threads deliver them in any order): deterministic whatever <c>--threads</c>.
    /// </summary>
    public static void Sort(WeightedScore[] items)
    {
        RadixSort.Sort(items, items.Length);
        for (var start = 0; start < items.Length;)
        {
            var end = start + 1;
            while (end < items.Length && items[end].Key == items[start].Key) end++;
            if (end - start > 1) items.AsSpan(start, end - start).Sort(static (a, b) => a.Weight.CompareTo(b.Weight));
            start = end;
        }
    }
}

/// <summary>
/// The scores of one group's rows split by class and sorted ascending: what AUC and average
/// precision read. <see cref="Of"/> builds it from plain spans (the LINQ-to-objects path).
/// </summary>
internal readonly record struct SortedScores(ScoreKey[] Positives, ScoreKey[] Negatives)
{
    /// <summary>Rows with a NaN score are left out (§6).</summary>
    public static SortedScores Of(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive)
    {
        var positives = new List<ScoreKey>();
        var negatives = new List<ScoreKey>();
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i])) continue;
            (positive[i] ? positives : negatives).Add(ScoreKey.Of(scores[i]));
        }
        return Sorted(positives.ToArray(), negatives.ToArray());
    }

    /// <summary>Sorts both arrays in place and pairs them.</summary>
    /// <summary>Both classes' collected keys, each gathered and sorted in one go (<see cref="RadixSort.SortedCopy{T}"/>).</summary>
    public static SortedScores Sorted(Blocks<ScoreKey> positives, Blocks<ScoreKey> negatives) =>
        new(RadixSort.SortedCopy(positives.TakeBlocks()), RadixSort.SortedCopy(negatives.TakeBlocks()));

    public static SortedScores Sorted(ScoreKey[] positives, ScoreKey[] negatives)
    {
        RadixSort.Sort(positives, positives.Length);
        RadixSort.Sort(negatives, negatives.Length);
        return new SortedScores(positives, negatives);
    }
}

/// <summary>Weighted scores split by class, each sorted by <see cref="WeightedScore.Sort"/>.</summary>
internal readonly record struct SortedWeightedScores(WeightedScore[] Positives, WeightedScore[] Negatives)
{
    /// <summary>Rows with a NaN score or weight are left out (§6).</summary>
    public static SortedWeightedScores Of(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive, ReadOnlySpan<double> weights)
    {
        var positives = new List<WeightedScore>();
        var negatives = new List<WeightedScore>();
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]) || double.IsNaN(weights[i])) continue;
            (positive[i] ? positives : negatives).Add(new WeightedScore(SortableKeys.Of(scores[i]), weights[i]));
        }
        return Sorted(positives.ToArray(), negatives.ToArray());
    }

    public static SortedWeightedScores Sorted(WeightedScore[] positives, WeightedScore[] negatives)
    {
        WeightedScore.Sort(positives);
        WeightedScore.Sort(negatives);
        return new SortedWeightedScores(positives, negatives);
    }
}
