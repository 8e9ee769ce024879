using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>
/// Rows counted per distinct score and class, in an open-addressing table: what AUC and average
/// precision need when scores repeat (rounded probabilities, float32 scores, a few thousand
/// distinct values over millions of rows), at the cost of one probe a row instead of 8 bytes a
/// row and a sort. A slot holds the key and both classes' counts side by side, so a probe touches
/// one cache line and a row's class picks its count without a branch. Holds at most
/// <see cref="MaxDistinct"/> scores; <see cref="Add(ulong, bool, long)"/> says when a new one does not fit, and the
/// caller falls back to collecting keys (<see cref="SortedScores"/>). Both give the same integers,
/// so the same result to the bit.
/// </summary>
internal sealed class ScoreCounts
{
    public const int MaxDistinct = 1 << 16;
    private const int SparseUpTo = 1 << 16;
    private const ulong Empty = 0; // the key of no number (it would be a NaN; NaN never gets here)

    private Slot[] _slots = new Slot[64];
    private int _mask = 63;

    /// <summary>A table of at most <see cref="MaxDistinct"/> scores.</summary>
    public ScoreCounts()
    {
    }

    /// <summary>A table that refuses a score beyond <paramref name="limit"/> distinct ones (a trial count), until <see cref="Unlimit"/>.</summary>
    public ScoreCounts(int limit) => Limit = Math.Min(limit, MaxDistinct);

    /// <summary>How many distinct scores the table takes before it refuses a new one.</summary>
    public int Limit { get; private set; } = MaxDistinct;

    /// <summary>Lets the table take up to <see cref="MaxDistinct"/> scores from now on.</summary>
    public void Unlimit() => Limit = MaxDistinct;

    /// <summary>Distinct scores held.</summary>
    public int Distinct { get; private set; }

    /// <summary>Counts one row; false (and nothing counted) when its score is new and the table is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Add(ulong key, bool positive, long rows = 1) => Add(key, positive ? 1 : 0, rows);

    /// <summary>Counts <paramref name="rows"/> rows of class <paramref name="positive"/> (1 positive, 0 negative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Add(ulong key, int positive, long rows = 1)
    {
        var slots = _slots;
        var slot = (int)(Hash(key) & (uint)_mask);
        while (true)
        {
            ref var held = ref slots[slot];
            if (held.Key == key)
            {
                Unsafe.Add(ref held.Negatives, positive) += rows;
                return true;
            }
            if (held.Key == Empty) break;
            slot = (slot + 1) & _mask;
        }
        return AddNew(key, positive, rows);
    }

    /// <summary>
    /// Counts the rows <paramref name="rows"/> of a chunk (NaN scores left out, as every caller
    /// must), a nonzero class being positive; returns how many of them it took, fewer than all
    /// when a new score did not fit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int AddRows<TClass>(ReadOnlySpan<double> scores, ReadOnlySpan<TClass> classes, ReadOnlySpan<int> rows)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var score = scores[row];
            if (double.IsNaN(score)) continue;
            if (!Add(SortableKeys.Of(score), TClass.IsZero(classes[row]) ? 0 : 1)) return i;
        }
        return rows.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool AddNew(ulong key, int positive, long rows)
    {
        if (Distinct >= Limit) return false;
        // At most a quarter full while the table is small (fewer probes: 20% faster on 10K distinct
        // scores), at most half full beyond 64K slots, so a state stays within 24 bytes a slot × 2.
        if ((Distinct + 1) * (_slots.Length < SparseUpTo ? 4 : 2) > _slots.Length) Grow();
        var slot = (int)(Hash(key) & (uint)_mask);
        while (_slots[slot].Key != Empty) slot = (slot + 1) & _mask;
        ref var fresh = ref _slots[slot];
        fresh.Key = key;
        Unsafe.Add(ref fresh.Negatives, positive) = rows;
        Distinct++;
        return true;
    }

    /// <summary>Adds every count of <paramref name="other"/>; false, with this table as it was, if they do not fit together.</summary>
    public bool TryAbsorb(ScoreCounts other)
    {
        var fresh = 0;
        foreach (var (key, _, _) in other.Entries()) if (!Contains(key)) fresh++;
        if (Distinct + fresh > Limit) return false;
        foreach (var (key, positives, negatives) in other.Entries())
        {
            if (positives > 0) Add(key, 1, positives);
            if (negatives > 0) Add(key, 0, negatives);
        }
        return true;
    }

    /// <summary>
    /// Counts the keys of class <paramref name="positive"/> (1 positive, 0 negative); false as soon
    /// as one does not fit (the table then holds some of them: a trial table is dropped).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAddKeys(ReadOnlySpan<ScoreKey> keys, int positive)
    {
        foreach (var key in keys)
            if (!Add(key.Key, positive)) return false;
        return true;
    }

    /// <summary>The held scores with their counts, in no order.</summary>
    public IEnumerable<(ulong Key, long Positives, long Negatives)> Entries()
    {
        for (var i = 0; i < _slots.Length; i++)
            if (_slots[i].Key != Empty) yield return (_slots[i].Key, _slots[i].Positives, _slots[i].Negatives);
    }

    /// <summary>The distinct scores ascending with their counts.</summary>
    public ScoreRuns Sorted()
    {
        var held = new CountedScore[Distinct];
        var n = 0;
        foreach (var slot in _slots)
            if (slot.Key != Empty) held[n++] = new CountedScore(slot.Key, slot.Negatives, slot.Positives);
        return CountedScore.Runs(held);
    }

    private bool Contains(ulong key)
    {
        for (var slot = (int)(Hash(key) & (uint)_mask); _slots[slot].Key != Empty; slot = (slot + 1) & _mask)
            if (_slots[slot].Key == key) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        // Written before it is probed: a large array comes on fresh pages, and reading them first
        // maps the shared zero page, so the first write then breaks copy-on-write with a TLB
        // shootdown on every other core (measured: ~4% of an AUC query's CPU, in the kernel).
        _slots.AsSpan().Clear();
        _mask = _slots.Length - 1;
        foreach (var held in old)
        {
            if (held.Key == Empty) continue;
            var slot = (int)(Hash(held.Key) & (uint)_mask);
            while (_slots[slot].Key != Empty) slot = (slot + 1) & _mask;
            _slots[slot] = held;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ulong key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdUL;
        return key ^ (key >> 33);
    }

    /// <summary>A distinct score and its rows of each class; the counts sit in class order (negatives, positives).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Key;
        public long Negatives;
        public long Positives;
    }
}

/// <summary>Distinct scores ascending, with the rows of each class at each.</summary>
internal readonly record struct ScoreRuns(ulong[] Keys, long[] Positives, long[] Negatives);
