using System.Globalization;
using System.Text;
using Evaluation.Engine.Aggregates.Detection;
using Evaluation.Engine.Tests.Aggregates.Detection;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Aggregates;

/// <summary>
/// meanAveragePrecision end to end: box lists in Parquet, grouped, through the C# aggregate,
/// against the slow reference definition in <see cref="ReferenceMeanAveragePrecisionTests.Reference"/>
/// for every matching and interpolation, one threshold and COCO's range; NULL lists left out;
/// the same bits whatever the thread count; a malformed box fails the query with what is wrong,
/// and the engine runs the next query.
/// </summary>
public sealed class MeanAveragePrecisionQueryTests : IDisposable
{
    private const string Detected = "STRUCT(class_id BIGINT, confidence DOUBLE, top_left_x DOUBLE, top_left_y DOUBLE, width DOUBLE, height DOUBLE)[]";
    private const string Truth = "STRUCT(class_id BIGINT, top_left_x DOUBLE, top_left_y DOUBLE, width DOUBLE, height DOUBLE)[]";
    private static readonly int[] Seeds = { 11, 12, 13, 14, 15, 16 };

    private readonly ParquetFiles _files = new();
    private readonly Dictionary<string, Image[]> _groups = new();
    private readonly string _data;

    public MeanAveragePrecisionQueryTests()
    {
        var rows = new List<string>();
        foreach (var seed in Seeds)
        {
            var images = Enumerable.Range(0, 8).SelectMany(k => RandomImages.Generate(seed * 100 + k, maxImages: 12).Images).ToArray();
            _groups["s" + seed] = images;
            rows.AddRange(images.Select(image => $"('s{seed}', {List(image.Detected, true)}, {List(image.Truth, false)})"));
            // A row whose lists are NULL is left out, whatever the other holds.
            rows.Add($"('s{seed}', NULL, {List(images[0].Truth, false)})");
        }
        _data = _files.Parquet("boxes", "SELECT * FROM (VALUES " + string.Join(",\n", rows) + ") AS t(segment, objects_detected, label)");
    }

    [Theory]
    [InlineData("0.5", "coco", "all_point")]
    [InlineData("0.5", "voc", "all_point")]
    [InlineData("0.75", "coco", "101_point")]
    [InlineData("0.3", "voc", "101_point")]
    [InlineData("'0.5:0.95'", "coco", "all_point")]
    [InlineData("'0.5:0.95'", "voc", "101_point")]
    public void Each_group_equals_the_reference_definition(string threshold, string matching, string interpolation)
    {
        using var engine = Engine();
        var result = engine.Query($"group by segment | select segment, m = meanAveragePrecision(threshold: {threshold}, predicted_property: objects_detected, ground_truth_property: label, matching: '{matching}', interpolation: '{interpolation}')");
        var thresholds = threshold.StartsWith('\'') ? DetectionMatches.CocoThresholds : new[] { double.Parse(threshold, CultureInfo.InvariantCulture) };
        Assert.Equal(Seeds.Length, result.Rows.Count);
        foreach (var row in result.Rows)
        {
            var perClass = ReferenceMeanAveragePrecisionTests.Reference.PerClassPerThreshold(_groups[(string)row[0]!], thresholds, Boxes.Matching(matching), Boxes.Interpolation(interpolation));
            var expected = perClass.Count == 0 ? double.NaN : Enumerable.Range(0, thresholds.Count).Average(t => perClass.Values.Average(v => v[t]));
            var actual = (double)row[1]!;
            if (double.IsNaN(expected)) Assert.True(double.IsNaN(actual));
            else ReferenceMeanAveragePrecisionTests.AssertClose(expected, actual, $"{row[0]} {threshold} {matching} {interpolation}");
        }
    }

    [Fact]
    public void Arthurs_request_on_the_detector_sample_equals_the_reference()
    {
        var sample = Paths.File("samples/data/detector/inferences.parquet");
        var images = new List<Image>();
        using (var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT to_json(objects_detected)::VARCHAR, to_json(label)::VARCHAR FROM read_parquet('{sample.Replace("'", "''")}')";
            using var reader = command.ExecuteReader();
            while (reader.Read()) images.Add(new Image(FromJson(reader.GetString(0), true), FromJson(reader.GetString(1), false)));
        }
        using var engine = EvaluationEngine.Open(new EngineOptions { Sources = new Dictionary<string, string> { ["inference"] = sample } });
        var response = engine.Query(File.ReadAllText(Paths.File("samples/queries/arthur/mean-average-precision.json")));
        var perClass = ReferenceMeanAveragePrecisionTests.Reference.PerClassPerThreshold(images, new[] { 0.5 }, BoxMatching.Coco, PrecisionInterpolation.AllPoint);
        ReferenceMeanAveragePrecisionTests.AssertClose(perClass.Values.Average(v => v[0]), (double)response[0, "meanAveragePrecision"]!, "detector sample");
    }

    private static DetectionBox[] FromJson(string json, bool detected) =>
        System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray().Select(b => new DetectionBox(
            b!["class_id"]!.GetValue<long>(), detected ? b["confidence"]!.GetValue<double>() : 0,
            b["top_left_x"]!.GetValue<double>(), b["top_left_y"]!.GetValue<double>(), b["width"]!.GetValue<double>(), b["height"]!.GetValue<double>())).ToArray();

    [Fact]
    public void Omitted_box_columns_are_the_catalog_defaults()
    {
        using var engine = Engine();
        var implicitColumns = engine.Query("group by segment | select segment, m = meanAveragePrecision(threshold: 0.5)");
        var explicitColumns = engine.Query("group by segment | select segment, m = meanAveragePrecision(threshold: 0.5, predicted_property: objects_detected, ground_truth_property: label)");
        Assert.Equal(explicitColumns.Rows.Select(r => r[1]), implicitColumns.Rows.Select(r => r[1]));
    }

    [Fact]
    public void The_same_bits_whatever_the_thread_count()
    {
        const string query = "group by segment | select segment, m = meanAveragePrecision(threshold: '0.5:0.95', predicted_property: objects_detected, ground_truth_property: label)";
        using var one = Engine(threads: 1);
        using var four = Engine(threads: 4);
        Assert.Equal(one.Query(query).Rows.Select(r => BitConverter.DoubleToInt64Bits((double)r[1]!)),
            four.Query(query).Rows.Select(r => BitConverter.DoubleToInt64Bits((double)r[1]!)));
    }

    [Fact]
    public void A_group_without_ground_truth_boxes_is_nan_with_the_reason()
    {
        using var engine = Engine();
        var result = engine.Query("where segment == 'nothing' | select m = meanAveragePrecision(threshold: 0.5, predicted_property: objects_detected, ground_truth_property: label)");
        Assert.True(double.IsNaN((double)result.Rows.Single()[0]!));
        Assert.Contains(result.Warnings, w => w.Message.Contains("no ground-truth box in the group"));
    }

    [Fact]
    public void A_malformed_box_fails_the_query_with_what_is_wrong_and_the_engine_goes_on()
    {
        var bad = _files.Parquet("bad", $"""
            SELECT * FROM (VALUES
              ({List(new[] { Boxes.Det(1, 0.9, 0, 0, 2, 2), Boxes.Det(1, 0.8, 1, 1, -2, 2) }, true)}, {List(new[] { Boxes.Truth(1, 0, 0, 2, 2) }, false)}))
              AS t(objects_detected, label)
            """);
        using var engine = Engine();
        engine.RegisterSource("bad", bad);
        var error = Assert.Throws<QueryException>(() => engine.Query("from bad | select m = meanAveragePrecision(threshold: 0.5, predicted_property: objects_detected, ground_truth_property: label)"));
        Assert.Equal("meanAveragePrecision: detected box 2 has a negative width (-2)", error.Message);
        Assert.IsType<InvalidBoxException>(error.InnerException?.InnerException);

        var nullField = _files.Parquet("null_field", $"SELECT [{{'class_id': NULL, 'confidence': 0.5, 'top_left_x': 0.0, 'top_left_y': 0.0, 'width': 1.0, 'height': 1.0}}]::{Detected} AS objects_detected, []::{Truth} AS label");
        engine.RegisterSource("null_field", nullField);
        error = Assert.Throws<QueryException>(() => engine.Query("from null_field | select m = meanAveragePrecision(threshold: 0.5, predicted_property: objects_detected, ground_truth_property: label)"));
        Assert.Equal("meanAveragePrecision: detected box 1 has a NULL class_id", error.Message);

        // The process and the engine are fine: the next query runs.
        Assert.Equal(Seeds.Length, engine.Query("group by segment | select segment, m = meanAveragePrecision(threshold: 0.5, predicted_property: objects_detected, ground_truth_property: label)").Rows.Count);
    }

    [Fact]
    public void Boxes_without_a_needed_field_are_a_clear_error()
    {
        var path = _files.Parquet("no_confidence", $"SELECT [{{'class_id': 1, 'top_left_x': 0.0, 'top_left_y': 0.0, 'width': 1.0, 'height': 1.0}}] AS objects_detected, []::{Truth} AS label");
        using var engine = Engine();
        engine.RegisterSource("odd", path);
        var error = Assert.Throws<QueryException>(() => engine.Query("from odd | select m = meanAveragePrecision(threshold: 0.5, predicted_property: objects_detected, ground_truth_property: label)"));
        Assert.Contains("have no field `confidence`", error.Message);
    }

    [Fact]
    public void The_portable_path_refuses_it_by_name()
    {
        using var engine = EvaluationEngine.Open(new EngineOptions { PortableSql = true });
        engine.RegisterSource("inference", _data);
        var error = Assert.Throws<QueryException>(() => engine.Query("select m = meanAveragePrecision(threshold: 0.5, predicted_property: objects_detected, ground_truth_property: label)"));
        Assert.Contains("no pure-SQL formulation", error.Message);
    }

    private EvaluationEngine Engine(int? threads = null)
    {
        var engine = EvaluationEngine.Open(new EngineOptions { Threads = threads });
        engine.RegisterSource("inference", _data);
        return engine;
    }

    private static string List(IEnumerable<DetectionBox> boxes, bool detected)
    {
        static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var text = new StringBuilder("[");
        foreach (var b in boxes)
        {
            if (text.Length > 1) text.Append(", ");
            text.Append("{'class_id': ").Append(b.ClassId.ToString(CultureInfo.InvariantCulture));
            if (detected) text.Append(", 'confidence': ").Append(N(b.Confidence));
            text.Append(", 'top_left_x': ").Append(N(b.Left)).Append(", 'top_left_y': ").Append(N(b.Top))
                .Append(", 'width': ").Append(N(b.Width)).Append(", 'height': ").Append(N(b.Height)).Append('}');
        }
        return text.Append("]::").Append(detected ? Detected : Truth).ToString();
    }

    public void Dispose() => _files.Dispose();
}
