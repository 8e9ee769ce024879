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
        json.WriteString("status", run.Status);
        json.WriteString("error", run.Error);
        Number(json, "duration_ms", run.DurationMs);
        json.WriteString("model", run.Model);
        json.WriteString("benchmark", run.Benchmark);
        json.WriteString("dataset", run.Dataset);
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
        json.WriteStartArray("sources");
        foreach (var s in run.Sources)
        {
            json.WriteStartObject();
            json.WriteString("path", s.Path);
            json.WriteNumber("size", s.Size);
            json.WriteString("fingerprint", s.Fingerprint);
            json.WriteEndObject();
        }
        json.WriteEndArray();
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
        Number(json, "score", score.Score);
        if (score.PerFold is { } perFold)
        {
            json.WriteStartArray("per_fold");
            foreach (var v in perFold) Number(json, null, v);
            json.WriteEndArray();
        }
        if (score.ArrayData is { } perClass)
        {
            json.WriteStartArray("array_data");
            foreach (var c in perClass)
            {
                json.WriteStartObject();
                json.WriteString("class", c.Class);
                Number(json, "value", c.Value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (score.Summary is { } s) WriteSummary(json, s);
        if (score.Rubric is { } r)
        {
            json.WriteNumber("count", r.Count);
            json.WriteNumber("nan_count", r.NanCount);
            json.WriteStartArray("rubric_distribution");
            foreach (var d in r.Distribution)
            {
                json.WriteStartObject();
                json.WriteString("label", d.Label);
                json.WriteNumber("count", d.Count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("mode_category", r.Mode);
        }
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, ScoreSummary s)
    {
        json.WriteNumber("count", s.Count);
        json.WriteNumber("nan_count", s.NanCount);
        foreach (var (name, value) in new[] { ("sum", s.Sum), ("mean", s.Mean), ("min", s.Min), ("max", s.Max), ("variance", s.Variance), ("std_dev", s.StdDev),
                     ("sample_variance", s.SampleVariance), ("sample_std_dev", s.SampleStdDev), ("median", s.Median) })
            Number(json, name, value);
        json.WriteStartObject("percentiles");
        foreach (var p in s.Percentiles) Number(json, p.Name, p.Value);
        json.WriteEndObject();
        json.WriteStartArray("histogram");
        foreach (var bin in s.Histogram)
        {
            json.WriteStartObject();
            Number(json, "lower_bound", bin.LowerBound);
            Number(json, "upper_bound", bin.UpperBound);
            json.WriteNumber("count", bin.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string? name, double? value)
    {
        if (name is not null) json.WritePropertyName(name);
        if (value is not { } v) json.WriteNullValue();
        else if (double.IsNaN(v)) json.WriteStringValue("NaN");
        else if (double.IsInfinity(v)) json.WriteStringValue(v > 0 ? "Infinity" : "-Infinity");
        else json.WriteNumberValue(v);
    }
}
