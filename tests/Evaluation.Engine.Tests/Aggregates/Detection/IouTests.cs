using Evaluation.Engine.Aggregates.Detection;
using Xunit;
using static Evaluation.Engine.Tests.Aggregates.Detection.Boxes;

namespace Evaluation.Engine.Tests.Aggregates.Detection;

public sealed class IouTests
{
    [Theory]
    // Overlap: 1×1 shared, 4 + 4 − 1 = 7.
    [InlineData(0, 0, 2, 2, 1, 1, 2, 2, 1.0 / 7)]
    // Disjoint, and touching along an edge (no area in common).
    [InlineData(0, 0, 1, 1, 2, 2, 1, 1, 0)]
    [InlineData(0, 0, 1, 1, 1, 0, 1, 1, 0)]
    // Containment: 4 / 16.
    [InlineData(0, 0, 4, 4, 1, 1, 2, 2, 0.25)]
    // Identical.
    [InlineData(3, 5, 2, 7, 3, 5, 2, 7, 1)]
    // Shifted by a fifth: 8 / 12 (continuous coordinates, no +1).
    [InlineData(0, 0, 10, 10, 2, 0, 10, 10, 2.0 / 3)]
    // Zero area: a point, a line inside a box, two equal points (union 0).
    [InlineData(1, 1, 0, 0, 0, 0, 2, 2, 0)]
    [InlineData(1, 0, 0, 2, 0, 0, 2, 2, 0)]
    [InlineData(1, 1, 0, 0, 1, 1, 0, 0, 0)]
    public void Iou_is_intersection_over_the_union_of_areas(double x1, double y1, double w1, double h1, double x2, double y2, double w2, double h2, double expected)
    {
        var a = Truth(0, x1, y1, w1, h1);
        var b = Truth(0, x2, y2, w2, h2);
        Assert.Equal(expected, Iou.Of(a, b), 15);
        Assert.Equal(Iou.Of(a, b), Iou.Of(b, a));
    }
}
