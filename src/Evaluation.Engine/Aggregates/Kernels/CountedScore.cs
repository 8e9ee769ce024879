namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>A distinct score (its sortable key) with its rows of each class, in class order (negatives, positives).</summary>
internal readonly record struct CountedScore(ulong Key, long Negatives, long Positives) : IRadixSortable
{
    public ulong RadixKey => Key;

    /// <summary>The scores of <paramref name="scores"/> ascending, those with the same key added into one run.</summary>
    public static ScoreRuns Runs(CountedScore[] scores)
    {
        RadixSort.Sort(scores, scores.Length);
        var distinct = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (distinct > 0 && scores[distinct - 1].Key == scores[i].Key)
            {
                var run = scores[distinct - 1];
                scores[distinct - 1] = run with { Negatives = run.Negatives + scores[i].Negatives, Positives = run.Positives + scores[i].Positives };
            }
            else scores[distinct++] = scores[i];
        }
        var keys = new ulong[distinct];
        var positives = new long[distinct];
        var negatives = new long[distinct];
        for (var i = 0; i < distinct; i++) (keys[i], negatives[i], positives[i]) = (scores[i].Key, scores[i].Negatives, scores[i].Positives);
        return new ScoreRuns(keys, positives, negatives);
    }
}
