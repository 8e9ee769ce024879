namespace Evaluation.Engine.Results.Store;

/// <summary>
/// One saved result: the facts about the run (<see cref="ResultRun"/>) and its scores, one per
/// (test set, target, metric[, fold]). In the store it is one Parquet file of the standard long
/// table, one row per score (a result without scores, such as a failed job, has one row whose
/// metric is null).
/// </summary>
/// <param name="Run">The run's fields, the same on every row.</param>
/// <param name="Scores">The scores.</param>
public sealed record SavedResult(ResultRun Run, IReadOnlyList<ResultScore> Scores);

/// <summary>The statuses a result can have (metalab's and NeMo's).</summary>
public static class ResultStatus
{
    /// <summary>The job ran to the end.</summary>
    public const string Success = "success";

    /// <summary>The job failed; <see cref="ResultRun.Error"/> says why.</summary>
    public const string Failed = "failed";

    /// <summary>The job was stopped before it ended.</summary>
    public const string Cancelled = "cancelled";
}

/// <summary>The fields of a result that hold for all its scores.</summary>
public sealed record ResultRun
{
    /// <summary>The result's unique name in its store.</summary>
    public required string Name { get; init; }

    /// <summary>The run's id in the system it came from (the name, for an evalq job).</summary>
    public string? RunId { get; init; }

    /// <summary>Where the result came from: evalq, polaris, openml, metalab or nemo.</summary>
    public string System { get; init; } = "evalq";

    /// <summary>When the result was created (UTC).</summary>
    public required DateTime CreatedAt { get; init; }

    /// <summary>When it last changed (UTC); results are append-only, so it is the creation time unless an importer knows better.</summary>
    public DateTime? UpdatedAt { get; init; }

    /// <summary><see cref="ResultStatus"/>: success, failed or cancelled.</summary>
    public string Status { get; init; } = ResultStatus.Success;

    /// <summary>Why the run failed, when it did.</summary>
    public string? Error { get; init; }

    /// <summary>How long the run took, in milliseconds.</summary>
    public double? DurationMs { get; init; }

    /// <summary>When the run started (UTC), when known.</summary>
    public DateTime? StartedAt { get; init; }

    /// <summary>When the run finished (UTC), when known.</summary>
    public DateTime? FinishedAt { get; init; }

    /// <summary>The model evaluated.</summary>
    public string? Model { get; init; }

    /// <summary>The benchmark the run belongs to.</summary>
    public string? Benchmark { get; init; }

    /// <summary>The dataset evaluated on.</summary>
    public string? Dataset { get; init; }

    /// <summary>Free tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();

    /// <summary>Parameters of the run, by name.</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = new Dictionary<string, string>();

    /// <summary>The query as the user wrote it (evalq jobs).</summary>
    public string? QueryText { get; init; }

    /// <summary>The query in canonical DSL.</summary>
    public string? QueryDsl { get; init; }

    /// <summary>The query in canonical JSON.</summary>
    public string? QueryJson { get; init; }

    /// <summary>The files the query read.</summary>
    public IReadOnlyList<SourceFile> Sources { get; init; } = Array.Empty<SourceFile>();

    /// <summary>The file (in the store's folder) holding the per-row scores as JSONL, when they were saved.</summary>
    public string? RowScoresFile { get; init; }

    /// <summary>Whatever else the source system says about the run, as a JSON object (owner, URLs, ids).</summary>
    public string? Metadata { get; init; }
}

/// <summary>A file a query read: its path, size in bytes and a SHA-256 of its content.</summary>
/// <param name="Path">The path as resolved.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Fingerprint"><c>sha256:</c> and the hex digest of the content.</param>
public sealed record SourceFile(string Path, long Size, string Fingerprint);

/// <summary>One score of a result: a metric on a test set and target (and fold), with NeMo's aggregate fields when it summarises rows.</summary>
public sealed record ResultScore
{
    /// <summary>The metric's name (a catalog name or the source system's).</summary>
    public required string Metric { get; init; }

    /// <summary>The test set (Polaris' "Test set").</summary>
    public string? TestSet { get; init; }

    /// <summary>The target (Polaris' "Target label").</summary>
    public string? Target { get; init; }

    /// <summary>The fold, for a per-fold row; null for the score over all folds.</summary>
    public long? Fold { get; init; }

    /// <summary>The value: the metric itself, or the mean of a summarised score.</summary>
    public double? Score { get; init; }

    /// <summary>The value per repeat and fold (OpenML's <c>values</c>).</summary>
    public IReadOnlyList<double>? PerFold { get; init; }

    /// <summary>The value per class (OpenML's <c>array_data</c>).</summary>
    public IReadOnlyList<ClassValue>? ArrayData { get; init; }

    /// <summary>NeMo's fields of a numeric score.</summary>
    public Scores.ScoreSummary? Summary { get; init; }

    /// <summary>NeMo's fields of a categorical score.</summary>
    public Scores.RubricSummary? Rubric { get; init; }

    /// <summary>range or rubric.</summary>
    public string ScoreType => Rubric is not null ? "rubric" : "range";
}

/// <summary>A per-class value of a metric.</summary>
/// <param name="Class">The class label.</param>
/// <param name="Value">The metric for that class.</param>
public sealed record ClassValue(string Class, double Value);
