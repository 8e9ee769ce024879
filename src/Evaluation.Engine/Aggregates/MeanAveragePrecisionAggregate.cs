using Evaluation.Engine.Aggregates.Detection;
using Evaluation.Engine.DuckDb;

namespace Evaluation.Engine.Aggregates;

/// <summary>A group's matched detections so far, and buffers reused for each row's boxes.</summary>
internal sealed class DetectionState
{
    private DetectionBox[] _detected = new DetectionBox[16];
    private DetectionBox[] _truth = new DetectionBox[16];

    public DetectionMatches? Matches { get; set; }
    public double? Iou { get; set; }

    /// <summary>Room for a row's boxes, reused row after row (grown, never shrunk).</summary>
    public Span<DetectionBox> Buffer(bool detected, int count)
    {
        ref var buffer = ref detected ? ref _detected : ref _truth;
        if (buffer.Length < count) buffer = new DetectionBox[Math.Max(count, buffer.Length * 2)];
        return buffer.AsSpan(0, count);
    }
}

/// <summary>
/// <c>evalq_map_{coco|voc}_{all_point|101_point}(detected LIST(STRUCT), truth LIST(STRUCT), iou DOUBLE)</c>:
/// meanAveragePrecision of a group, one row per image (<see cref="DetectionMatches"/> holds the
/// definition). The matching rule and interpolation are in the name (four registrations), the IoU
/// threshold is an argument, the same bound value in every row; NULL means COCO's 0.50:0.95 range.
/// Rows whose detected or ground-truth list is NULL are left out; a NULL box or field, a
/// non-finite coordinate or a negative size fails the query with what is wrong and where in the row.
/// </summary>
internal sealed class MeanAveragePrecisionAggregate(BoxMatching matching, PrecisionInterpolation interpolation)
    : NativeAggregate<DetectionState>(NameOf(matching, interpolation), AggregateArgument.DetectedBoxes, AggregateArgument.TruthBoxes, AggregateArgument.Double)
{
    public static string NameOf(BoxMatching matching, PrecisionInterpolation interpolation) =>
        "evalq_map_" + (matching == BoxMatching.Coco ? "coco" : "voc") + (interpolation == PrecisionInterpolation.AllPoint ? "_all_point" : "_101_point");

    public override string DisplayName => "meanAveragePrecision";

    protected override DetectionState Create() => new();

    protected override void Update(DetectionState state, AggregateInput input, ReadOnlySpan<int> rows)
    {
        var detected = input.StructLists(0);
        var truth = input.StructLists(1);
        var iou = input.Doubles(2);
        var detectedFields = new BoxColumns(detected, withConfidence: true);
        var truthFields = new BoxColumns(truth, withConfidence: false);
        foreach (var row in rows)
        {
            if (!detected.Entries.IsValid(row) || !truth.Entries.IsValid(row)) continue;
            var rowIou = iou.IsValid(row) ? iou.Values[row] : (double?)null;
            var matches = state.Matches ??= Start(state, rowIou);
            if (rowIou != state.Iou)
                throw new InvalidOperationException("the IoU threshold changed between rows");
            matches.AddImage(Read(state, detected.Entries.Values[row], detectedFields, detected: true),
                Read(state, truth.Entries.Values[row], truthFields, detected: false));
        }
    }

    private DetectionMatches Start(DetectionState state, double? iou)
    {
        state.Iou = iou;
        return new DetectionMatches(iou is { } threshold ? new[] { threshold } : DetectionMatches.CocoThresholds, matching);
    }

    /// <summary>A row's boxes, read into the state's buffer for that list.</summary>
    private static ReadOnlySpan<DetectionBox> Read(DetectionState state, ListEntry entry, BoxColumns fields, bool detected)
    {
        var boxes = state.Buffer(detected, checked((int)entry.Length));
        var offset = checked((int)entry.Offset);
        var kind = detected ? "detected" : "ground-truth";
        for (var i = 0; i < boxes.Length; i++)
            boxes[i] = fields.Box(offset + i, kind, i + 1);
        return boxes;
    }

    protected override void Combine(DetectionState source, DetectionState target)
    {
        if (source.Matches is null) return;
        if (target.Matches is null)
        {
            target.Matches = source.Matches;
            target.Iou = source.Iou;
        }
        else target.Matches.Absorb(source.Matches);
        source.Matches = null;
    }

    protected override double? Finalize(DetectionState state) =>
        state.Matches is null ? double.NaN : state.Matches.Compute(interpolation).Value;

    /// <summary>The struct fields of a box list's elements, in <see cref="BoxFields"/> order.</summary>
    private readonly ref struct BoxColumns
    {
        private readonly ReadOnlySpan<ulong> _elements;
        private readonly FlatColumn<long> _class;
        private readonly FlatColumn<double> _confidence;
        private readonly FlatColumn<double> _x;
        private readonly FlatColumn<double> _y;
        private readonly FlatColumn<double> _width;
        private readonly FlatColumn<double> _height;
        private readonly bool _withConfidence;

        public BoxColumns(StructListColumn list, bool withConfidence)
        {
            _withConfidence = withConfidence;
            _elements = list.ElementValidity;
            var next = 0;
            _class = list.LongField(next++);
            _confidence = withConfidence ? list.DoubleField(next++) : default;
            _x = list.DoubleField(next++);
            _y = list.DoubleField(next++);
            _width = list.DoubleField(next++);
            _height = list.DoubleField(next);
        }

        public DetectionBox Box(int element, string kind, int number)
        {
            if (!_elements.IsEmpty && ((_elements[element >> 6] >> (element & 63)) & 1) == 0)
                throw new InvalidBoxException($"{kind} box {number} is NULL");
            return new DetectionBox(
                Value(_class, element, kind, number, "class_id"),
                _withConfidence ? Value(_confidence, element, kind, number, "confidence") : 0,
                Value(_x, element, kind, number, "top_left_x"),
                Value(_y, element, kind, number, "top_left_y"),
                Value(_width, element, kind, number, "width"),
                Value(_height, element, kind, number, "height"));
        }

        private static T Value<T>(FlatColumn<T> column, int element, string kind, int number, string field) where T : unmanaged =>
            column.IsValid(element) ? column.Values[element] : throw new InvalidBoxException($"{kind} box {number} has a NULL {field}");
    }
}
