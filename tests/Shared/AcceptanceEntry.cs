using System.Text.Json.Nodes;
using Xunit;

namespace Evaluation.Tests.Shared;

/// <summary>
/// One expected value of ../shared/acceptance/CASE/expected.json (computed by scikit-learn): the metric,
/// its parameters, the group it belongs to (or none), and the value; <see cref="Compare"/> holds a result
/// to it (relative 1e-9, counts exactly, "NaN" as NaN, objects and lists field by field). The engine's
/// parity tests run each entry as a JSON request; the LINQ tests through typed queries.
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

    /// <summary>../shared/acceptance/CASE beside the repository.</summary>
    public static string Folder(string @case) => System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot.Path, "..", "shared", "acceptance", @case));

    /// <summary>The case's rows as Parquet.</summary>
    public static string DataFile(string @case) => System.IO.Path.Combine(Folder(@case), "data.parquet");

    public static IReadOnlyList<AcceptanceEntry> Load(string @case)
    {
        var document = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(Folder(@case), "expected.json")))!;
        return document["expected"]!.AsArray().Select((e, i) =>
        {
            var group = e!["group"] as JsonObject;
            var groupColumn = group?.First().Key;
            return new AcceptanceEntry(@case, i, e["metric"]!.GetValue<string>(), e["params"]!.AsObject(),
                groupColumn, groupColumn is null ? null : group![groupColumn]?.DeepClone(), e["value"]?.DeepClone());
        }).ToList();
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
