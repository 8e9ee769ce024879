using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Evaluation.Language.Tests.Support;

/// <summary>
/// Semantic equality of two JSON documents: the same keys and values, whatever the
/// whitespace and the order of an object's keys. Arrays compare element by element, in
/// order; numbers compare as doubles (<c>850</c> ≡ <c>850.0</c> ≡ <c>8.5e2</c>); strings,
/// booleans and null compare exactly.
/// <para>
/// One normalisation, and only one: a member <c>"parameters": {}</c> (an empty object) is
/// treated as absent, at any depth. Arthur writes <c>{"function": "auc", "parameters": {}}</c>
/// and the printer leaves an empty parameter list out; both mean a call with no arguments.
/// </para>
/// </summary>
public static class JsonSemantics
{
    /// <summary>Fails, naming the first difference by its JSON path, unless the two texts are semantically equal.</summary>
    public static void AssertEqual(string expected, string actual)
    {
        var difference = Difference(expected, actual);
        if (difference is not null)
            Assert.Fail($"The JSON documents differ: {difference}\n--- expected ---\n{expected}\n--- actual ---\n{actual}");
    }

    /// <summary>True when the two texts are semantically equal.</summary>
    public static bool Equal(string left, string right) => Difference(left, right) is null;

    /// <summary>The first difference between the two texts (path and values), or null when they are semantically equal.</summary>
    public static string? Difference(string expected, string actual) =>
        Difference(JsonNode.Parse(expected), JsonNode.Parse(actual), "$");

    private static string? Difference(JsonNode? expected, JsonNode? actual, string path)
    {
        var expectedKind = Kind(expected);
        var actualKind = Kind(actual);
        if (expectedKind != actualKind)
            return $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
        switch (expectedKind)
        {
            case JsonValueKind.Object:
            {
                var left = Members(expected!.AsObject());
                var right = Members(actual!.AsObject());
                foreach (var key in left.Keys.Where(k => !right.ContainsKey(k)))
                    return $"{path}.{key}: expected {Describe(left[key])}, but the key is missing";
                foreach (var key in right.Keys.Where(k => !left.ContainsKey(k)))
                    return $"{path}.{key}: unexpected key, holding {Describe(right[key])}";
                foreach (var (key, value) in left)
                    if (Difference(value, right[key], $"{path}.{key}") is { } inner) return inner;
                return null;
            }
            case JsonValueKind.Array:
            {
                var left = expected!.AsArray();
                var right = actual!.AsArray();
                if (left.Count != right.Count)
                    return $"{path}: expected {left.Count} elements, got {right.Count}";
                for (var i = 0; i < left.Count; i++)
                    if (Difference(left[i], right[i], $"{path}[{i}]") is { } inner) return inner;
                return null;
            }
            case JsonValueKind.Number:
            {
                var left = expected!.GetValue<double>();
                var right = actual!.GetValue<double>();
                return left.Equals(right) ? null : $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
            }
            case JsonValueKind.String:
                return string.Equals(expected!.GetValue<string>(), actual!.GetValue<string>(), StringComparison.Ordinal)
                    ? null
                    : $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
            default:
                // true, false and null: the kinds already matched.
                return null;
        }
    }

    /// <summary>An object's members, with the one normalisation applied: an empty <c>"parameters"</c> object is left out.</summary>
    private static Dictionary<string, JsonNode?> Members(JsonObject obj)
    {
        var members = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            if (key == "parameters" && value is JsonObject { Count: 0 }) continue;
            members.Add(key, value);
        }
        return members;
    }

    private static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.Number => "the number " + node.GetValue<double>().ToString("R", CultureInfo.InvariantCulture),
            _ => node.ToJsonString(),
        },
    };
}
