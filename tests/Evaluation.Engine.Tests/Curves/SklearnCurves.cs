namespace Evaluation.Engine.Tests.Curves;

/// <summary>
/// scikit-learn's <c>roc_curve</c> (drop_intermediate=True, first threshold +inf) and
/// <c>precision_recall_curve</c>, transcribed line by line from its NumPy code over plain arrays:
/// the oracle the engine's SQL is checked against.
/// </summary>
internal static class SklearnCurves
{
    /// <summary><c>_binary_clf_curve</c>: FP and TP at each distinct score, highest first.</summary>
    public static (double[] Fps, double[] Tps, double[] Thresholds) BinaryClfCurve(bool[] yTrue, double[] yScore, double[]? weight)
    {
        // np.argsort(y_score, kind="mergesort")[::-1]: a stable sort, reversed.
        var order = Enumerable.Range(0, yScore.Length).OrderBy(i => yScore[i]).ToArray();
        Array.Reverse(order);
        var score = order.Select(i => yScore[i]).ToArray();
        var truth = order.Select(i => yTrue[i]).ToArray();
        var w = order.Select(i => weight?[i] ?? 1.0).ToArray();
        var thresholdIdxs = new List<int>();
        for (var i = 0; i < score.Length - 1; i++)
            if (score[i + 1] - score[i] != 0) thresholdIdxs.Add(i);
        thresholdIdxs.Add(score.Length - 1);
        var cumTrue = new double[score.Length];
        var cumFalse = new double[score.Length];
        double t = 0, f = 0;
        for (var i = 0; i < score.Length; i++)
        {
            t += truth[i] ? w[i] : 0;
            f += truth[i] ? 0 : w[i];
            cumTrue[i] = t;
            cumFalse[i] = f;
        }
        var tps = thresholdIdxs.Select(i => cumTrue[i]).ToArray();
        var fps = weight is null ? thresholdIdxs.Select((i, k) => 1 + i - tps[k]).ToArray() : thresholdIdxs.Select(i => cumFalse[i]).ToArray();
        return (fps, tps, thresholdIdxs.Select(i => score[i]).ToArray());
    }

    public static (double[] Fpr, double[] Tpr, double[] Thresholds) RocCurve(bool[] yTrue, double[] yScore, double[]? weight = null)
    {
        var (fps, tps, thresholds) = BinaryClfCurve(yTrue, yScore, weight);
        if (fps.Length > 2)
        {
            // np.r_[True, np.logical_or(np.diff(fps, 2), np.diff(tps, 2)), True]
            var keep = new List<int> { 0 };
            for (var i = 1; i < fps.Length - 1; i++)
            {
                var d2f = fps[i + 1] - fps[i] - (fps[i] - fps[i - 1]);
                var d2t = tps[i + 1] - tps[i] - (tps[i] - tps[i - 1]);
                if (d2f != 0 || d2t != 0) keep.Add(i);
            }
            keep.Add(fps.Length - 1);
            fps = keep.Select(i => fps[i]).ToArray();
            tps = keep.Select(i => tps[i]).ToArray();
            thresholds = keep.Select(i => thresholds[i]).ToArray();
        }
        fps = fps.Prepend(0).ToArray();
        tps = tps.Prepend(0).ToArray();
        thresholds = thresholds.Prepend(double.PositiveInfinity).ToArray();
        var fpr = fps[^1] <= 0 ? fps.Select(_ => double.NaN).ToArray() : fps.Select(x => x / fps[^1]).ToArray();
        var tpr = tps[^1] <= 0 ? tps.Select(_ => double.NaN).ToArray() : tps.Select(x => x / tps[^1]).ToArray();
        return (fpr, tpr, thresholds);
    }

    /// <summary>Precision and recall with one more point (1, 0) than thresholds, as scikit-learn returns them.</summary>
    public static (double[] Precision, double[] Recall, double[] Thresholds) PrecisionRecallCurve(bool[] yTrue, double[] yScore, double[]? weight = null)
    {
        var (fps, tps, thresholds) = BinaryClfCurve(yTrue, yScore, weight);
        var precision = tps.Select((tp, i) => tp + fps[i] != 0 ? tp / (tp + fps[i]) : 0).ToArray();
        var recall = tps[^1] == 0 ? tps.Select(_ => 1.0).ToArray() : tps.Select(tp => tp / tps[^1]).ToArray();
        // last_ind = tps.searchsorted(tps[-1]); sl = slice(last_ind, None, -1)
        var lastInd = Array.FindIndex(tps, tp => tp >= tps[^1]);
        var slice = Enumerable.Range(0, lastInd + 1).Reverse().ToArray();
        return (slice.Select(i => precision[i]).Append(1).ToArray(), slice.Select(i => recall[i]).Append(0).ToArray(), slice.Select(i => thresholds[i]).ToArray());
    }
}
