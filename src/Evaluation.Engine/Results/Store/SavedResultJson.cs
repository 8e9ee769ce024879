using System.Text.Json;
using Evaluation.Engine.Results.Scores;

namespace Evaluation.Engine.Results.Store;

/// <summary>
/// Saved results as JSON, NeMo's shape: the run's fields, then <c>results</c>, one entry per
/// score with its metric and aggregate fields. NaN and the infinities are written as the
/// strings <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c> (the dialect's convention).
/// </summary>
public static class SavedResultJson
{
    /// <summary>Writes one result as a JSON object.</summary>
    public static void Write(Utf8JsonWriter json, SavedResult result)
    {
        var run = result.Run;
        json.WriteStartObject();
        json.WriteString("name", run.Name);
        json.WriteString("run_id", run.RunId ?? run.Name);
        json.WriteString("system", run.System);
        json.WriteString("created_at", ResultJson.Timestamp(run.CreatedAt, utc: true));
        json.WriteString("updated_at", ResultJson.Timestamp(run.UpdatedAt ?? run.CreatedAt, utc: true));
        RunJson.WriteOutcome(json, run);
        json.WriteStartArray("tags");
        foreach (var tag in run.Tags) json.WriteStringValue(tag);
        json.WriteEndArray();
        json.WriteStartObject("params");
        foreach (var (k, v) in run.Params.OrderBy(p => p.Key, StringComparer.Ordinal)) json.WriteString(k, v);
        json.WriteEndObject();
        if (run.QueryText is not null)
        {
            json.WriteStartObject("query");
            json.WriteString("text", run.QueryText);
            json.WriteString("dsl", run.QueryDsl);
            json.WriteString("json", run.QueryJson);
            json.WriteEndObject();
        }
        RunJson.WriteSources(json, run.Sources);
        if (run.RowScoresFile is not null) json.WriteString("row_scores_file", run.RowScoresFile);
        json.WriteStartArray("results");
        foreach (var score in result.Scores) WriteScore(json, score);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter json, ResultScore score)
    {
        json.WriteStartObject();
        json.WriteString("metric", score.Metric);
        if (score.TestSet is not null) json.WriteString("test_set", score.TestSet);
        if (score.Target is not null) json.WriteString("target", score.Target);
        if (score.Fold is { } fold) json.WriteNumber("fold", fold);
        json.WriteString("score_type", score.ScoreType);
        ScoreJson.Number(json, "score", score.Score);
        RunJson.WriteDetails(json, score);
        json.WriteEndObject();
    }
}
