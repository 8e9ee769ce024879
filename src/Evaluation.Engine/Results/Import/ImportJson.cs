using System.Globalization;
using System.Text.Json;
using Evaluation.Engine.Results.Store;

namespace Evaluation.Engine.Results.Import;

/// <summary>
/// Reading helpers the importers share: each failure names the file and the JSON path of the
/// field (<c>polaris.json: $.results[2].Score: expected a number, got a string</c>).
/// </summary>
internal sealed class ImportJson
{
    public ImportJson(string file) => File = file;

    /// <summary>The file's name, for messages.</summary>
    public string File { get; }

    public JsonDocument Parse(string text, int? line = null)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw Error(line is null ? "$" : $"line {line}", $"not valid JSON ({e.Message})");
        }
    }

    public ResultStoreException Error(string path, string message) => new($"{File}: {path}: {message}");

    public JsonElement Required(JsonElement parent, string key, string path)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null) return value;
        throw Error(path, $"missing `{key}`");
    }

    public static JsonElement? Optional(JsonElement parent, string key) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public string? String(JsonElement parent, string key, string path) => Optional(parent, key) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { } v => throw Error(path + "." + key, $"expected a string, got {v.ValueKind.ToString().ToLowerInvariant()}"),
    };

    /// <summary>A number, or one written as a string (OpenML writes them so; "NaN" too).</summary>
    public double? Number(JsonElement? element, string path) => element switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } v => v.GetDouble(),
        { ValueKind: JsonValueKind.String } v when double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        { ValueKind: JsonValueKind.String } v when v.GetString() is "NaN" or "nan" => double.NaN,
        { } v => throw Error(path, $"expected a number, got {(v.ValueKind == JsonValueKind.String ? "'" + v.GetString() + "'" : v.ValueKind.ToString().ToLowerInvariant())}"),
    };

    public DateTime? Time(JsonElement parent, string key, string path)
    {
        var text = String(parent, key, path);
        if (text is null) return null;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t)) return t;
        throw Error(path + "." + key, $"`{text}` is not a date and time");
    }

    /// <summary>A list that may also arrive as JSON text inside a string (OpenML's <c>values</c> and <c>array_data</c>).</summary>
    public IReadOnlyList<JsonElement>? List(JsonElement? element, string path, out JsonDocument? owned)
    {
        owned = null;
        switch (element)
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.Array } array:
                return array.EnumerateArray().ToList();
            case { ValueKind: JsonValueKind.String } text:
                owned = Parse(text.GetString()!);
                if (owned.RootElement.ValueKind != JsonValueKind.Array) throw Error(path, "expected a list");
                return owned.RootElement.EnumerateArray().ToList();
            default:
                throw Error(path, $"expected a list, got {element.Value.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    public static IReadOnlyList<string> Strings(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList()
            : Array.Empty<string>();
}
