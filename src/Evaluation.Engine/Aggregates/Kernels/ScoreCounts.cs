using System.Runtime.CompilerServices;

namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>
/// Rows counted per distinct score and class, in an open-addressing table: what AUC and average
/// precision need when scores repeat (rounded probabilities, float32 scores, a few thousand
/// distinct values over millions of rows), at the cost of one probe a row instead of 8 bytes a
/// row and a sort. Holds at most <see cref="MaxDistinct"/> scores; <see cref="Add"/> says when
/// a new one does not fit, and the caller falls back to collecting keys
/// (<see cref="SortedScores"/>). Both give the same integers, so the same result to the bit.
/// </summary>
internal sealed class ScoreCounts
{
    public const int MaxDistinct = 1 << 16;
    private const ulong Empty = 0; // the key of no number (it would be a NaN; NaN never gets here)

    private ulong[] _keys = new ulong[64];
    private long[] _positives = new long[64];
    private long[] _negatives = new long[64];
    private int _mask = 63;

    /// <summary>Distinct scores held.</summary>
    public int Distinct { get; private set; }

    /// <summary>Counts one row; false (and nothing counted) when its score is new and the table is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Add(ulong key, bool positive, long rows = 1)
    {
        var slot = (int)(Hash(key) & (uint)_mask);
        while (true)
        {
            var held = _keys[slot];
            if (held == key)
            {
                if (positive) _positives[slot] += rows;
                else _negatives[slot] += rows;
                return true;
            }
            if (held == Empty) break;
            slot = (slot + 1) & _mask;
        }
        if (Distinct == MaxDistinct) return false;
        if ((Distinct + 1) * 2 > _keys.Length)
        {
            Grow();
            return Add(key, positive, rows);
        }
        _keys[slot] = key;
        if (positive) _positives[slot] = rows;
        else _negatives[slot] = rows;
        Distinct++;
        return true;
    }

    /// <summary>Adds every count of <paramref name="other"/>; false, with this table as it was, if they do not fit together.</summary>
    public bool TryAbsorb(ScoreCounts other)
    {
        var fresh = 0;
        foreach (var (key, _, _) in other.Entries()) if (!Contains(key)) fresh++;
        if (Distinct + fresh > MaxDistinct) return false;
        foreach (var (key, positives, negatives) in other.Entries())
        {
            if (positives > 0) Add(key, true, positives);
            if (negatives > 0) Add(key, false, negatives);
        }
        return true;
    }

    /// <summary>The held scores with their counts, in no order.</summary>
    public IEnumerable<(ulong Key, long Positives, long Negatives)> Entries()
    {
        for (var i = 0; i < _keys.Length; i++)
            if (_keys[i] != Empty) yield return (_keys[i], _positives[i], _negatives[i]);
    }

    /// <summary>The distinct scores ascending with their counts.</summary>
    public ScoreRuns Sorted()
    {
        var keys = new ulong[Distinct];
        var positives = new long[Distinct];
        var negatives = new long[Distinct];
        var n = 0;
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] == Empty) continue;
            keys[n] = _keys[i];
            positives[n] = _positives[i];
            negatives[n] = _negatives[i];
            n++;
        }
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(keys, order);
        return new ScoreRuns(keys, order.Select(i => positives[i]).ToArray(), order.Select(i => negatives[i]).ToArray());
    }

    private bool Contains(ulong key)
    {
        for (var slot = (int)(Hash(key) & (uint)_mask); _keys[slot] != Empty; slot = (slot + 1) & _mask)
            if (_keys[slot] == key) return true;
        return false;
    }

    private void Grow()
    {
        var (keys, positives, negatives) = (_keys, _positives, _negatives);
        _keys = new ulong[keys.Length * 2];
        _positives = new long[keys.Length * 2];
        _negatives = new long[keys.Length * 2];
        _mask = _keys.Length - 1;
        Distinct = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == Empty) continue;
            var slot = (int)(Hash(keys[i]) & (uint)_mask);
            while (_keys[slot] != Empty) slot = (slot + 1) & _mask;
            (_keys[slot], _positives[slot], _negatives[slot]) = (keys[i], positives[i], negatives[i]);
            Distinct++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ulong key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdUL;
        return key ^ (key >> 33);
    }
}

/// <summary>Distinct scores ascending, with the rows of each class at each.</summary>
internal readonly record struct ScoreRuns(ulong[] Keys, long[] Positives, long[] Negatives);
