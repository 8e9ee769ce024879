namespace Evaluation.Engine.Aggregates;

/// <summary>An element sorted by an unsigned 64-bit key (<see cref="SortableKeys"/> for doubles).</summary>
internal interface IRadixSortable
{
    ulong RadixKey { get; }
}

/// <summary>Which key of <typeparamref name="T"/> to sort by, when an element has more than one.</summary>
internal interface IRadixKey<T>
{
    static abstract ulong Of(in T item);
}

/// <summary>An <see cref="IRadixSortable"/> element's own key.</summary>
internal readonly struct OwnKey<T> : IRadixKey<T> where T : struct, IRadixSortable
{
    public static ulong Of(in T item) => item.RadixKey;
}

/// <summary>
/// In-place most-significant-digit radix sort (American flag sort) on 64-bit keys, a byte per
/// level: linear in the input for the keys scores have, and no second buffer, so sorting a column
/// costs no memory beyond the column (the AUC aggregate's memory budget depends on it). Bytes
/// every key shares are skipped without moving anything; small buckets finish by insertion sort;
/// a large input sorts its top-level buckets on the thread pool. Not stable: equal keys are equal
/// elements for every caller, or the caller orders ties itself.
/// </summary>
internal static class RadixSort
{
    private const int InsertionLimit = 48;
    private const int ParallelLimit = 1 << 20;
    private const int ScatterFrom = 1 << 12;
    private const int ScatterUpTo = 1 << 20;

    /// <summary>Sorts the first <paramref name="length"/> items of <paramref name="items"/> by key.</summary>
    public static void Sort<T>(T[] items, int length) where T : struct, IRadixSortable => Sort<T, OwnKey<T>>(items, length);

    /// <summary>Sorts the first <paramref name="length"/> items of <paramref name="items"/> by <typeparamref name="TKey"/>.</summary>
    public static void Sort<T, TKey>(T[] items, int length) where T : struct where TKey : struct, IRadixKey<T>
    {
        var span = items.AsSpan(0, length);
        if (length < 2) return;
        // Start at the highest byte where keys differ: scores in [0, 1] share their top bits.
        var first = TKey.Of(span[0]);
        ulong differing = 0;
        foreach (var item in span) differing |= TKey.Of(item) ^ first;
        if (differing == 0) return;
        var shift = (63 - System.Numerics.BitOperations.LeadingZeroCount(differing)) / 8 * 8;
        if (length < ParallelLimit)
        {
            SortLevel<T, TKey>(span, shift);
            return;
        }

        var counts = new int[256];
        while (!Histogram<T, TKey>(span, shift, counts))
        {
            if (shift == 0) return;
            shift -= 8;
        }
        Permute<T, TKey>(span, shift, counts);
        if (shift == 0) return;
        var buckets = new List<(int Start, int Length)>();
        var start = 0;
        foreach (var count in counts)
        {
            if (count > 1) buckets.Add((start, count));
            start += count;
        }
        Parallel.ForEach(buckets, bucket => SortLevel<T, TKey>(items.AsSpan(bucket.Start, bucket.Length), shift - 8));
    }

    /// <summary>
    /// The items of <paramref name="blocks"/> in one sorted array: a large input is scattered from
    /// its blocks straight into the buckets of its highest differing byte (gathering the blocks and
    /// the first level of the sort in one pass), each block let go once it is read; the buckets then
    /// sort in place on the thread pool. <paramref name="blocks"/> is left empty.
    /// </summary>
    public static T[] SortedCopy<T>(List<(T[] Values, int Count)> blocks) where T : struct, IRadixSortable
    {
        long total = 0;
        foreach (var (_, count) in blocks) total += count;
        var sorted = GC.AllocateUninitializedArray<T>(checked((int)total));
        if (total < ParallelLimit)
        {
            Sort(Gathered(blocks, sorted), sorted.Length);
            return sorted;
        }

        var first = blocks.First(b => b.Count > 0).Values[0].RadixKey;
        ulong differing = 0;
        foreach (var (values, count) in blocks)
            foreach (var item in values.AsSpan(0, count)) differing |= item.RadixKey ^ first;
        if (differing == 0) return Gathered(blocks, sorted);
        var shift = (63 - System.Numerics.BitOperations.LeadingZeroCount(differing)) / 8 * 8;
        var counts = new int[256];
        foreach (var (values, count) in blocks)
            foreach (var item in values.AsSpan(0, count)) counts[(int)(item.RadixKey >> shift) & 0xFF]++;
        var heads = new int[256];
        for (var b = 1; b < 256; b++) heads[b] = heads[b - 1] + counts[b - 1];
        for (var i = 0; i < blocks.Count; i++)
        {
            foreach (var item in blocks[i].Values.AsSpan(0, blocks[i].Count)) sorted[heads[(int)(item.RadixKey >> shift) & 0xFF]++] = item;
            blocks[i] = (Array.Empty<T>(), 0);
        }
        blocks.Clear();
        if (shift == 0) return sorted;
        var buckets = new List<(int Start, int Length)>();
        var start = 0;
        foreach (var count in counts)
        {
            if (count > 1) buckets.Add((start, count));
            start += count;
        }
        Parallel.ForEach(buckets, bucket => SortLevel<T, OwnKey<T>>(sorted.AsSpan(bucket.Start, bucket.Length), shift - 8));
        return sorted;
    }

    /// <summary>Copies the blocks one after another into <paramref name="into"/>, letting each go once copied.</summary>
    private static T[] Gathered<T>(List<(T[] Values, int Count)> blocks, T[] into) where T : struct
    {
        var position = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i].Values.AsSpan(0, blocks[i].Count).CopyTo(into.AsSpan(position));
            position += blocks[i].Count;
            blocks[i] = (Array.Empty<T>(), 0);
        }
        blocks.Clear();
        return into;
    }

    private static void SortLevel<T, TKey>(Span<T> items, int shift) where T : struct where TKey : struct, IRadixKey<T>
    {
        if (items.Length <= InsertionLimit)
        {
            InsertionSort<T, TKey>(items);
            return;
        }
        // Skip to the highest byte where this bucket's keys differ (a bucket of one repeated key ends here).
        var first = TKey.Of(items[0]);
        ulong differing = 0;
        foreach (var item in items) differing |= TKey.Of(item) ^ first;
        if (differing == 0) return;
        shift = Math.Min(shift, (63 - System.Numerics.BitOperations.LeadingZeroCount(differing)) / 8 * 8);
        Span<int> counts = stackalloc int[256];
        Histogram<T, TKey>(items, shift, counts);
        if (items.Length is >= ScatterFrom and <= ScatterUpTo) Scatter<T, TKey>(items, shift, counts);
        else Permute<T, TKey>(items, shift, counts);
        if (shift == 0) return;
        var start = 0;
        foreach (var count in counts)
        {
            if (count > 1) SortLevel<T, TKey>(items.Slice(start, count), shift - 8);
            start += count;
        }
    }

    /// <summary>Counts the keys' byte at <paramref name="shift"/>; false when every key has the same byte there.</summary>
    private static bool Histogram<T, TKey>(Span<T> items, int shift, Span<int> counts) where T : struct where TKey : struct, IRadixKey<T>
    {
        counts.Clear();
        foreach (var item in items) counts[(int)(TKey.Of(item) >> shift) & 0xFF]++;
        return counts[(int)(TKey.Of(items[0]) >> shift) & 0xFF] != items.Length;
    }

    /// <summary>
    /// Moves every item into its byte's bucket through a scratch array (rented, at most
    /// <see cref="ScatterUpTo"/> items a thread): sequential writes to 256 streams cost far less than
    /// the in-place permutation's random swaps once a bucket outgrows the cache, and the bound keeps
    /// the extra memory small whatever the input's size.
    /// </summary>
    private static void Scatter<T, TKey>(Span<T> items, int shift, ReadOnlySpan<int> counts) where T : struct where TKey : struct, IRadixKey<T>
    {
        var scratch = System.Buffers.ArrayPool<T>.Shared.Rent(items.Length);
        Span<int> heads = stackalloc int[256];
        var position = 0;
        for (var b = 0; b < 256; b++)
        {
            heads[b] = position;
            position += counts[b];
        }
        foreach (var item in items) scratch[heads[(int)(TKey.Of(item) >> shift) & 0xFF]++] = item;
        scratch.AsSpan(0, items.Length).CopyTo(items);
        System.Buffers.ArrayPool<T>.Shared.Return(scratch);
    }

    /// <summary>Moves every item into its byte's bucket, in place, following cycles.</summary>
    private static void Permute<T, TKey>(Span<T> items, int shift, ReadOnlySpan<int> counts) where T : struct where TKey : struct, IRadixKey<T>
    {
        Span<int> heads = stackalloc int[256];
        Span<int> ends = stackalloc int[256];
        var position = 0;
        for (var b = 0; b < 256; b++)
        {
            heads[b] = position;
            position += counts[b];
            ends[b] = position;
        }
        for (var b = 0; b < 256; b++)
        {
            while (heads[b] < ends[b])
            {
                var value = items[heads[b]];
                var digit = (int)(TKey.Of(value) >> shift) & 0xFF;
                while (digit != b)
                {
                    (value, items[heads[digit]]) = (items[heads[digit]], value);
                    heads[digit]++;
                    digit = (int)(TKey.Of(value) >> shift) & 0xFF;
                }
                items[heads[b]++] = value;
            }
        }
    }

    private static void InsertionSort<T, TKey>(Span<T> items) where T : struct where TKey : struct, IRadixKey<T>
    {
        for (var i = 1; i < items.Length; i++)
        {
            var value = items[i];
            var key = TKey.Of(value);
            var j = i - 1;
            while (j >= 0 && TKey.Of(items[j]) > key)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = value;
        }
    }
}
