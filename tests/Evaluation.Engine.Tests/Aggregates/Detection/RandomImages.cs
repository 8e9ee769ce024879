using Evaluation.Engine.Aggregates.Detection;

namespace Evaluation.Engine.Tests.Aggregates.Detection;

/// <summary>
/// Random groups of images built to hit the hard cases: boxes on a coarse grid (equal IoUs,
/// zero-area boxes, exact threshold hits), detections mostly jittered copies of some ground-truth
/// box (of any class), confidences from four values (heavy ties), several class ids including
/// negative and large ones, and images or groups without ground truth.
/// </summary>
internal static class RandomImages
{
    private static readonly long[] ClassIds = [-3, 0, 7, 1_000_000_000_000];

    private static readonly IReadOnlyList<double>[] ThresholdSets =
        [DetectionMatches.CocoThresholds, [0.5], [0.75], [0.3, 0.5, 0.7], [0.0], [1.0]];

    public static (Image[] Images, IReadOnlyList<double> Thresholds) Generate(int seed, int maxImages = 7, int maxBoxes = 8)
    {
        var random = new Random(seed);
        var classes = ClassIds.OrderBy(_ => random.Next()).Take(random.Next(1, ClassIds.Length + 1)).ToArray();
        var images = new Image[random.Next(1, maxImages + 1)];
        for (var i = 0; i < images.Length; i++)
        {
            var truth = Enumerable.Range(0, random.Next(0, maxBoxes / 2 + 2))
                .Select(_ => new DetectionBox(Pick(random, classes), 0, Grid(random, 5), Grid(random, 5), Grid(random, 4), Grid(random, 4)))
                .ToArray();
            var detected = Enumerable.Range(0, random.Next(0, maxBoxes + 1))
                .Select(_ => Detection(random, classes, truth))
                .ToArray();
            images[i] = new Image(detected, truth);
        }
        return (images, ThresholdSets[random.Next(ThresholdSets.Length)]);
    }

    private static DetectionBox Detection(Random random, long[] classes, DetectionBox[] truth)
    {
        var confidence = random.Next(4) * 0.25;
        if (truth.Length > 0 && random.NextDouble() < 0.7)
        {
            var near = truth[random.Next(truth.Length)];
            var classId = random.NextDouble() < 0.8 ? near.ClassId : Pick(random, classes);
            return new DetectionBox(classId, confidence, near.Left + random.Next(-1, 2), near.Top + random.Next(-1, 2),
                Math.Max(0, near.Width + random.Next(-1, 2)), Math.Max(0, near.Height + random.Next(-1, 2)));
        }
        return new DetectionBox(Pick(random, classes), confidence, Grid(random, 5), Grid(random, 5), Grid(random, 4), Grid(random, 4));
    }

    private static long Pick(Random random, long[] classes) => classes[random.Next(classes.Length)];

    private static double Grid(Random random, int steps) => random.Next(steps) * 2;
}
