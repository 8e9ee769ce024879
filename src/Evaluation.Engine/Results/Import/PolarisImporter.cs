using System.Text.Json;
using Evaluation.Engine.Results.Store;

namespace Evaluation.Engine.Results.Import;

/// <summary>
/// Polaris' <c>BenchmarkResults</c>: <c>results</c> as records of Test set / Target label / Metric /
/// Score, plus the benchmark's name and owner, github_url, paper_url, contributors and the
/// creation time. The result's name (the method) is the model; the benchmark is OWNER/NAME.
/// </summary>
internal static class PolarisImporter
{
    public static SavedResult Read(ImportJson json, string text, string? name)
    {
        using var document = json.Parse(text);
        var root = document.RootElement;
        var results = json.Required(root, "results", "$");
        if (results.ValueKind != JsonValueKind.Array) throw json.Error("$.results", "expected the list of {Test set, Target label, Metric, Score} records");
        var scores = results.EnumerateArray().Select((record, i) =>
        {
            var at = $"$.results[{i}]";
            return new ResultScore
            {
                TestSet = json.String(record, "Test set", at),
                Target = json.String(record, "Target label", at),
                Metric = json.String(record, "Metric", at) ?? throw json.Error(at, "missing `Metric`"),
                Score = json.Number(json.Required(record, "Score", at), at + ".Score"),
            };
        }).ToList();
        var benchmark = json.String(root, "benchmark_name", "$") ?? throw json.Error("$", "missing `benchmark_name`");
        var owner = ImportJson.Optional(root, "benchmark_owner") is { } o
            ? o.ValueKind == JsonValueKind.Object ? json.String(o, "slug", "$.benchmark_owner") ?? json.String(o, "owner", "$.benchmark_owner") : o.GetString()
            : null;
        var method = json.String(root, "name", "$");
        var metadata = new Dictionary<string, object?>
        {
            ["benchmark_owner"] = owner,
            ["github_url"] = json.String(root, "github_url", "$"),
            ["paper_url"] = json.String(root, "paper_url", "$"),
            ["contributors"] = ImportJson.Strings(ImportJson.Optional(root, "contributors")),
            ["description"] = json.String(root, "description", "$"),
        };
        var created = json.Time(root, "created_at", "$") ?? json.Time(root, "_created_at", "$")
            ?? throw json.Error("$", "missing `created_at`");
        return new SavedResult(new ResultRun
        {
            Name = name ?? ResultNames.From((method ?? "polaris") + "-" + benchmark),
            RunId = method,
            System = "polaris",
            CreatedAt = created,
            Model = method,
            Benchmark = owner is null ? benchmark : owner + "/" + benchmark,
            Tags = ImportJson.Strings(ImportJson.Optional(root, "tags")),
            Metadata = JsonSerializer.Serialize(metadata),
        }, scores);
    }
}
