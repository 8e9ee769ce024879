using System.Globalization;
using System.Text;
using System.Text.Json;
using Evaluation.Engine.Results.Scores;

namespace Evaluation.Engine.Results.Store;

/// <summary>
/// The standard long table of results (LANGUAGE.md §8): its columns and DuckDB types, and one
/// JSON line per row, the form DuckDB reads (<c>read_json</c> with these column types) to
/// write a result's Parquet file. Every file in a store has exactly these columns, so a store
/// reads as one table.
/// </summary>
internal static class LongTable
{
    private static readonly string PercentileStruct =
        "STRUCT(" + string.Join(", ", ScoreStatistics.PercentilePoints.Select(p => $"p{p} DOUBLE")) + ")";

    /// <summary>The columns in order, with their DuckDB types.</summary>
    public static IReadOnlyList<(string Name, string Type)> Columns { get; } = new[]
    {
        ("name", "VARCHAR"), ("run_id", "VARCHAR"), ("system", "VARCHAR"),
        ("created_at", "TIMESTAMP"), ("updated_at", "TIMESTAMP"), ("started_at", "TIMESTAMP"), ("finished_at", "TIMESTAMP"),
        ("status", "VARCHAR"), ("error", "VARCHAR"), ("duration_ms", "DOUBLE"),
        ("model", "VARCHAR"), ("benchmark", "VARCHAR"), ("dataset", "VARCHAR"),
        ("tags", "VARCHAR[]"), ("params", "VARCHAR[]"),
        ("test_set", "VARCHAR"), ("target", "VARCHAR"), ("metric", "VARCHAR"), ("fold", "BIGINT"),
        ("score", "DOUBLE"), ("score_type", "VARCHAR"),
        ("per_fold", "DOUBLE[]"), ("array_data", "STRUCT(\"class\" VARCHAR, \"value\" DOUBLE)[]"),
        ("count", "BIGINT"), ("nan_count", "BIGINT"), ("sum", "DOUBLE"), ("mean", "DOUBLE"), ("min", "DOUBLE"), ("max", "DOUBLE"),
        ("variance", "DOUBLE"), ("std_dev", "DOUBLE"), ("sample_variance", "DOUBLE"), ("sample_std_dev", "DOUBLE"), ("median", "DOUBLE"),
        ("percentiles", PercentileStruct),
        ("histogram", "STRUCT(lower_bound DOUBLE, upper_bound DOUBLE, \"count\" BIGINT)[]"),
        ("rubric_distribution", "STRUCT(label VARCHAR, \"count\" BIGINT)[]"),
        ("mode_category", "VARCHAR"),
        ("query_text", "VARCHAR"), ("query_dsl", "VARCHAR"), ("query_json", "VARCHAR"),
        ("sources", "STRUCT(path VARCHAR, size BIGINT, fingerprint VARCHAR)[]"),
        ("row_scores_file", "VARCHAR"), ("metadata", "VARCHAR"),
    };

    /// <summary>
    /// The <c>columns</c> argument of <c>read_json</c>: a constant of this file, no user text in it.
    /// </summary>
    public static string ReadJsonColumns { get; } =
        "{" + string.Join(", ", Columns.Select(c => $"'{c.Name}': '{c.Type.Replace("'", "''")}'")) + "}";

    /// <summary>Writes the result's rows as JSON lines: one per score, or one with a null metric when it has none.</summary>
    public static void Write(SavedResult result, TextWriter writer)
    {
        var scores = result.Scores.Count == 0 ? new ResultScore?[] { null } : result.Scores.Cast<ResultScore?>();
        foreach (var score in scores)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                WriteRun(json, result.Run);
                WriteScore(json, score);
                json.WriteEndObject();
            }
            writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    private static void WriteRun(Utf8JsonWriter json, ResultRun run)
    {
        json.WriteString("name", run.Name);
        json.WriteString("run_id", run.RunId ?? run.Name);
        json.WriteString("system", run.System);
        Timestamp(json, "created_at", run.CreatedAt);
        Timestamp(json, "updated_at", run.UpdatedAt ?? run.CreatedAt);
        Timestamp(json, "started_at", run.StartedAt);
        Timestamp(json, "finished_at", run.FinishedAt);
        RunJson.WriteOutcome(json, run);
        Strings(json, "tags", run.Tags);
        Strings(json, "params", run.Params.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value).ToList());
        json.WriteString("query_text", run.QueryText);
        json.WriteString("query_dsl", run.QueryDsl);
        json.WriteString("query_json", run.QueryJson);
        RunJson.WriteSources(json, run.Sources);
        json.WriteString("row_scores_file", run.RowScoresFile);
        json.WriteString("metadata", run.Metadata);
    }

    private static void WriteScore(Utf8JsonWriter json, ResultScore? score)
    {
        json.WriteString("test_set", score?.TestSet);
        json.WriteString("target", score?.Target);
        json.WriteString("metric", score?.Metric);
        if (score?.Fold is { } fold) json.WriteNumber("fold", fold); else json.WriteNull("fold");
        ScoreJson.Number(json, "score", score?.Score);
        json.WriteString("score_type", score is null ? null : score.ScoreType);
        if (score is not null) RunJson.WriteDetails(json, score);
    }

    private static void Timestamp(Utf8JsonWriter json, string name, DateTime? value)
    {
        if (value is { } t) json.WriteString(name, t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
