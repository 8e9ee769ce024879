using Evaluation.Engine.Aggregates.Detection;
using Xunit;
using static Evaluation.Engine.Tests.Aggregates.Detection.Boxes;

namespace Evaluation.Engine.Tests.Aggregates.Detection;

/// <summary>Small groups whose mAP is worked out by hand, one rule at a time.</summary>
public sealed class MeanAveragePrecisionTests
{
    private static readonly double[] Half = [0.5];

    private static DetectionMatches State(BoxMatching matching, params Image[] images) => Boxes.State(Half, matching, images);

    private static DetectionMatches State(params Image[] images) => State(BoxMatching.Coco, images);

    [Theory]
    [InlineData("coco", "all_point")]
    [InlineData("coco", "101_point")]
    [InlineData("voc", "all_point")]
    [InlineData("voc", "101_point")]
    public void A_perfect_detector_scores_1(string matching, string interpolation)
    {
        var state = State(Matching(matching),
            Image([Det(1, 0.9, 0, 0, 10, 10), Det(2, 0.3, 20, 20, 5, 5)], [Truth(2, 20, 20, 5, 5), Truth(1, 0, 0, 10, 10)]),
            Image([Det(1, 0.2, 1, 1, 4, 4)], [Truth(1, 1, 1, 4, 4)]));
        var result = state.Compute(Interpolation(interpolation));
        Assert.Equal(new MeanAveragePrecisionResult(1, null, 2), result);
        Assert.Equal(2, state.Images);
    }

    [Theory]
    [InlineData("coco", "all_point")]
    [InlineData("coco", "101_point")]
    [InlineData("voc", "all_point")]
    [InlineData("voc", "101_point")]
    public void Only_false_positives_score_0(string matching, string interpolation)
    {
        // A detection far away, one of the wrong class on the box, and one barely overlapping (IoU 1/199).
        var state = State(Matching(matching),
            Image([Det(1, 0.9, 50, 50, 10, 10), Det(2, 0.8, 0, 0, 10, 10), Det(1, 0.7, 9, 9, 10, 10)], [Truth(1, 0, 0, 10, 10)]));
        Assert.Equal(new MeanAveragePrecisionResult(0, null, 1), state.Compute(Interpolation(interpolation)));
    }

    [Fact]
    public void A_missed_ground_truth_box_caps_recall_at_one_half()
    {
        var state = State(Image([Det(1, 0.9, 0, 0, 10, 10)], [Truth(1, 0, 0, 10, 10), Truth(1, 30, 30, 10, 10)]));
        // One step: recall ½, precision 1. All-point: ½·1. 101-point: r = 0, 0.01, …, 0.50 reach it (51 points).
        Assert.Equal(0.5, state.Compute(PrecisionInterpolation.AllPoint).Value);
        Assert.Equal(51.0 / 101, state.Compute(PrecisionInterpolation.Point101).Value, 1e-14);
    }

    [Fact]
    public void Coco_takes_a_free_second_box_where_voc_counts_a_false_positive()
    {
        // A = (0,0,10,10), B = (2,0,10,10). The second detection overlaps A by 95/105 ≈ 0.905 and B by
        // 85/115 ≈ 0.739: its best box overall is A, which the first detection already took.
        var image = Image(
            [Det(1, 0.9, 0, 0, 10, 10), Det(1, 0.8, 0.5, 0, 10, 10)],
            [Truth(1, 0, 0, 10, 10), Truth(1, 2, 0, 10, 10)]);
        // COCO: both true positives, AP 1.
        Assert.Equal(1, State(BoxMatching.Coco, image).Compute(PrecisionInterpolation.AllPoint).Value);
        // VOC: steps (R ½, P 1), (R ½, P ½): AP = ½·1.
        Assert.Equal(0.5, State(BoxMatching.Voc, image).Compute(PrecisionInterpolation.AllPoint).Value);
    }

    [Theory]
    [InlineData(false, 0.5)]
    [InlineData(true, 1.0)]
    public void Coco_ties_in_iou_go_to_the_first_box_in_list_order(bool swapTruth, double expected)
    {
        // The first detection overlaps G1 = (−2,0,10,10) and G2 = (2,0,10,10) equally (8/12). The second
        // is G1 itself and overlaps G2 by 6/14 < 0.5. If the first takes G1 (listed first), the
        // second is a false positive: steps (½, 1), (½, ½), AP ½. Listed the other way, both match.
        DetectionBox g1 = Truth(1, -2, 0, 10, 10), g2 = Truth(1, 2, 0, 10, 10);
        var state = State(Image([Det(1, 0.9, 0, 0, 10, 10), Det(1, 0.8, -2, 0, 10, 10)], swapTruth ? [g2, g1] : [g1, g2]));
        Assert.Equal(expected, state.Compute(PrecisionInterpolation.AllPoint).Value);
    }

    [Fact]
    public void All_point_and_101_point_differ_as_worked_out_by_hand()
    {
        var hit = Det(1, 0, 0, 0, 10, 10);
        var miss = Det(1, 0, 50, 50, 10, 10);
        var box = Truth(1, 0, 0, 10, 10);
        var state = State(
            Image([hit with { Confidence = 0.9 }], [box]),
            Image([miss with { Confidence = 0.8 }, hit with { Confidence = 0.7 }], [box]),
            Image([miss with { Confidence = 0.6 }], [box]));
        // 3 ground-truth boxes; by confidence TP, FP, TP, FP:
        //   steps (R, P) = (1/3, 1), (1/3, 1/2), (2/3, 2/3), (2/3, 1/2); from the right p_interp = 1, 2/3, 2/3, 1/2.
        // All-point: 1/3·1 + 0 + 1/3·2/3 + 0 = 5/9.
        // 101-point: r = 0 … 0.33 (34 points) read 1, r = 0.34 … 0.66 (33 points) read 2/3,
        //   r = 0.67 … 1 (34 points) reach no step: (34 + 33·2/3) / 101 = 56/101.
        Assert.Equal(5.0 / 9, state.Compute(PrecisionInterpolation.AllPoint).Value, 1e-14);
        Assert.Equal(56.0 / 101, state.Compute(PrecisionInterpolation.Point101).Value, 1e-14);
    }

    [Fact]
    public void Point101_reads_recall_points_as_numpy_linspace_computes_them()
    {
        // 57 of 100 boxes found, precision 1. Recall 57/100 = 0.57 falls just short of numpy's
        // 57 × 0.01 = 0.5700000000000001, so 57 recall points (0 … 0.56) read 1, not 58.
        var box = Truth(1, 0, 0, 10, 10);
        var images = Enumerable.Range(0, 100).Select(i => Image(i < 57 ? [Det(1, 1, 0, 0, 10, 10)] : [], [box])).ToArray();
        Assert.Equal(57.0 / 101, State(images).Compute(PrecisionInterpolation.Point101).Value, 1e-14);
        Assert.Equal(0.57, State(images).Compute(PrecisionInterpolation.AllPoint).Value, 1e-14);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Equal_confidences_form_one_step_whatever_their_order(bool falsePositiveFirst)
    {
        DetectionBox hitA = Det(1, 0.9, 0, 0, 10, 10), missAt09 = Det(1, 0.9, 50, 50, 10, 10), hitB = Det(1, 0.5, 100, 0, 10, 10);
        var state = State(Image(falsePositiveFirst ? [missAt09, hitA, hitB] : [hitA, missAt09, hitB],
            [Truth(1, 0, 0, 10, 10), Truth(1, 100, 0, 10, 10)]));
        // The 0.9 tie is one step: (R ½, P ½), then (R 1, P 2/3); p_interp = 2/3, 2/3; AP = ½·2/3 + ½·2/3 = 2/3.
        // Ranked hit-first it would be 5/6, miss-first 2/3 by accident.
        Assert.Equal(2.0 / 3, state.Compute(PrecisionInterpolation.AllPoint).Value, 1e-14);
        // 101-point: every recall point reads 2/3.
        Assert.Equal(2.0 / 3, state.Compute(PrecisionInterpolation.Point101).Value, 1e-14);
    }

    [Fact]
    public void Classes_without_ground_truth_are_left_out()
    {
        var state = State(Image([Det(1, 0.9, 0, 0, 10, 10), Det(2, 0.95, 0, 0, 10, 10), Det(3, 0.1, 5, 5, 1, 1)], [Truth(1, 0, 0, 10, 10)]));
        Assert.Equal(new MeanAveragePrecisionResult(1, null, 1), state.Compute(PrecisionInterpolation.AllPoint));
        Assert.Equal([(1L, 1.0)], state.PerClass(PrecisionInterpolation.AllPoint));
    }

    [Fact]
    public void A_class_with_ground_truth_but_no_detection_has_ap_0()
    {
        var state = State(
            Image([Det(1, 0.9, 0, 0, 10, 10)], [Truth(1, 0, 0, 10, 10)]),
            Image([], [Truth(2, 0, 0, 10, 10)]));
        Assert.Equal(new MeanAveragePrecisionResult(0.5, null, 2), state.Compute(PrecisionInterpolation.Point101));
        Assert.Equal([(1L, 1.0), (2L, 0.0)], state.PerClass(PrecisionInterpolation.AllPoint));
    }

    [Fact]
    public void Matching_stays_within_an_image()
    {
        // The detection in image 2 sits where image 1's box is, but image 2's box is elsewhere.
        var state = State(Image([], [Truth(1, 0, 0, 10, 10)]), Image([Det(1, 0.9, 0, 0, 10, 10)], [Truth(1, 50, 50, 10, 10)]));
        Assert.Equal(0, state.Compute(PrecisionInterpolation.AllPoint).Value);
    }

    [Fact]
    public void A_group_without_ground_truth_is_undefined()
    {
        var expected = new MeanAveragePrecisionResult(double.NaN, "no ground-truth box in the group", 0);
        Assert.Equal(expected, State().Compute(PrecisionInterpolation.AllPoint));
        var detectionsOnly = State(Image([Det(1, 0.9, 0, 0, 10, 10)], []), Image([], []));
        Assert.Equal(expected, detectionsOnly.Compute(PrecisionInterpolation.Point101));
        Assert.Empty(detectionsOnly.PerClass(PrecisionInterpolation.AllPoint));
        Assert.Equal(2, detectionsOnly.Images);
    }

    [Fact]
    public void Coco_thresholds_are_numpy_linspace_from_0_5_to_0_95()
    {
        var thresholds = DetectionMatches.CocoThresholds;
        Assert.Equal(10, thresholds.Count);
        var step = (0.95 - 0.5) / 9;
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(i * step + 0.5, thresholds[i]);
            Assert.Equal(0.5 + 0.05 * i, thresholds[i], 1e-14);
        }
        Assert.Equal(0.95, thresholds[9]);
    }

    [Theory]
    [InlineData("coco")]
    [InlineData("voc")]
    public void The_0_5_to_0_95_thresholds_average_the_map(string matching)
    {
        // IoU 2/3: a true positive at 0.50, 0.55, 0.60, 0.65 and a miss at the six others: (4·1 + 6·0) / 10.
        var state = Boxes.State(DetectionMatches.CocoThresholds, Matching(matching), [Image([Det(1, 0.9, 2, 0, 10, 10)], [Truth(1, 0, 0, 10, 10)])]);
        Assert.Equal(0.4, state.Compute(PrecisionInterpolation.AllPoint).Value, 1e-14);
        Assert.Equal(0.4, state.Compute(PrecisionInterpolation.Point101).Value, 1e-14);
    }

    [Fact]
    public void The_map_is_the_mean_over_thresholds_of_the_mean_over_classes()
    {
        // Class 1 at IoU 2/3 (hit at 0.5 only), class 2 exact (hit at both): (½(1 + 1) + ½(0 + 1)) / 2 = ¾.
        var state = Boxes.State([0.5, 0.75], BoxMatching.Coco,
            [Image([Det(1, 0.9, 2, 0, 10, 10), Det(2, 0.9, 0, 0, 10, 10)], [Truth(1, 0, 0, 10, 10), Truth(2, 0, 0, 10, 10)])]);
        Assert.Equal(new MeanAveragePrecisionResult(0.75, null, 2), state.Compute(PrecisionInterpolation.AllPoint));
        Assert.Equal([(1L, 0.5), (2L, 1.0)], state.PerClass(PrecisionInterpolation.AllPoint));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public void A_state_takes_1_to_16_thresholds(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DetectionMatches(Enumerable.Repeat(0.5, count).ToArray(), BoxMatching.Coco));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_threshold_lies_between_0_and_1(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DetectionMatches([threshold], BoxMatching.Coco));
    }
}
