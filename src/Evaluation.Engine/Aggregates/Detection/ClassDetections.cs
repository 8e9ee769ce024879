namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>
/// What one class of a <see cref="DetectionMatches"/> keeps: its ground-truth count and, per
/// detection, only the confidence and the true-positive mask (bit t: a true positive at IoU
/// threshold t), ten bytes, in chunks of parallel arrays. Absorbing another class moves its full
/// chunks by reference; only the two still-open chunks are merged, the smaller copied into the
/// larger, so a detection is copied a bounded number of times however the states are combined.
/// </summary>
internal sealed class ClassDetections
{
    private const int FirstChunk = 16;

    /// <summary>Chunks stop growing here; a full one is moved, never copied again.</summary>
    private const int LargestChunk = 4096;

    private readonly List<Chunk> _closed = [];
    private Chunk? _open;

    /// <summary>Ground-truth boxes of this class.</summary>
    public long GroundTruth { get; private set; }

    /// <summary>Detections of this class.</summary>
    public long Detections { get; private set; }

    /// <summary>Counts <paramref name="boxes"/> more ground-truth boxes.</summary>
    public void AddGroundTruth(int boxes) => GroundTruth += boxes;

    /// <summary>Keeps one detection.</summary>
    public void Add(double confidence, ushort truePositives)
    {
        if (_open is null)
            _open = new Chunk(FirstChunk);
        else if (_open.Count == _open.Capacity)
        {
            if (_open.Capacity < LargestChunk)
                _open.Grow(_open.Capacity * 2);
            else
            {
                _closed.Add(_open);
                _open = new Chunk(LargestChunk);
            }
        }
        _open.Append(confidence, truePositives);
        Detections++;
    }

    /// <summary>Moves everything <paramref name="other"/> holds into this one and empties it.</summary>
    public void Absorb(ClassDetections other)
    {
        GroundTruth += other.GroundTruth;
        Detections += other.Detections;
        _closed.AddRange(other._closed);
        _open = Merge(_open, other._open);
        other._closed.Clear();
        other._open = null;
        other.GroundTruth = 0;
        other.Detections = 0;
    }

    /// <summary>Copies every detection, in no particular order, into the two spans.</summary>
    public void CopyTo(Span<double> confidences, Span<ushort> truePositives)
    {
        var at = 0;
        foreach (var chunk in _closed)
            at = chunk.CopyTo(confidences, truePositives, at);
        _open?.CopyTo(confidences, truePositives, at);
    }

    private Chunk? Merge(Chunk? mine, Chunk? theirs)
    {
        if (mine is null || theirs is null)
            return mine ?? theirs;
        var (large, small) = mine.Count >= theirs.Count ? (mine, theirs) : (theirs, mine);
        var needed = large.Count + small.Count;
        if (needed > LargestChunk)
        {
            // Both are at least half full of a large chunk's worth: close the larger, keep the other open.
            _closed.Add(large);
            return small;
        }
        if (needed > large.Capacity)
            large.Grow(Math.Min(LargestChunk, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)needed)));
        large.AppendAll(small);
        return large;
    }

    private sealed class Chunk(int capacity)
    {
        private double[] _confidences = new double[capacity];
        private ushort[] _truePositives = new ushort[capacity];

        public int Count { get; private set; }

        public int Capacity => _confidences.Length;

        public void Append(double confidence, ushort truePositives)
        {
            _confidences[Count] = confidence;
            _truePositives[Count] = truePositives;
            Count++;
        }

        public void AppendAll(Chunk other)
        {
            other._confidences.AsSpan(0, other.Count).CopyTo(_confidences.AsSpan(Count));
            other._truePositives.AsSpan(0, other.Count).CopyTo(_truePositives.AsSpan(Count));
            Count += other.Count;
        }

        public void Grow(int capacity)
        {
            Array.Resize(ref _confidences, capacity);
            Array.Resize(ref _truePositives, capacity);
        }

        public int CopyTo(Span<double> confidences, Span<ushort> truePositives, int at)
        {
            _confidences.AsSpan(0, Count).CopyTo(confidences[at..]);
            _truePositives.AsSpan(0, Count).CopyTo(truePositives[at..]);
            return at + Count;
        }
    }
}
