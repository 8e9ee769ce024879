namespace Evaluation.Engine;

/// <summary>How an engine is opened.</summary>
public sealed record EngineOptions
{
    /// <summary>DuckDB's worker threads; null for DuckDB's default (all cores). Results do not depend on it.</summary>
    public int? Threads { get; init; }

    /// <summary>Source names bound to paths (<c>--source NAME=PATH</c>); <c>inference</c> is the default source.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// A dataset descriptor file (<c>--model</c>) for every query's source; without it, a source's
    /// descriptor is <c>NAME.model.json</c> beside a file or <c>FOLDER.model.json</c> beside a folder.
    /// </summary>
    public string? Model { get; init; }

    /// <summary>
    /// Plan every metric as pure SQL, without the engine's C# aggregates (exact AUC, average
    /// precision, Spearman): slower, but the SQL any DuckDB (or a SQL engine that cannot run .NET
    /// code) can run, and the oracle the aggregates are tested against. Results are the same.
    /// </summary>
    public bool PortableSql { get; init; }
}
