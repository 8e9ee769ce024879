using System.Buffers;

namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>
/// The mergeable state of <c>meanAveragePrecision</c> for one group: each image's detections
/// already matched to its ground truth, reduced to what average precision needs.
/// </summary>
/// <remarks>
/// <para>
/// Definition. Boxes are <c>[top_left_x, top_left_y, width, height]</c> in continuous
/// coordinates; IoU = intersection / (w₁h₁ + w₂h₂ − intersection), 0 when that union is 0; a
/// match needs IoU ≥ threshold. In each image and class, detections are taken by descending
/// confidence (ties in list order). <see cref="BoxMatching.Coco"/>: each is matched to the
/// still-unmatched ground-truth box with the highest IoU among those ≥ threshold (ties: the first
/// in list order), else it is a false positive. <see cref="BoxMatching.Voc"/>: the ground-truth
/// box with the highest IoU overall (ties: the first in list order) is taken; a true positive
/// only if that IoU ≥ threshold and the box is still unmatched, else a false positive. Matching
/// is done once per IoU threshold.
/// </para>
/// <para>
/// Per threshold and per class with at least one ground-truth box in the group, detections are
/// ranked by descending confidence, and detections of equal confidence form one step: recall
/// (TP / ground truth) and precision (TP / (TP + FP)) are read after the whole tie group. That
/// makes the result independent of the order rows arrived in, which is what lets states built on
/// different threads be absorbed in any order with a bitwise-identical result (per-class APs are
/// also summed in ascending class-id order). Precision is made monotone from the right.
/// <see cref="PrecisionInterpolation.AllPoint"/>: AP = Σ (Rₙ − Rₙ₋₁)·p_interp(n), R₀ = 0.
/// <see cref="PrecisionInterpolation.Point101"/>: the mean over r ∈ {0, 0.01, …, 1} (numpy's
/// linspace) of p_interp at the first step whose recall ≥ r, 0 when no step reaches r. A class
/// with ground truth but no detection has AP 0; a class with detections but no ground truth is
/// left out. mAP at a threshold is the mean of per-class AP; the value is the mean over the
/// thresholds. No class with ground truth: NaN, "no ground-truth box in the group".
/// </para>
/// <para>
/// Not done, unlike pycocotools: no limit on detections per image (maxDets), no area ranges, no
/// crowd or "difficult" boxes, no precision epsilon, and tied confidences are one step rather
/// than ranked by a sort's accident; unlike VOC 2007, no 11-point interpolation.
/// </para>
/// <para>Not thread-safe: one state per thread, combined with <see cref="Absorb"/>.</para>
/// </remarks>
internal sealed class DetectionMatches
{
    /// <summary>The most IoU thresholds a state holds: one bit each in a detection's mask.</summary>
    public const int MaxThresholds = 16;

    private const string NoGroundTruth = "no ground-truth box in the group";

    private readonly double[] _thresholds;
    private readonly BoxMatching _matching;
    private readonly Dictionary<long, ClassDetections> _classes = [];

    /// <summary>An empty state matching at <paramref name="iouThresholds"/> (1 to 16, each in [0, 1]).</summary>
    public DetectionMatches(IReadOnlyList<double> iouThresholds, BoxMatching matching)
    {
        ArgumentNullException.ThrowIfNull(iouThresholds);
        if (iouThresholds.Count is 0 or > MaxThresholds)
            throw new ArgumentOutOfRangeException(nameof(iouThresholds), iouThresholds.Count, $"Between 1 and {MaxThresholds} IoU thresholds are needed.");
        foreach (var threshold in iouThresholds)
        {
            if (!(threshold is >= 0 and <= 1))
                throw new ArgumentOutOfRangeException(nameof(iouThresholds), threshold, "An IoU threshold must be between 0 and 1.");
        }
        if (!Enum.IsDefined(matching))
            throw new ArgumentOutOfRangeException(nameof(matching), matching, null);
        _thresholds = [.. iouThresholds];
        _matching = matching;
    }

    /// <summary>COCO's IoU thresholds 0.50, 0.55, …, 0.95, as numpy's <c>linspace(.5, .95, 10)</c> computes them.</summary>
    public static IReadOnlyList<double> CocoThresholds { get; } = Array.AsReadOnly(Linspace.Of(0.5, 0.95, 10));

    /// <summary>Images (rows) added, including those absorbed.</summary>
    public long Images { get; private set; }

    /// <summary>
    /// Adds one image. Every box is checked first; on an invalid one this throws
    /// <see cref="InvalidBoxException"/> and nothing of the image is added.
    /// </summary>
    public void AddImage(ReadOnlySpan<DetectionBox> detected, ReadOnlySpan<DetectionBox> truth)
    {
        BoxValidation.Check(detected, detected: true);
        BoxValidation.Check(truth, detected: false);

        var masks = ArrayPool<ushort>.Shared.Rent(detected.Length);
        try
        {
            var truePositives = masks.AsSpan(0, detected.Length);
            ImageMatching.Match(detected, truth, _thresholds, _matching, truePositives);
            // Consecutive boxes usually share a class: look the class up once per run.
            ClassDetections? current = null;
            for (var i = 0; i < detected.Length; i++)
            {
                current = ClassOf(detected[i].ClassId, current, i > 0 ? detected[i - 1].ClassId : default);
                current.Add(detected[i].Confidence, truePositives[i]);
            }
            current = null;
            for (var i = 0; i < truth.Length; i++)
            {
                current = ClassOf(truth[i].ClassId, current, i > 0 ? truth[i - 1].ClassId : default);
                current.AddGroundTruth(1);
            }
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(masks);
        }
        Images++;
    }

    /// <summary>
    /// Moves everything <paramref name="other"/> holds into this state and leaves it empty. Only
    /// small partly filled chunks are copied; the rest moves by reference. Both must have been
    /// made with the same thresholds and matching.
    /// </summary>
    public void Absorb(DetectionMatches other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
            throw new ArgumentException("A state cannot absorb itself.", nameof(other));
        if (other._matching != _matching || !other._thresholds.AsSpan().SequenceEqual(_thresholds))
            throw new ArgumentException("Only states with the same IoU thresholds and matching can be combined.", nameof(other));
        foreach (var (classId, theirs) in other._classes)
        {
            if (_classes.TryGetValue(classId, out var mine))
                mine.Absorb(theirs);
            else
                _classes.Add(classId, theirs);
        }
        other._classes.Clear();
        Images += other.Images;
        other.Images = 0;
    }

    /// <summary>The mAP of the group (see the class remarks for the definition).</summary>
    public MeanAveragePrecisionResult Compute(PrecisionInterpolation interpolation)
    {
        var perClass = AveragePrecisions(interpolation);
        if (perClass.Count == 0)
            return new MeanAveragePrecisionResult(double.NaN, NoGroundTruth, 0);
        double total = 0;
        for (var t = 0; t < _thresholds.Length; t++)
        {
            double sum = 0;
            foreach (var (_, ap) in perClass)
                sum += ap[t];
            total += sum / perClass.Count;
        }
        return new MeanAveragePrecisionResult(total / _thresholds.Length, null, perClass.Count);
    }

    /// <summary>
    /// Each class with a ground-truth box in the group, ascending, with its AP averaged over the
    /// IoU thresholds.
    /// </summary>
    public IReadOnlyList<(long ClassId, double Value)> PerClass(PrecisionInterpolation interpolation)
    {
        var perClass = AveragePrecisions(interpolation);
        var result = new (long ClassId, double Value)[perClass.Count];
        for (var c = 0; c < perClass.Count; c++)
        {
            double sum = 0;
            foreach (var ap in perClass[c].Ap)
                sum += ap;
            result[c] = (perClass[c].ClassId, sum / _thresholds.Length);
        }
        return result;
    }

    /// <summary>AP per threshold of every class with ground truth, classes ascending. Leaves the state as it was.</summary>
    private List<(long ClassId, double[] Ap)> AveragePrecisions(PrecisionInterpolation interpolation)
    {
        if (!Enum.IsDefined(interpolation))
            throw new ArgumentOutOfRangeException(nameof(interpolation), interpolation, null);
        var result = new List<(long ClassId, double[] Ap)>();
        foreach (var (classId, detections) in _classes)
        {
            if (detections.GroundTruth == 0)
                continue;
            var count = checked((int)detections.Detections);
            var confidences = new double[count];
            var truePositives = new ushort[count];
            detections.CopyTo(confidences, truePositives);
            var ap = new double[_thresholds.Length];
            AveragePrecision.PerThreshold(confidences, truePositives, detections.GroundTruth, interpolation, ap);
            result.Add((classId, ap));
        }
        result.Sort((x, y) => x.ClassId.CompareTo(y.ClassId));
        return result;
    }

    private ClassDetections ClassOf(long classId, ClassDetections? previous, long previousClassId)
    {
        if (previous is not null && previousClassId == classId)
            return previous;
        if (!_classes.TryGetValue(classId, out var detections))
            _classes.Add(classId, detections = new ClassDetections());
        return detections;
    }
}
