using System.Text;
using System.Text.Json;

namespace Evaluation.Engine.Results.Jobs;

/// <summary>
/// NeMo's per-row scores of an evaluation job as JSON lines: <c>row_index</c>, <c>item</c> (the
/// row's item columns), <c>metrics</c> (<c>{metric: [{name, value}]}</c>) and
/// <c>metric_errors</c> (<c>{metric: reason}</c> for each value that is undefined in that row).
/// </summary>
internal static class RowScores
{
    public static void Write(QueryResult result, JobMetrics metrics, TextWriter writer)
    {
        var itemIndexes = metrics.Items.Select(result.IndexOf).ToArray();
        for (var r = 0; r < result.Rows.Count; r++)
        {
            var row = result.Rows[r];
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteNumber("row_index", r);
                json.WriteStartObject("item");
                for (var i = 0; i < itemIndexes.Length; i++)
                {
                    json.WritePropertyName(metrics.Items[i]);
                    ResultJson.Value(json, row[itemIndexes[i]]);
                }
                json.WriteEndObject();
                json.WriteStartObject("metrics");
                var errors = new List<(string, string)>();
                foreach (var (name, read) in metrics.Metrics)
                {
                    var value = read(row);
                    json.WriteStartArray(name);
                    json.WriteStartObject();
                    json.WriteString("name", name);
                    json.WritePropertyName("value");
                    ResultJson.Value(json, value);
                    json.WriteEndObject();
                    json.WriteEndArray();
                    if (value is null) errors.Add((name, "missing (null)"));
                    else if (value is double d && double.IsNaN(d)) errors.Add((name, Reason(result, name, metrics.Items, itemIndexes, row)));
                }
                json.WriteEndObject();
                json.WriteStartObject("metric_errors");
                foreach (var (name, why) in errors) json.WriteString(name, why);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    /// <summary>The query's warning about this metric in this row's group, else a plain "undefined".</summary>
    private static string Reason(QueryResult result, string metric, IReadOnlyList<string> items, int[] itemIndexes, object?[] row)
    {
        var expected = UndefinedValues.Subject(metric.Split('.')[0], items.Select((name, i) => (name, row[itemIndexes[i]])).ToList()) + ":";
        var warning = result.Warnings.FirstOrDefault(w => w.Text.StartsWith(expected, StringComparison.Ordinal));
        return warning?.Text ?? "undefined (NaN)";
    }
}
