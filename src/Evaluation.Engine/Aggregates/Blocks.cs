using System.Runtime.CompilerServices;

namespace Evaluation.Engine.Aggregates;

/// <summary>
/// An append-only sequence of values in blocks: appending never copies what is there (a growing
/// array would, and would hold up to twice the memory while it does), combining two is moving
/// block references, and <see cref="Drain"/> gathers the values into one array while letting the
/// blocks go. Blocks start small (a group of a few rows costs little) and double up to 64K values.
/// </summary>
internal sealed class Blocks<T> where T : struct
{
    private const int FirstBlock = 32;
    private const int LargestBlock = 1 << 16;

    private readonly List<(T[] Values, int Count)> _filled = new();
    private T[] _current = Array.Empty<T>();
    private int _used;

    /// <summary>The values appended.</summary>
    public long Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T value)
    {
        if (_used == _current.Length) Grow();
        _current[_used++] = value;
        Count++;
    }

    private void Grow()
    {
        if (_current.Length > 0) _filled.Add((_current, _used));
        _current = new T[_current.Length == 0 ? FirstBlock : Math.Min(_current.Length * 2, LargestBlock)];
        _used = 0;
    }

    /// <summary>Takes every value of <paramref name="other"/>, which is left empty.</summary>
    public void Absorb(Blocks<T> other)
    {
        _filled.AddRange(other._filled);
        if (other._used > 0) _filled.Add((other._current, other._used));
        Count += other.Count;
        other._filled.Clear();
        other._current = Array.Empty<T>();
        other._used = 0;
        other.Count = 0;
    }

    /// <summary>The values as they lie, without taking them: each block's used part, in no promised order.</summary>
    public IEnumerable<ReadOnlyMemory<T>> Parts()
    {
        foreach (var (values, count) in _filled) yield return values.AsMemory(0, count);
        if (_used > 0) yield return _current.AsMemory(0, _used);
    }

    /// <summary>The values as they lie: each block and how many of it are used, after which this is empty.</summary>
    public List<(T[] Values, int Count)> TakeBlocks()
    {
        var blocks = new List<(T[] Values, int Count)>(_filled);
        if (_used > 0) blocks.Add((_current, _used));
        _filled.Clear();
        _current = Array.Empty<T>();
        _used = 0;
        Count = 0;
        return blocks;
    }

    /// <summary>
    /// The values in one array (of exactly <see cref="Count"/> values, in no promised order), after
    /// which this is empty: each block is dropped as soon as it is copied.
    /// </summary>
    public T[] Drain()
    {
        var all = GC.AllocateUninitializedArray<T>(checked((int)Count)); // every slot is written below
        var position = 0;
        for (var i = 0; i < _filled.Count; i++)
        {
            var (values, count) = _filled[i];
            values.AsSpan(0, count).CopyTo(all.AsSpan(position));
            position += count;
            _filled[i] = (Array.Empty<T>(), 0);
        }
        _current.AsSpan(0, _used).CopyTo(all.AsSpan(position));
        _filled.Clear();
        _current = Array.Empty<T>();
        _used = 0;
        Count = 0;
        return all;
    }
}
