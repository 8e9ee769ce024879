using System.Text.Json;
using Evaluation.Engine.Results.Scores;

namespace Evaluation.Engine.Results.Store;

/// <summary>
/// The JSON fields a saved run and its scores spell the same way in the store's long table
/// (<see cref="LongTable"/>) and in <c>evalq results get</c> (<see cref="SavedResultJson"/>): the
/// run's outcome, the sources read, and a score's per-fold values, per-class values and statistics.
/// </summary>
internal static class RunJson
{
    /// <summary>How the run went and what it evaluated: status, error, duration_ms, model, benchmark, dataset.</summary>
    public static void WriteOutcome(Utf8JsonWriter json, ResultRun run)
    {
        json.WriteString("status", run.Status);
        json.WriteString("error", run.Error);
        ScoreJson.Number(json, "duration_ms", run.DurationMs);
        json.WriteString("model", run.Model);
        json.WriteString("benchmark", run.Benchmark);
        json.WriteString("dataset", run.Dataset);
    }

    /// <summary><c>"sources": [{path, size, fingerprint}, …]</c>.</summary>
    public static void WriteSources(Utf8JsonWriter json, IReadOnlyList<SourceFile> sources)
    {
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("path", source.Path);
            json.WriteNumber("size", source.Size);
            json.WriteString("fingerprint", source.Fingerprint);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>A score's <c>per_fold</c>, <c>array_data</c> and NeMo statistics, each only when it has them.</summary>
    public static void WriteDetails(Utf8JsonWriter json, ResultScore score)
    {
        if (score.PerFold is { } perFold)
        {
            json.WriteStartArray("per_fold");
            foreach (var v in perFold) ScoreJson.Number(json, null, v);
            json.WriteEndArray();
        }
        if (score.ArrayData is { } perClass)
        {
            json.WriteStartArray("array_data");
            foreach (var c in perClass)
            {
                json.WriteStartObject();
                json.WriteString("class", c.Class);
                ScoreJson.Number(json, "value", c.Value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (score.Summary is { } s) ScoreJson.WriteSummary(json, s);
        if (score.Rubric is { } r) ScoreJson.WriteRubric(json, r);
    }
}
