using System.Text.Json;
using Evaluation.Engine.Results.Store;

namespace Evaluation.Engine.Results.Import;

/// <summary>
/// metalab run records (a JSON list, or one record per line): run_id, experiment_id, status
/// (success, failed, cancelled), params, metrics, tags, started_at, finished_at, duration_ms,
/// error, and derived metrics (<c>derived</c>, computed after the run). Each numeric metric and
/// derived metric is a score; the experiment is the benchmark, <c>params.model</c> (when
/// present) the model.
/// </summary>
internal static class MetalabImporter
{
    private static readonly string[] Statuses = { ResultStatus.Success, ResultStatus.Failed, ResultStatus.Cancelled };

    public static IReadOnlyList<SavedResult> Read(ImportJson json, string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('['))
        {
            using var document = json.Parse(text);
            return document.RootElement.EnumerateArray().Select((r, i) => Run(json, r, $"$[{i}]")).ToList();
        }
        var results = new List<SavedResult>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            using var document = json.Parse(lines[i], i + 1);
            results.Add(Run(json, document.RootElement, $"line {i + 1}: $"));
        }
        return results;
    }

    private static SavedResult Run(ImportJson json, JsonElement record, string path)
    {
        var runId = json.String(record, "run_id", path) ?? throw json.Error(path, "missing `run_id`");
        var status = (json.String(record, "status", path) ?? ResultStatus.Success).ToLowerInvariant();
        if (!Statuses.Contains(status)) throw json.Error(path + ".status", $"`{status}` is not a status; metalab's are success, failed, cancelled");
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ImportJson.Optional(record, "params") is { ValueKind: JsonValueKind.Object } p)
            foreach (var member in p.EnumerateObject())
                parameters[member.Name] = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : member.Value.GetRawText();
        var scores = new List<ResultScore>();
        foreach (var block in new[] { "metrics", "derived" })
        {
            if (ImportJson.Optional(record, block) is not { ValueKind: JsonValueKind.Object } metrics) continue;
            foreach (var metric in metrics.EnumerateObject())
            {
                // Only numbers are scores; metalab also records strings and lists, which have no place in a score column.
                if (metric.Value.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                    scores.Add(new ResultScore { Metric = metric.Name, Score = metric.Value.ValueKind == JsonValueKind.Number ? metric.Value.GetDouble() : metric.Value.GetBoolean() ? 1 : 0 });
            }
        }
        var error = ImportJson.Optional(record, "error") switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } e => e.GetString(),
            { ValueKind: JsonValueKind.Object } e when ImportJson.Optional(e, "message") is { ValueKind: JsonValueKind.String } m => m.GetString(),
            { } e => e.GetRawText(),
        };
        var started = json.Time(record, "started_at", path) ?? throw json.Error(path, "missing `started_at`");
        return new SavedResult(new ResultRun
        {
            Name = "metalab-" + ResultNames.From(runId),
            RunId = runId,
            System = "metalab",
            CreatedAt = started,
            StartedAt = started,
            FinishedAt = json.Time(record, "finished_at", path),
            UpdatedAt = json.Time(record, "finished_at", path),
            DurationMs = json.Number(ImportJson.Optional(record, "duration_ms"), path + ".duration_ms"),
            Status = status,
            Error = error,
            Benchmark = json.String(record, "experiment_id", path),
            Model = parameters.TryGetValue("model", out var model) ? model : null,
            Tags = ImportJson.Strings(ImportJson.Optional(record, "tags")),
            Params = parameters,
        }, scores);
    }
}
