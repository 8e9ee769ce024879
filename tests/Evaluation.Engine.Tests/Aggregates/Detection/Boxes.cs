using Evaluation.Engine.Aggregates.Detection;

namespace Evaluation.Engine.Tests.Aggregates.Detection;

/// <summary>One image of a test: its detections and its ground-truth boxes.</summary>
internal sealed record Image(DetectionBox[] Detected, DetectionBox[] Truth);

/// <summary>Short ways to write boxes, images and the language's names for the variants.</summary>
internal static class Boxes
{
    public static DetectionBox Det(long classId, double confidence, double left, double top, double width, double height) =>
        new(classId, confidence, left, top, width, height);

    public static DetectionBox Truth(long classId, double left, double top, double width, double height) =>
        new(classId, 0, left, top, width, height);

    public static Image Image(DetectionBox[] detected, DetectionBox[] truth) => new(detected, truth);

    public static BoxMatching Matching(string name) => name switch
    {
        "coco" => BoxMatching.Coco,
        "voc" => BoxMatching.Voc,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static PrecisionInterpolation Interpolation(string name) => name switch
    {
        "all_point" => PrecisionInterpolation.AllPoint,
        "101_point" => PrecisionInterpolation.Point101,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static DetectionMatches State(IReadOnlyList<double> thresholds, BoxMatching matching, IEnumerable<Image> images)
    {
        var state = new DetectionMatches(thresholds, matching);
        foreach (var image in images)
            state.AddImage(image.Detected, image.Truth);
        return state;
    }
}
