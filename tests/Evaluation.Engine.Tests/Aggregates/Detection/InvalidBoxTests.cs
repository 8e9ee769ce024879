using Evaluation.Engine.Aggregates.Detection;
using Xunit;
using static Evaluation.Engine.Tests.Aggregates.Detection.Boxes;

namespace Evaluation.Engine.Tests.Aggregates.Detection;

/// <summary>Boxes that cannot be matched are refused with a message naming them, and leave the state as it was.</summary>
public sealed class InvalidBoxTests
{
    private static readonly DetectionBox Good = Det(1, 0.5, 0, 0, 10, 10);

    public static TheoryData<string, string> Cases => new()
    {
        { "detected 3: width -2", "detected box 3 has a negative width (-2)" },
        { "truth 2: height -0.5", "ground-truth box 2 has a negative height (-0.5)" },
        { "truth 1: top NaN", "ground-truth box 1 has a non-finite top_left_y (NaN)" },
        { "detected 1: left Infinity", "detected box 1 has a non-finite top_left_x (Infinity)" },
        { "detected 2: width -Infinity", "detected box 2 has a non-finite width (-Infinity)" },
        { "detected 2: confidence NaN", "detected box 2 has a non-finite confidence (NaN)" },
        { "truth 1: right edge overflows", "ground-truth box 1 has a right edge beyond the range of a double (top_left_x 1E+308 + width 1E+308)" },
        { "detected 1: area overflows", "detected box 1 has an area beyond the range of a double (width 1E+200 × height 1E+200)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_invalid_box_is_named_and_nothing_of_its_image_is_added(string @case, string message)
    {
        var (detected, truth) = Build(@case);
        var state = new DetectionMatches([0.5], BoxMatching.Coco);
        state.AddImage([Good], [Truth(1, 0, 0, 10, 10), Truth(2, 0, 0, 10, 10)]);
        var before = (state.Compute(PrecisionInterpolation.AllPoint), state.PerClass(PrecisionInterpolation.AllPoint));

        var error = Assert.Throws<InvalidBoxException>(() => state.AddImage(detected, truth));

        Assert.Equal(message, error.Message);
        Assert.Equal(1, state.Images);
        Assert.Equal(before.Item1, state.Compute(PrecisionInterpolation.AllPoint));
        Assert.Equal(before.Item2, state.PerClass(PrecisionInterpolation.AllPoint));
    }

    [Fact]
    public void A_ground_truth_box_has_no_confidence_to_check()
    {
        var state = new DetectionMatches([0.5], BoxMatching.Voc);
        state.AddImage([Good], [Truth(1, 0, 0, 10, 10) with { Confidence = double.NaN }]);
        Assert.Equal(1, state.Compute(PrecisionInterpolation.AllPoint).Value);
    }

    [Fact]
    public void Zero_width_and_height_are_valid()
    {
        var state = new DetectionMatches([0.5], BoxMatching.Coco);
        state.AddImage([Det(1, 0.5, 3, 3, 0, 0)], [Truth(1, 3, 3, 0, 0)]);
        // IoU of two points is 0: a false positive and a miss.
        Assert.Equal(0, state.Compute(PrecisionInterpolation.AllPoint).Value);
    }

    private static (DetectionBox[] Detected, DetectionBox[] Truth) Build(string @case)
    {
        DetectionBox[] detected = [Good, Good, Good];
        DetectionBox[] truth = [Truth(1, 0, 0, 10, 10), Truth(1, 5, 5, 10, 10)];
        switch (@case)
        {
            case "detected 3: width -2": detected[2] = detected[2] with { Width = -2 }; break;
            case "truth 2: height -0.5": truth[1] = truth[1] with { Height = -0.5 }; break;
            case "truth 1: top NaN": truth[0] = truth[0] with { Top = double.NaN }; break;
            case "detected 1: left Infinity": detected[0] = detected[0] with { Left = double.PositiveInfinity }; break;
            case "detected 2: width -Infinity": detected[1] = detected[1] with { Width = double.NegativeInfinity }; break;
            case "detected 2: confidence NaN": detected[1] = detected[1] with { Confidence = double.NaN }; break;
            case "truth 1: right edge overflows": truth[0] = truth[0] with { Left = 1e308, Width = 1e308 }; break;
            case "detected 1: area overflows": detected[0] = detected[0] with { Width = 1e200, Height = 1e200 }; break;
            default: throw new ArgumentOutOfRangeException(nameof(@case), @case, null);
        }
        return (detected, truth);
    }
}
