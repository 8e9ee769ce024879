using System.Text.Json;
using System.Text.Json.Nodes;
using Evaluation.Engine.Results;
using Xunit;

namespace Evaluation.Engine.Tests.Acceptance;

/// <summary>An acceptance entry (tests/Shared/AcceptanceEntry.cs) run as a JSON request through the engine, grouped when the entry has a group.</summary>
public static class AcceptanceRequests
{
    /// <summary>The request this entry is checked with: the metric aliased `value`, grouped by the entry's column.</summary>
    public static string Request(this AcceptanceEntry entry)
    {
        var function = new JsonObject { ["function"] = entry.Metric, ["alias"] = "value" };
        if (entry.Parameters.Count > 0) function["parameters"] = entry.Parameters.DeepClone();
        var select = new JsonArray();
        var request = new JsonObject { ["from"] = AcceptanceEntry.DataFile(entry.Case) };
        if (entry.GroupColumn is not null)
        {
            select.Add(new JsonObject { ["property"] = entry.GroupColumn });
            request["group_by"] = new JsonArray(new JsonObject { ["property"] = entry.GroupColumn });
        }
        select.Add(function);
        request["select"] = select;
        return request.ToJsonString();
    }

    /// <summary>Runs the request and asserts the value.</summary>
    public static void Check(this AcceptanceEntry entry, EvaluationEngine engine)
    {
        var result = engine.Query(entry.Request());
        var row = entry.GroupColumn is null
            ? Assert.Single(result.Rows)
            : result.Rows.Single(r => Equals(JsonValueOf(r[result.IndexOf(entry.GroupColumn)]), entry.GroupValue?.ToJsonString()));
        var actual = JsonNode.Parse(JsonFor(row[result.IndexOf("value")]));
        AcceptanceEntry.Compare(entry.Expected, actual, "value");
    }

    private static string JsonValueOf(object? value) => JsonFor(value);

    private static string JsonFor(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) ResultJson.Value(writer, value);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

}
