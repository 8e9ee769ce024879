namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>
/// Evenly spaced numbers computed exactly as numpy's <c>linspace(start, stop, count)</c> does
/// (start + i·step, the last set to stop), so COCO's IoU thresholds and recall points — and the
/// comparisons of recalls against them — agree with pycocotools to the bit.
/// </summary>
internal static class Linspace
{
    /// <summary><paramref name="count"/> (at least 2) numbers from start to stop inclusive.</summary>
    public static double[] Of(double start, double stop, int count)
    {
        var step = (stop - start) / (count - 1);
        var values = new double[count];
        for (var i = 0; i < count; i++)
            values[i] = i * step + start;
        values[^1] = stop;
        return values;
    }
}
