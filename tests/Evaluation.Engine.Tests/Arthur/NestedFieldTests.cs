using System.Text.Json.Nodes;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Arthur;

/// <summary>Nested fields of box lists: one row per element, dotted output names, empty and NULL lists contributing no row.</summary>
public sealed class NestedFieldTests : IDisposable
{
    private readonly ParquetFiles _files = new();
    private readonly EvaluationEngine _engine = EvaluationEngine.Open();
    private readonly string _from;

    public NestedFieldTests()
    {
        var path = _files.Parquet("boxes", """
            SELECT * FROM (VALUES
              ('1', [{'class_id': 0, 'confidence': 0.6, 'top_left_x': 23.0, 'top_left_y': 45.0, 'width': 20.0, 'height': 30.0},
                     {'class_id': 1, 'confidence': 0.9, 'top_left_x': 5.0, 'top_left_y': 5.0, 'width': 10.0, 'height': 10.0}],
                    [{'class_id': 0, 'top_left_x': 23.0, 'top_left_y': 45.0, 'width': 20.0, 'height': 30.0}]),
              ('2', [{'class_id': 1, 'confidence': 0.8, 'top_left_x': 1.0, 'top_left_y': 2.0, 'width': 3.0, 'height': 4.0}], []),
              ('3', [], [{'class_id': 2, 'top_left_x': 0.0, 'top_left_y': 0.0, 'width': 1.0, 'height': 1.0}]),
              ('4', NULL, NULL)
            ) AS t(inference_id, objects_detected, label)
            """);
        _from = "from '" + path.Replace("'", "''") + "'";
    }

    [Fact]
    public void Selecting_the_list_gives_one_row_per_box_with_dotted_names()
    {
        var result = _engine.Query($"{_from} | select inference_id, objects_detected");
        Assert.Equal(new[] { "inference_id", "objects_detected.class_id", "objects_detected.confidence", "objects_detected.top_left_x",
            "objects_detected.top_left_y", "objects_detected.width", "objects_detected.height" }, result.Columns.Select(c => c.Name));
        Assert.Equal("1:0,1:1,2:1", string.Join(",", result.Rows.Select(r => $"{r[0]}:{r[1]}")));
    }

    [Fact]
    public void Selected_fields_filter_group_and_order_per_box()
    {
        var fields = _engine.Query($"{_from} | where objects_detected.confidence >= 0.7 | select inference_id, objects_detected.class_id, objects_detected.confidence | order by objects_detected.confidence desc");
        Assert.Equal("1:1:0.9,2:1:0.8", string.Join(",", fields.Rows.Select(r => $"{r[0]}:{r[1]}:{Convert.ToString(r[2], System.Globalization.CultureInfo.InvariantCulture)}")));
        var grouped = _engine.Query($"{_from} | group by objects_detected.class_id | select n = count(), c = max(objects_detected.confidence)");
        Assert.Equal("0:1,1:2", string.Join(",", grouped.Rows.Select(r => $"{r[0]}:{r[1]}")));
    }

    [Fact]
    public void The_arthur_requests_run_unchanged_against_the_detector_sample()
    {
        var file = Paths.File("samples/data/detector/inferences.parquet");
        long boxes;
        using (var duck = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:"))
        {
            duck.Open();
            using var command = duck.CreateCommand();
            command.CommandText = $"SELECT CAST(sum(len(objects_detected)) AS BIGINT) FROM read_parquet('{file.Replace("'", "''")}')";
            boxes = Convert.ToInt64(command.ExecuteScalar());
        }
        using var engine = EvaluationEngine.Open(new EngineOptions { Sources = new Dictionary<string, string> { ["inference"] = file } });
        var all = JsonNode.Parse(Evaluation.Engine.Results.ResultJson.Write(engine.Query(File.ReadAllText(Paths.File("samples/queries/arthur/objects-detected.json")))))!["query_result"]!.AsArray();
        var fields = JsonNode.Parse(Evaluation.Engine.Results.ResultJson.Write(engine.Query(File.ReadAllText(Paths.File("samples/queries/arthur/objects-detected-fields.json")))))!["query_result"]!.AsArray();
        Assert.Equal(boxes, all.Count);
        Assert.Equal(boxes, fields.Count);
        Assert.Equal(7, all[0]!.AsObject().Count);
        Assert.Equal(new[] { "inference_id", "objects_detected.class_id", "objects_detected.confidence" }, fields[0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Two_lists_in_one_block_are_refused_with_a_position()
    {
        const string query = "select objects_detected.class_id, label.class_id";
        var error = Assert.Throws<QueryException>(() => _engine.Query($"{_from} | {query}"));
        Assert.Equal("EVQ044", Assert.Single(error.Diagnostics).Code);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _files.Dispose();
    }
}
