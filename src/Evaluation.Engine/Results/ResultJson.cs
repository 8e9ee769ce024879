using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Evaluation.Engine.Results;

/// <summary>
/// The JSON response: <c>{"query_result": [ {KEY: VALUE, …}, … ]}</c>, NaN as <c>"NaN"</c>,
/// infinities as <c>"Infinity"</c>/<c>"-Infinity"</c>, NULL as <c>null</c>, structs as objects,
/// timestamps in ISO 8601 (fractional seconds only when non-zero, <c>Z</c> for instants);
/// <c>pagination</c> and <c>warnings</c> when there are any.
/// </summary>
public static class ResultJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The whole response as indented JSON.</summary>
    public static string Write(QueryResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("query_result");
            writer.WriteStartArray();
            foreach (var row in result.Rows) Row(writer, result, row);
            writer.WriteEndArray();
            if (result.Pagination is { } p)
            {
                writer.WriteStartObject("pagination");
                writer.WriteNumber("page", p.Page);
                writer.WriteNumber("page_size", p.PageSize);
                writer.WriteNumber("total_pages", p.TotalPages);
                writer.WriteNumber("total_results", p.TotalResults);
                writer.WriteEndObject();
            }
            if (result.Warnings.Count > 0)
            {
                writer.WriteStartArray("warnings");
                foreach (var w in result.Warnings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("code", w.Code);
                    writer.WriteString("message", w.Text);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Each row as one compact JSON object per line (JSONL).</summary>
    public static IEnumerable<string> Lines(QueryResult result)
    {
        foreach (var row in result.Rows)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                Row(writer, result, row);
            yield return Encoding.UTF8.GetString(stream.ToArray());
        }
    }

    private static void Row(Utf8JsonWriter writer, QueryResult result, object?[] row)
    {
        writer.WriteStartObject();
        for (var i = 0; i < result.Columns.Count; i++)
        {
            writer.WritePropertyName(result.Columns[i].Name);
            Value(writer, row[i]);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes one result value.</summary>
    public static void Value(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case double d: Number(writer, d); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s: writer.WriteStringValue(s); break;
            case DateTime t: writer.WriteStringValue(Timestamp(t)); break;
            case DateTimeOffset o: writer.WriteStringValue(Timestamp(o.UtcDateTime, utc: true)); break;
            case DateOnly d: writer.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Value(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable<object?> list:
                writer.WriteStartArray();
                foreach (var item in list) Value(writer, item);
                writer.WriteEndArray();
                break;
            case IFormattable f: writer.WriteStringValue(f.ToString(null, CultureInfo.InvariantCulture)); break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }

    /// <summary>A double: NaN and the infinities as the strings <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c> (JSON has no spelling for them; DuckDB casts these back to DOUBLE).</summary>
    public static void Number(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value)) writer.WriteStringValue("NaN");
        else if (double.IsPositiveInfinity(value)) writer.WriteStringValue("Infinity");
        else if (double.IsNegativeInfinity(value)) writer.WriteStringValue("-Infinity");
        else writer.WriteNumberValue(value);
    }

    /// <summary>ISO 8601: <c>2026-01-04T02:22:40</c>, fractional seconds only when non-zero, <c>Z</c> for UTC instants.</summary>
    public static string Timestamp(DateTime value, bool utc = false)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var ticks = value.Ticks % TimeSpan.TicksPerSecond;
        if (ticks != 0) text += "." + ticks.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
        return utc || value.Kind == DateTimeKind.Utc ? text + "Z" : text;
    }
}
