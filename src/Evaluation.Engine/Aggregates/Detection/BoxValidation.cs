using System.Globalization;

namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>
/// Refuses boxes that would turn into numbers from garbage: a coordinate or size that is not
/// finite, a negative width or height, a detection's confidence that is not finite, or a box so
/// large that its right or bottom edge or its area overflows a double.
/// </summary>
internal static class BoxValidation
{
    /// <summary>Throws <see cref="InvalidBoxException"/> naming the first invalid box of the list.</summary>
    /// <param name="boxes">The list.</param>
    /// <param name="detected">Whether these are detections (named "detected box", confidence checked) or ground truth.</param>
    public static void Check(ReadOnlySpan<DetectionBox> boxes, bool detected)
    {
        for (var i = 0; i < boxes.Length; i++)
        {
            var problem = Problem(boxes[i], detected);
            if (problem is not null)
                throw new InvalidBoxException($"{(detected ? "detected" : "ground-truth")} box {i + 1} has {problem}");
        }
    }

    private static string? Problem(in DetectionBox box, bool detected) =>
        !double.IsFinite(box.Left) ? $"a non-finite top_left_x ({Show(box.Left)})"
        : !double.IsFinite(box.Top) ? $"a non-finite top_left_y ({Show(box.Top)})"
        : !double.IsFinite(box.Width) ? $"a non-finite width ({Show(box.Width)})"
        : !double.IsFinite(box.Height) ? $"a non-finite height ({Show(box.Height)})"
        : box.Width < 0 ? $"a negative width ({Show(box.Width)})"
        : box.Height < 0 ? $"a negative height ({Show(box.Height)})"
        : detected && !double.IsFinite(box.Confidence) ? $"a non-finite confidence ({Show(box.Confidence)})"
        : !double.IsFinite(box.Left + box.Width) ? $"a right edge beyond the range of a double (top_left_x {Show(box.Left)} + width {Show(box.Width)})"
        : !double.IsFinite(box.Top + box.Height) ? $"a bottom edge beyond the range of a double (top_left_y {Show(box.Top)} + height {Show(box.Height)})"
        : !double.IsFinite(box.Width * box.Height) ? $"an area beyond the range of a double (width {Show(box.Width)} × height {Show(box.Height)})"
        : null;

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
