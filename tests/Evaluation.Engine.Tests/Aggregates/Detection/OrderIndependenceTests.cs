using Evaluation.Engine.Aggregates.Detection;
using Xunit;

namespace Evaluation.Engine.Tests.Aggregates.Detection;

/// <summary>
/// States built on several threads from the images in any order, then absorbed in any order,
/// give the same bits as one state fed in list order: the property that lets the aggregate run
/// in parallel and still be deterministic.
/// </summary>
public sealed class OrderIndependenceTests
{
    private static readonly PrecisionInterpolation[] Interpolations = [PrecisionInterpolation.AllPoint, PrecisionInterpolation.Point101];

    [Theory]
    [InlineData("coco")]
    [InlineData("voc")]
    public void Shuffled_split_and_absorbed_states_give_identical_bits(string matchingName)
    {
        var matching = Boxes.Matching(matchingName);
        for (var seed = 0; seed < 100; seed++)
        {
            var (images, thresholds) = RandomImages.Generate(seed, maxImages: 30);
            AssertSameBits(Boxes.State(thresholds, matching, images), Combined(images, thresholds, matching, new Random(seed)), $"seed {seed}");
        }
    }

    [Fact]
    public void Large_states_whose_chunks_move_give_identical_bits()
    {
        // Thousands of detections per class, so chunks fill, close and move by reference.
        var images = Enumerable.Range(0, 300).SelectMany(seed => RandomImages.Generate(5000 + seed, maxImages: 60, maxBoxes: 14).Images).ToArray();
        var random = new Random(42);
        foreach (var matching in new[] { BoxMatching.Coco, BoxMatching.Voc })
        {
            var expected = Boxes.State(DetectionMatches.CocoThresholds, matching, images);
            for (var trial = 0; trial < 3; trial++)
                AssertSameBits(expected, Combined(images, DetectionMatches.CocoThresholds, matching, random), $"{matching} trial {trial}");
        }
    }

    [Fact]
    public void An_absorbed_state_is_left_empty()
    {
        var (images, thresholds) = RandomImages.Generate(3, maxImages: 20);
        var target = new DetectionMatches(thresholds, BoxMatching.Coco);
        var source = Boxes.State(thresholds, BoxMatching.Coco, images);
        var before = source.Compute(PrecisionInterpolation.AllPoint);

        target.Absorb(source);

        Assert.Equal(0, source.Images);
        Assert.Equal("no ground-truth box in the group", source.Compute(PrecisionInterpolation.AllPoint).UndefinedReason);
        Assert.Equal(images.Length, target.Images);
        Assert.Equal(before, target.Compute(PrecisionInterpolation.AllPoint));
        // The emptied state still works.
        source.AddImage(images[0].Detected, images[0].Truth);
        Assert.Equal(1, source.Images);
    }

    [Fact]
    public void Only_states_with_the_same_thresholds_and_matching_combine()
    {
        var state = new DetectionMatches([0.5], BoxMatching.Coco);
        Assert.Throws<ArgumentException>(() => state.Absorb(new DetectionMatches([0.75], BoxMatching.Coco)));
        Assert.Throws<ArgumentException>(() => state.Absorb(new DetectionMatches([0.5], BoxMatching.Voc)));
        Assert.Throws<ArgumentException>(() => state.Absorb(state));
    }

    /// <summary>The images shuffled, cut into 1–8 uneven parts, each its own state, absorbed pairwise in random order.</summary>
    private static DetectionMatches Combined(Image[] images, IReadOnlyList<double> thresholds, BoxMatching matching, Random random)
    {
        var shuffled = images.OrderBy(_ => random.Next()).ToArray();
        var parts = random.Next(1, 9);
        var cuts = Enumerable.Range(0, parts - 1).Select(_ => random.Next(shuffled.Length + 1)).Append(0).Append(shuffled.Length).Order().ToArray();
        var states = new List<DetectionMatches>();
        for (var p = 0; p + 1 < cuts.Length; p++)
            states.Add(Boxes.State(thresholds, matching, shuffled[cuts[p]..cuts[p + 1]]));
        while (states.Count > 1)
        {
            var target = states[random.Next(states.Count)];
            var source = states.Where(s => s != target).ElementAt(random.Next(states.Count - 1));
            target.Absorb(source);
            states.Remove(source);
        }
        return states[0];
    }

    private static void AssertSameBits(DetectionMatches expected, DetectionMatches actual, string what)
    {
        Assert.Equal(expected.Images, actual.Images);
        foreach (var interpolation in Interpolations)
        {
            var (want, got) = (expected.Compute(interpolation), actual.Compute(interpolation));
            Assert.True(BitConverter.DoubleToInt64Bits(want.Value) == BitConverter.DoubleToInt64Bits(got.Value), $"{what} {interpolation}: {want.Value:R} vs {got.Value:R}");
            Assert.Equal(want with { Value = 0 }, got with { Value = 0 });
            var (wantPerClass, gotPerClass) = (expected.PerClass(interpolation), actual.PerClass(interpolation));
            Assert.Equal(wantPerClass.Select(c => c.ClassId), gotPerClass.Select(c => c.ClassId));
            Assert.Equal(wantPerClass.Select(c => BitConverter.DoubleToInt64Bits(c.Value)), gotPerClass.Select(c => BitConverter.DoubleToInt64Bits(c.Value)));
        }
    }
}
