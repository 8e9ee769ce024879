namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>
/// A group's distinct scores ascending, each with its rows of either class: what the unweighted
/// AUC and average precision kernels read, whichever way the rows were kept: collected keys
/// (<see cref="SortedScores"/>, walked by merging the two sorted classes) or counts per distinct
/// score (<see cref="ScoreRuns"/>). Both give the same runs, so the same result to the bit.
/// </summary>
internal struct ScoreRunCursor
{
    private readonly ScoreKey[]? _positiveKeys;
    private readonly ScoreKey[]? _negativeKeys;
    private readonly ScoreRuns _runs;
    private int _i;
    private int _j;

    public ScoreRunCursor(SortedScores scores)
    {
        (_positiveKeys, _negativeKeys) = scores;
        _runs = default;
        Positives = scores.Positives.Length;
        Negatives = scores.Negatives.Length;
    }

    public ScoreRunCursor(ScoreRuns runs)
    {
        _runs = runs;
        foreach (var c in runs.Positives) Positives += c;
        foreach (var c in runs.Negatives) Negatives += c;
    }

    /// <summary>All rows of the class the metric ranks.</summary>
    public long Positives { get; }

    /// <summary>All rows of the other class.</summary>
    public long Negatives { get; }

    /// <summary>The next distinct score up, with its rows of each class; false at the end.</summary>
    public bool Next(out ulong key, out long positives, out long negatives)
    {
        if (_positiveKeys is null)
        {
            if (_runs.Keys is null || _i == _runs.Keys.Length)
            {
                (key, positives, negatives) = (0, 0, 0);
                return false;
            }
            (key, positives, negatives) = (_runs.Keys[_i], _runs.Positives[_i], _runs.Negatives[_i]);
            _i++;
            return true;
        }

        var p = _positiveKeys;
        var n = _negativeKeys!;
        if (_i == p.Length && _j == n.Length)
        {
            (key, positives, negatives) = (0, 0, 0);
            return false;
        }
        key = _j == n.Length || (_i < p.Length && p[_i].Key <= n[_j].Key) ? p[_i].Key : n[_j].Key;
        var start = _i;
        while (_i < p.Length && p[_i].Key == key) _i++;
        positives = _i - start;
        start = _j;
        while (_j < n.Length && n[_j].Key == key) _j++;
        negatives = _j - start;
        return true;
    }
}
