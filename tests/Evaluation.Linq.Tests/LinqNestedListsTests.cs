using System.ComponentModel.DataAnnotations.Schema;
using Xunit;

namespace Evaluation.Linq.Tests;

/// <summary>Rows holding lists of boxes (the detector sample): read into nested records, and mAP through LINQ.</summary>
public sealed class LinqNestedListsTests : IDisposable
{
    private static readonly string Data = RepositoryRoot.File("samples/data/detector/inferences.parquet");
    private readonly EvaluationContext _eval = EvaluationContext.Open();

    public sealed record DetectedBox(long ClassId, double Confidence, double TopLeftX, double TopLeftY, double Width, double Height);

    public sealed record TrueBox(long ClassId, double TopLeftX, double TopLeftY, double Width, double Height);

    public sealed record Image
    {
        [Column("inference_id")] public string Id { get; init; } = "";
        [Column("objects_detected")] public IReadOnlyList<DetectedBox> Detected { get; init; } = Array.Empty<DetectedBox>();
        [Column("label")] public IReadOnlyList<TrueBox> Truth { get; init; } = Array.Empty<TrueBox>();
    }

    [Fact]
    public void Box_lists_are_read_into_nested_records()
    {
        var images = _eval.Parquet<Image>(Data).OrderBy(i => i.Id).Take(5).ToList();
        Assert.Equal(5, images.Count);
        Assert.Contains(images, i => i.Detected.Count > 0);
        // The DSL reads one row per detected box when it selects the list (Arthur's rule): the same boxes.
        var first = images.First(i => i.Detected.Count > 0);
        var exploded = _eval.Engine.Query($"from '{Data}' | where inference_id == '{first.Id}' | select inference_id, objects_detected");
        Assert.Equal(first.Detected.Count, exploded.Rows.Count);
        Assert.Equal(exploded.Rows.Select(r => Convert.ToDouble(r[exploded.IndexOf("objects_detected.confidence")])).OrderBy(c => c),
            first.Detected.Select(b => b.Confidence).OrderBy(c => c));
        Assert.Equal(exploded.Rows.Select(r => Convert.ToInt64(r[exploded.IndexOf("objects_detected.class_id")])).OrderBy(c => c),
            first.Detected.Select(b => b.ClassId).OrderBy(c => c));
    }

    public sealed class ImageWithLists
    {
        [Column("inference_id")] public string Id { get; set; } = "";
        [Column("label")] public List<TrueBox>? Truth { get; set; }
        [Column("objects_detected")] public DetectedBox[]? Detected { get; set; }
    }

    [Fact]
    public void Box_lists_fill_lists_and_arrays_of_a_settable_class()
    {
        var records = _eval.Parquet<Image>(Data).OrderBy(i => i.Id).Take(20).ToList();
        var classes = _eval.Parquet<ImageWithLists>(Data).OrderBy(i => i.Id).Take(20).ToList();
        Assert.Equal(records.Select(r => r.Id), classes.Select(c => c.Id));
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal(records[i].Truth, classes[i].Truth!);
            Assert.Equal(records[i].Detected, classes[i].Detected!);
        }
    }

    [Fact]
    public void Mean_average_precision_through_linq_is_the_dsl_value()
    {
        var map = _eval.Parquet<Image>(Data).GroupBy(i => 1)
            .Select(g => g.MeanAveragePrecision(0.5, r => r.Detected, r => r.Truth)).Single();
        var dsl = (double)_eval.Engine.Query($"from '{Data}' | select m = meanAveragePrecision(threshold: 0.5, predicted_property: objects_detected, ground_truth_property: label)").Rows[0][0]!;
        Assert.Equal(dsl, map);
        var coco = _eval.Parquet<Image>(Data).GroupBy(i => 1).Select(g => g.MeanAveragePrecision("0.5:0.95", r => r.Detected, r => r.Truth)).Single();
        Assert.InRange(coco, 0, map);
    }

    public void Dispose() => _eval.Dispose();
}
