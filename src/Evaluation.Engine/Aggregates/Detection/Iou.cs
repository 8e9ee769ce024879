namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>Intersection over union of two boxes.</summary>
internal static class Iou
{
    /// <summary>
    /// intersection / (w₁h₁ + w₂h₂ − intersection), and 0 when that union is 0 (two boxes of
    /// zero area), so a degenerate box never matches anything.
    /// </summary>
    public static double Of(in DetectionBox a, in DetectionBox b)
    {
        var width = Math.Min(a.Left + a.Width, b.Left + b.Width) - Math.Max(a.Left, b.Left);
        var height = Math.Min(a.Top + a.Height, b.Top + b.Height) - Math.Max(a.Top, b.Top);
        var intersection = width > 0 && height > 0 ? width * height : 0;
        var union = a.Width * a.Height + b.Width * b.Height - intersection;
        return union > 0 ? intersection / union : 0;
    }
}
