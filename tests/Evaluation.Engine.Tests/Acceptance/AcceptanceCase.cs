using System.Text.Json;
using System.Text.Json.Nodes;
using Evaluation.Engine.Results;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Acceptance;

/// <summary>
/// One expected value of ../shared/acceptance/CASE/expected.json (computed by scikit-learn),
/// run as a JSON request through the engine, grouped when the entry has a group, and compared
/// to a relative 1e-9 (counts exactly, "NaN" as NaN, objects and lists field by field).
/// </summary>
public sealed record AcceptanceEntry(string Case, int Index, string Metric, JsonObject Parameters, string? GroupColumn, JsonNode? GroupValue, JsonNode? Expected)
{
    public const double Tolerance = 1e-9;

    /// <summary>Every entry of a case, as theory data (case, index) so test names stay short.</summary>
    public static TheoryData<string, int> Entries(string @case)
    {
        var data = new TheoryData<string, int>();
        var entries = Load(@case);
        for (var i = 0; i < entries.Count; i++) data.Add(@case, i);
        return data;
    }

    public static IReadOnlyList<AcceptanceEntry> Load(string @case)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Paths.Acceptance(@case), "expected.json")))!;
        return document["expected"]!.AsArray().Select((e, i) =>
        {
            var group = e!["group"] as JsonObject;
            var groupColumn = group?.First().Key;
            return new AcceptanceEntry(@case, i, e["metric"]!.GetValue<string>(), e["params"]!.AsObject(),
                groupColumn, groupColumn is null ? null : group![groupColumn]?.DeepClone(), e["value"]?.DeepClone());
        }).ToList();
    }

    /// <summary>The request this entry is checked with: the metric aliased `value`, grouped by the entry's column.</summary>
    public string Request()
    {
        var function = new JsonObject { ["function"] = Metric, ["alias"] = "value" };
        if (Parameters.Count > 0) function["parameters"] = Parameters.DeepClone();
        var select = new JsonArray();
        var request = new JsonObject { ["from"] = Path.Combine(Paths.Acceptance(Case), "data.parquet") };
        if (GroupColumn is not null)
        {
            select.Add(new JsonObject { ["property"] = GroupColumn });
            request["group_by"] = new JsonArray(new JsonObject { ["property"] = GroupColumn });
        }
        select.Add(function);
        request["select"] = select;
        return request.ToJsonString();
    }

    /// <summary>Runs the request and asserts the value.</summary>
    public void Check(EvaluationEngine engine)
    {
        var result = engine.Query(Request());
        var row = GroupColumn is null
            ? Assert.Single(result.Rows)
            : result.Rows.Single(r => Equals(JsonValueOf(r[result.IndexOf(GroupColumn)]), GroupValue?.ToJsonString()));
        var actual = JsonNode.Parse(JsonFor(row[result.IndexOf("value")]));
        Compare(Expected, actual, "value");
    }

    private static string JsonValueOf(object? value) => JsonFor(value);

    private static string JsonFor(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) ResultJson.Value(writer, value);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Numbers to a relative 1e-9 (integers exactly), "NaN" exactly, objects key by key, lists item by item.</summary>
    public static void Compare(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {actual?.ToJsonString()}");
                return;
            case JsonObject e:
                var a = Assert.IsType<JsonObject>(actual);
                Assert.True(e.Select(p => p.Key).OrderBy(k => k).SequenceEqual(a.Select(p => p.Key).OrderBy(k => k)),
                    $"{path}: expected keys {string.Join(",", e.Select(p => p.Key))}, got {string.Join(",", a.Select(p => p.Key))}");
                foreach (var (key, value) in e) Compare(value, a[key], path + "." + key);
                return;
            case JsonArray e:
                var list = Assert.IsType<JsonArray>(actual);
                Assert.True(e.Count == list.Count, $"{path}: expected {e.Count} items, got {list.Count}");
                for (var i = 0; i < e.Count; i++) Compare(e[i], list[i], $"{path}[{i}]");
                return;
            default:
                var expectedValue = expected.AsValue();
                if (expectedValue.TryGetValue<string>(out var text))
                {
                    Assert.True(actual is JsonValue av && av.TryGetValue<string>(out var actualText) && actualText == text,
                        $"{path}: expected \"{text}\", got {actual?.ToJsonString()}");
                    return;
                }
                var number = expectedValue.GetValue<double>();
                Assert.True(actual is JsonValue v && v.TryGetValue<double>(out _), $"{path}: expected {number}, got {actual?.ToJsonString()}");
                var got = actual!.AsValue().GetValue<double>();
                if (Math.Floor(number) == number && Math.Abs(number) < 1e15 && !expected.ToJsonString().Contains('.') && !expected.ToJsonString().Contains('e'))
                    Assert.True(number == got, $"{path}: expected exactly {number}, got {got}");
                else
                    Assert.True(Math.Abs(got - number) <= Tolerance * Math.Max(Math.Abs(number), double.Epsilon),
                        $"{path}: expected {number:R}, got {got:R} (relative error {Math.Abs(got - number) / Math.Abs(number):E2})");
                return;
        }
    }
}
