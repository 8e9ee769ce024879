namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>
/// The average precision of one class from its detections' confidences and true-positive masks.
/// Detections of equal confidence form one step: precision and recall are read only after the
/// whole tie group, so the order within it (and so the order rows arrived in) cannot matter, and
/// every count is an integer, so the result is the same to the bit however the detections were
/// gathered.
/// </summary>
internal static class AveragePrecision
{
    /// <summary>COCO's 101 recall points, 0, 0.01, …, 1, as numpy's linspace computes them.</summary>
    private static readonly double[] RecallPoints = Linspace.Of(0, 1, 101);

    /// <summary>
    /// Writes into <paramref name="ap"/>[t] the AP at threshold t (bit t of the masks). Sorts the
    /// two spans together by confidence. A class without detections has AP 0.
    /// </summary>
    public static void PerThreshold(Span<double> confidences, Span<ushort> truePositives, long groundTruth,
        PrecisionInterpolation interpolation, Span<double> ap)
    {
        confidences.Sort(truePositives);
        var count = confidences.Length;
        // Walked from the end: steps[n] = detections ranked above the end of step n (confidence descending).
        var steps = new int[count];
        var stepCount = 0;
        for (var i = count - 1; i >= 0; i--)
        {
            if (i == 0 || confidences[i - 1] != confidences[i])
                steps[stepCount++] = count - i;
        }
        var truePositiveCounts = new long[stepCount];
        var precision = new double[stepCount];
        for (var t = 0; t < ap.Length; t++)
        {
            var bit = 1 << t;
            long found = 0;
            var ranked = 0;
            for (var n = 0; n < stepCount; n++)
            {
                for (; ranked < steps[n]; ranked++)
                {
                    if ((truePositives[count - 1 - ranked] & bit) != 0)
                        found++;
                }
                truePositiveCounts[n] = found;
                precision[n] = (double)found / ranked;
            }
            // Precision made monotone from the right: the best precision at this recall or beyond.
            for (var n = stepCount - 2; n >= 0; n--)
                precision[n] = Math.Max(precision[n], precision[n + 1]);
            ap[t] = interpolation == PrecisionInterpolation.AllPoint
                ? AllPoint(truePositiveCounts, precision, groundTruth)
                : Point101(truePositiveCounts, precision, groundTruth);
        }
    }

    private static double AllPoint(long[] truePositives, double[] interpolated, long groundTruth)
    {
        double sum = 0;
        long previous = 0;
        for (var n = 0; n < truePositives.Length; n++)
        {
            if (truePositives[n] != previous)
                sum += (double)(truePositives[n] - previous) / groundTruth * interpolated[n];
            previous = truePositives[n];
        }
        return sum;
    }

    private static double Point101(long[] truePositives, double[] interpolated, long groundTruth)
    {
        double sum = 0;
        var n = 0;
        foreach (var point in RecallPoints)
        {
            while (n < truePositives.Length && (double)truePositives[n] / groundTruth < point)
                n++;
            if (n == truePositives.Length)
                break;
            sum += interpolated[n];
        }
        return sum / RecallPoints.Length;
    }
}
