using System.Globalization;
using System.Text;
using System.Text.Json;
using Evaluation.Engine.Results;

namespace Evaluation.Cli.Output;

/// <summary>Writes query results in the command line's formats: a terminal table, JSON, JSONL or CSV.</summary>
internal static class ResultWriter
{
    public static void Write(IReadOnlyList<QueryResult> results, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                if (results.Count == 1) output.WriteLine(ResultJson.Write(results[0]));
                else
                {
                    // A script with several queries: one JSON array of responses.
                    output.WriteLine("[");
                    for (var i = 0; i < results.Count; i++)
                        output.WriteLine(ResultJson.Write(results[i]) + (i < results.Count - 1 ? "," : ""));
                    output.WriteLine("]");
                }
                break;
            case "jsonl":
                foreach (var line in results.SelectMany(ResultJson.Lines)) output.WriteLine(line);
                break;
            case "csv":
                for (var i = 0; i < results.Count; i++)
                {
                    if (i > 0) output.WriteLine();
                    Csv(results[i], output);
                }
                break;
            default:
                for (var i = 0; i < results.Count; i++)
                {
                    if (i > 0) output.WriteLine();
                    Table(results[i], output);
                }
                break;
        }
    }

    /// <summary>
    /// An aligned text table; numbers right-aligned, structs and lists as compact JSON, a row count and warnings below.
    /// With <paramref name="maxRows"/>, only the first rows are shown and a line counts the rest.
    /// </summary>
    public static void Table(QueryResult result, TextWriter output, int? maxRows = null)
    {
        var headers = result.Columns.Select(c => c.Name).ToArray();
        var shown = maxRows is { } most && most > 0 && result.Rows.Count > most ? result.Rows.Take(most).ToList() : result.Rows;
        var cells = shown.Select(r => r.Select(Cell).ToArray()).ToList();
        var numeric = result.Columns.Select((_, i) => result.Rows.All(r => r[i] is null or double or long or decimal)).ToArray();
        var widths = headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        string Line(IReadOnlyList<string> values) =>
            string.Join(" | ", values.Select((v, i) => numeric[i] ? v.PadLeft(widths[i]) : v.PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(headers));
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in cells) output.WriteLine(Line(row));
        if (shown.Count < result.Rows.Count) output.WriteLine($"... {result.Rows.Count - shown.Count} more rows");
        var total = result.Pagination is { } p ? $"; page {p.Page} of {p.TotalPages}, {p.TotalResults} in all"
            : result.TotalRows is { } t && t != result.Rows.Count ? $" of {t}" : "";
        output.WriteLine($"({result.Rows.Count} row{(result.Rows.Count == 1 ? "" : "s")}{total})");
        foreach (var warning in result.Warnings) output.WriteLine($"warning {warning.Code}: {warning.Text}");
    }

    public static void Csv(QueryResult result, TextWriter output)
    {
        output.WriteLine(string.Join(",", result.Columns.Select(c => CsvField(c.Name))));
        foreach (var row in result.Rows) output.WriteLine(string.Join(",", row.Select(v => v is null ? "" : CsvField(Cell(v)))));
    }

    private static string CsvField(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    /// <summary>A value as text: numbers round-trippable, NaN as NaN, timestamps ISO 8601, structs and lists as compact JSON.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "NaN",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => ResultJson.Timestamp(t),
        string s => s,
        IFormattable f and not DateTimeOffset => f.ToString(null, CultureInfo.InvariantCulture),
        _ => CompactJson(value),
    };

    private static string CompactJson(object value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) ResultJson.Value(writer, value);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
