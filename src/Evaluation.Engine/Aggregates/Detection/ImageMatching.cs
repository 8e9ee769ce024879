using System.Buffers;

namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>
/// Pairs the detections of one image with its ground-truth boxes, class by class and once per
/// IoU threshold, and says which detections are true positives.
/// </summary>
internal static class ImageMatching
{
    /// <summary>
    /// Sets bit t of <paramref name="truePositives"/>[i] when detection i is a true positive at
    /// <paramref name="thresholds"/>[t]. The boxes must be valid (see <see cref="BoxValidation"/>).
    /// </summary>
    public static void Match(ReadOnlySpan<DetectionBox> detected, ReadOnlySpan<DetectionBox> truth,
        ReadOnlySpan<double> thresholds, BoxMatching matching, Span<ushort> truePositives)
    {
        truePositives.Clear();
        if (detected.IsEmpty || truth.IsEmpty)
            return;

        var detectedBoxes = ArrayPool<DetectionBox>.Shared.Rent(detected.Length);
        var truthBoxes = ArrayPool<DetectionBox>.Shared.Rent(truth.Length);
        var detectedOrder = ArrayPool<int>.Shared.Rent(detected.Length);
        var truthOrder = ArrayPool<int>.Shared.Rent(truth.Length);
        try
        {
            detected.CopyTo(detectedBoxes);
            truth.CopyTo(truthBoxes);
            var detectedRank = Ranked(detectedOrder, detected.Length, new DetectionOrder(detectedBoxes));
            var truthRank = Ranked(truthOrder, truth.Length, new TruthOrder(truthBoxes));

            // Both lists are sorted by class: walk them together, one class at a time.
            int d = 0, g = 0;
            while (d < detectedRank.Length && g < truthRank.Length)
            {
                var detectedClass = detectedBoxes[detectedRank[d]].ClassId;
                var truthClass = truthBoxes[truthRank[g]].ClassId;
                var classId = Math.Min(detectedClass, truthClass);
                var detectedEnd = RunEnd(detectedRank, d, detectedBoxes, classId);
                var truthEnd = RunEnd(truthRank, g, truthBoxes, classId);
                if (detectedEnd > d && truthEnd > g)
                    MatchClass(detectedBoxes, detectedRank[d..detectedEnd], truthBoxes, truthRank[g..truthEnd], thresholds, matching, truePositives);
                d = detectedEnd;
                g = truthEnd;
            }
        }
        finally
        {
            ArrayPool<DetectionBox>.Shared.Return(detectedBoxes);
            ArrayPool<DetectionBox>.Shared.Return(truthBoxes);
            ArrayPool<int>.Shared.Return(detectedOrder);
            ArrayPool<int>.Shared.Return(truthOrder);
        }
    }

    /// <param name="detectedBoxes">Every detection of the image.</param>
    /// <param name="detectedRank">This class's detections, by descending confidence, ties in list order.</param>
    /// <param name="truthBoxes">Every ground-truth box of the image.</param>
    /// <param name="truthRank">This class's ground-truth boxes, in list order.</param>
    /// <param name="thresholds">The IoU thresholds.</param>
    /// <param name="matching">The matching rule.</param>
    /// <param name="truePositives">The masks, indexed by position in the detected list.</param>
    private static void MatchClass(DetectionBox[] detectedBoxes, ReadOnlySpan<int> detectedRank,
        DetectionBox[] truthBoxes, ReadOnlySpan<int> truthRank, ReadOnlySpan<double> thresholds,
        BoxMatching matching, Span<ushort> truePositives)
    {
        var columns = truthRank.Length;
        var ious = ArrayPool<double>.Shared.Rent(checked(detectedRank.Length * columns));
        var best = ArrayPool<int>.Shared.Rent(detectedRank.Length);
        var matched = ArrayPool<bool>.Shared.Rent(columns);
        try
        {
            for (var i = 0; i < detectedRank.Length; i++)
            {
                ref readonly var box = ref detectedBoxes[detectedRank[i]];
                var bestColumn = 0;
                for (var j = 0; j < columns; j++)
                {
                    var iou = ious[i * columns + j] = Iou.Of(box, truthBoxes[truthRank[j]]);
                    if (iou > ious[i * columns + bestColumn])
                        bestColumn = j;
                }
                best[i] = bestColumn;
            }

            for (var t = 0; t < thresholds.Length; t++)
            {
                var threshold = thresholds[t];
                var bit = (ushort)(1 << t);
                Array.Clear(matched, 0, columns);
                for (var i = 0; i < detectedRank.Length; i++)
                {
                    var row = ious.AsSpan(i * columns, columns);
                    var column = matching == BoxMatching.Coco ? BestFree(row, matched, threshold) : best[i];
                    if (column >= 0 && row[column] >= threshold && !matched[column])
                    {
                        matched[column] = true;
                        truePositives[detectedRank[i]] |= bit;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(ious);
            ArrayPool<int>.Shared.Return(best);
            ArrayPool<bool>.Shared.Return(matched);
        }
    }

    /// <summary>The unmatched box with the highest IoU at or above the threshold (the first on ties), or −1.</summary>
    private static int BestFree(ReadOnlySpan<double> row, bool[] matched, double threshold)
    {
        var found = -1;
        for (var j = 0; j < row.Length; j++)
        {
            if (!matched[j] && row[j] >= threshold && (found < 0 || row[j] > row[found]))
                found = j;
        }
        return found;
    }

    private static Span<int> Ranked<TOrder>(int[] order, int length, TOrder comparer) where TOrder : IComparer<int>
    {
        var span = order.AsSpan(0, length);
        for (var i = 0; i < length; i++)
            span[i] = i;
        span.Sort(comparer);
        return span;
    }

    private static int RunEnd(Span<int> rank, int start, DetectionBox[] boxes, long classId)
    {
        var end = start;
        while (end < rank.Length && boxes[rank[end]].ClassId == classId)
            end++;
        return end;
    }

    /// <summary>Class, then confidence descending, then list position: a total order, so the sort is stable.</summary>
    private readonly struct DetectionOrder(DetectionBox[] boxes) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byClass = boxes[x].ClassId.CompareTo(boxes[y].ClassId);
            if (byClass != 0)
                return byClass;
            var byConfidence = boxes[y].Confidence.CompareTo(boxes[x].Confidence);
            return byConfidence != 0 ? byConfidence : x.CompareTo(y);
        }
    }

    /// <summary>Class, then list position.</summary>
    private readonly struct TruthOrder(DetectionBox[] boxes) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byClass = boxes[x].ClassId.CompareTo(boxes[y].ClassId);
            return byClass != 0 ? byClass : x.CompareTo(y);
        }
    }
}
