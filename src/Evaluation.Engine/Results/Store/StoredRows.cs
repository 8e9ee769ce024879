using System.Globalization;
using Evaluation.Engine.Results.Scores;

namespace Evaluation.Engine.Results.Store;

/// <summary>Turns the long table's rows of one result (as read back from Parquet) into a <see cref="SavedResult"/>.</summary>
internal static class StoredRows
{
    public static SavedResult ToResult(IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var first = rows[0];
        var run = new ResultRun
        {
            Name = (string)first["name"]!,
            RunId = first["run_id"] as string,
            System = first["system"] as string ?? "evalq",
            CreatedAt = Time(first["created_at"]) ?? default,
            UpdatedAt = Time(first["updated_at"]),
            StartedAt = Time(first["started_at"]),
            FinishedAt = Time(first["finished_at"]),
            Status = first["status"] as string ?? ResultStatus.Success,
            Error = first["error"] as string,
            DurationMs = Double(first["duration_ms"]),
            Model = first["model"] as string,
            Benchmark = first["benchmark"] as string,
            Dataset = first["dataset"] as string,
            Tags = Strings(first["tags"]),
            Params = Strings(first["params"]).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal),
            QueryText = first["query_text"] as string,
            QueryDsl = first["query_dsl"] as string,
            QueryJson = first["query_json"] as string,
            Sources = List(first["sources"]).Select(s => new SourceFile((string)s["path"]!, Convert.ToInt64(s["size"], CultureInfo.InvariantCulture), (string)s["fingerprint"]!)).ToList(),
            RowScoresFile = first["row_scores_file"] as string,
            Metadata = first["metadata"] as string,
        };
        var scores = rows.Where(r => r["metric"] is string).Select(Score).ToList();
        return new SavedResult(run, scores);
    }

    private static ResultScore Score(Dictionary<string, object?> row)
    {
        var type = row["score_type"] as string;
        return new ResultScore
        {
            Metric = (string)row["metric"]!,
            TestSet = row["test_set"] as string,
            Target = row["target"] as string,
            Fold = row["fold"] is { } f ? Convert.ToInt64(f, CultureInfo.InvariantCulture) : null,
            Score = Double(row["score"]),
            PerFold = row["per_fold"] is IReadOnlyList<object?> folds ? folds.Select(v => Double(v) ?? double.NaN).ToList() : null,
            ArrayData = row["array_data"] is IReadOnlyList<object?> ? List(row["array_data"]).Select(c => new ClassValue((string)c["class"]!, Double(c["value"]) ?? double.NaN)).ToList() : null,
            Summary = type == "range" && row["count"] is not null ? Summary(row) : null,
            Rubric = type == "rubric" ? new RubricSummary(Long(row["count"]), Long(row["nan_count"]),
                List(row["rubric_distribution"]).Select(d => new LabelCount((string)d["label"]!, Long(d["count"]))).ToList(), row["mode_category"] as string) : null,
        };
    }

    private static ScoreSummary Summary(Dictionary<string, object?> row)
    {
        var percentiles = row["percentiles"] as IReadOnlyDictionary<string, object?>;
        return new ScoreSummary(Long(row["count"]), Long(row["nan_count"]), D(row["sum"]), D(row["mean"]), D(row["min"]), D(row["max"]),
            D(row["variance"]), D(row["std_dev"]), D(row["sample_variance"]), D(row["sample_std_dev"]), D(row["median"]),
            ScoreStatistics.PercentilePoints.Select(p => new Percentile("p" + p, percentiles is null ? double.NaN : D(percentiles["p" + p]))).ToList(),
            List(row["histogram"]).Select(b => new HistogramBin(D(b["lower_bound"]), D(b["upper_bound"]), Long(b["count"]))).ToList());
    }

    private static double D(object? value) => Double(value) ?? double.NaN;

    private static double? Double(object? value) => value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static long Long(object? value) => value is null ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static DateTime? Time(object? value) => value switch
    {
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        DateTimeOffset o => o.UtcDateTime,
        _ => null,
    };

    private static IReadOnlyList<string> Strings(object? value) =>
        value is IReadOnlyList<object?> list ? list.OfType<string>().ToList() : Array.Empty<string>();

    private static IEnumerable<IReadOnlyDictionary<string, object?>> List(object? value) =>
        value is IReadOnlyList<object?> list ? list.OfType<IReadOnlyDictionary<string, object?>>() : Enumerable.Empty<IReadOnlyDictionary<string, object?>>();
}
