using Evaluation.Engine.Aggregates.Detection;
using Xunit;

namespace Evaluation.Engine.Tests.Aggregates.Detection;

/// <summary>
/// The kernel against a reference written the plainest way: for every threshold, every class
/// and every image, lists and LINQ, corners instead of sizes, a pycocotools-style precision
/// envelope and VOC-style recall differences, on random groups with heavy confidence ties.
/// </summary>
public sealed class ReferenceMeanAveragePrecisionTests
{
    private const int Cases = 200;

    [Theory]
    [InlineData("coco", "all_point")]
    [InlineData("coco", "101_point")]
    [InlineData("voc", "all_point")]
    [InlineData("voc", "101_point")]
    public void Random_groups_agree_with_the_reference(string matchingName, string interpolationName)
    {
        var matching = Boxes.Matching(matchingName);
        var interpolation = Boxes.Interpolation(interpolationName);
        var undefined = 0;
        for (var seed = 0; seed < Cases; seed++)
        {
            var (images, thresholds) = RandomImages.Generate(seed);
            var state = Boxes.State(thresholds, matching, images);
            var expected = Reference.PerClassPerThreshold(images, thresholds, matching, interpolation);

            var result = state.Compute(interpolation);
            if (expected.Count == 0)
            {
                undefined++;
                Assert.True(double.IsNaN(result.Value), $"seed {seed}");
                Assert.Equal("no ground-truth box in the group", result.UndefinedReason);
                Assert.Empty(state.PerClass(interpolation));
                continue;
            }
            var map = Enumerable.Range(0, thresholds.Count).Average(t => expected.Values.Average(ap => ap[t]));
            AssertClose(map, result.Value, $"seed {seed}: mAP");
            Assert.Null(result.UndefinedReason);
            Assert.Equal(expected.Count, result.Classes);

            var perClass = state.PerClass(interpolation);
            Assert.Equal(expected.Keys.Order(), perClass.Select(c => c.ClassId));
            foreach (var (classId, value) in perClass)
                AssertClose(expected[classId].Average(), value, $"seed {seed}: class {classId}");
        }
        // The generator must produce both kinds of group, or half the contract goes untested.
        Assert.InRange(undefined, 1, Cases / 4);
    }

    [Fact]
    public void A_large_group_agrees_with_the_reference()
    {
        // Enough detections per class to fill and close several chunks.
        var images = Enumerable.Range(0, 400).SelectMany(seed => RandomImages.Generate(1000 + seed, maxImages: 40, maxBoxes: 12).Images).ToArray();
        foreach (var matching in new[] { BoxMatching.Coco, BoxMatching.Voc })
        {
            var state = Boxes.State(DetectionMatches.CocoThresholds, matching, images);
            foreach (var interpolation in new[] { PrecisionInterpolation.AllPoint, PrecisionInterpolation.Point101 })
            {
                var expected = Reference.PerClassPerThreshold(images, DetectionMatches.CocoThresholds, matching, interpolation);
                var map = Enumerable.Range(0, 10).Average(t => expected.Values.Average(ap => ap[t]));
                AssertClose(map, state.Compute(interpolation).Value, $"{matching} {interpolation}");
            }
        }
    }

    internal static void AssertClose(double expected, double actual, string what)
    {
        var scale = Math.Max(Math.Abs(expected), Math.Abs(actual));
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * scale, $"{what}: expected {expected:R}, got {actual:R}");
    }

    /// <summary>mAP by its definition, slowly. Shares no code with the kernel.</summary>
    internal static class Reference
    {
        /// <summary>Per class with ground truth: its AP at each threshold.</summary>
        public static Dictionary<long, double[]> PerClassPerThreshold(IReadOnlyList<Image> images, IReadOnlyList<double> thresholds,
            BoxMatching matching, PrecisionInterpolation interpolation)
        {
            var classes = images.SelectMany(i => i.Truth).Select(b => b.ClassId).Distinct().ToList();
            var result = classes.ToDictionary(c => c, _ => new double[thresholds.Count]);
            for (var t = 0; t < thresholds.Count; t++)
            {
                foreach (var classId in classes)
                {
                    var scored = new List<(double Confidence, bool TruePositive)>();
                    var groundTruth = 0;
                    foreach (var image in images)
                    {
                        var truth = image.Truth.Where(b => b.ClassId == classId).ToList();
                        groundTruth += truth.Count;
                        var detections = image.Detected.Where(b => b.ClassId == classId).OrderByDescending(b => b.Confidence).ToList();
                        var taken = new bool[truth.Count];
                        foreach (var detection in detections)
                        {
                            var ious = truth.Select(g => IntersectionOverUnion(detection, g)).ToList();
                            var chosen = matching == BoxMatching.Coco ? CocoChoice(ious, taken, thresholds[t]) : VocChoice(ious, taken, thresholds[t]);
                            if (chosen >= 0)
                                taken[chosen] = true;
                            scored.Add((detection.Confidence, chosen >= 0));
                        }
                    }
                    result[classId][t] = AveragePrecision(scored, groundTruth, interpolation);
                }
            }
            return result;
        }

        private static int CocoChoice(List<double> ious, bool[] taken, double threshold) =>
            Enumerable.Range(0, ious.Count)
                .Where(j => !taken[j] && ious[j] >= threshold)
                .OrderByDescending(j => ious[j]).ThenBy(j => j)
                .DefaultIfEmpty(-1).First();

        private static int VocChoice(List<double> ious, bool[] taken, double threshold)
        {
            if (ious.Count == 0)
                return -1;
            var best = ious.IndexOf(ious.Max());
            return ious[best] >= threshold && !taken[best] ? best : -1;
        }

        private static double IntersectionOverUnion(DetectionBox a, DetectionBox b)
        {
            double ax2 = a.Left + a.Width, ay2 = a.Top + a.Height, bx2 = b.Left + b.Width, by2 = b.Top + b.Height;
            var overlapX = Math.Max(0, Math.Min(ax2, bx2) - Math.Max(a.Left, b.Left));
            var overlapY = Math.Max(0, Math.Min(ay2, by2) - Math.Max(a.Top, b.Top));
            var intersection = overlapX * overlapY;
            var union = a.Width * a.Height + b.Width * b.Height - intersection;
            return union == 0 ? 0 : intersection / union;
        }

        private static double AveragePrecision(List<(double Confidence, bool TruePositive)> scored, int groundTruth, PrecisionInterpolation interpolation)
        {
            // One point per distinct confidence, highest first: a tie group is one step.
            var recall = new List<double>();
            var precision = new List<double>();
            int truePositives = 0, seen = 0;
            foreach (var step in scored.GroupBy(s => s.Confidence).OrderByDescending(g => g.Key))
            {
                truePositives += step.Count(s => s.TruePositive);
                seen += step.Count();
                recall.Add((double)truePositives / groundTruth);
                precision.Add((double)truePositives / seen);
            }
            // pycocotools' envelope.
            for (var i = precision.Count - 1; i > 0; i--)
            {
                if (precision[i] > precision[i - 1])
                    precision[i - 1] = precision[i];
            }
            if (interpolation == PrecisionInterpolation.AllPoint)
            {
                // VOC's sum over the points where recall changes.
                var mrec = new List<double> { 0 };
                mrec.AddRange(recall);
                double ap = 0;
                for (var i = 1; i < mrec.Count; i++)
                {
                    if (mrec[i] != mrec[i - 1])
                        ap += (mrec[i] - mrec[i - 1]) * precision[i - 1];
                }
                return ap;
            }
            // pycocotools: searchsorted(recall, recThrs, side='left'), 0 past the end.
            var q = new double[101];
            for (var k = 0; k <= 100; k++)
            {
                var r = k == 100 ? 1.0 : k * (1.0 / 100);
                var index = recall.FindIndex(x => x >= r);
                q[k] = index < 0 ? 0 : precision[index];
            }
            return q.Average();
        }
    }
}
