namespace Evaluation.Language.Ast;

/// <summary>Where a query's rows come from.</summary>
public abstract record Source : Node
{
    /// <summary>
    /// Tells a path from a registered name in a source string: a path has a directory
    /// separator, a glob character or a data-file extension; anything else is a name.
    /// Both front-ends use this rule, so a source prints back the way it parses.
    /// </summary>
    public static Source FromText(string text, SourceSpan span) =>
        LooksLikePath(text) ? new PathSource(text) { Span = span } : new NamedSource(text) { Span = span };

    /// <summary>True when <paramref name="text"/> names a file or glob rather than a registered source.</summary>
    public static bool LooksLikePath(string text)
    {
        if (text.IndexOfAny(new[] { '/', '\\', '*', '?' }) >= 0) return true;
        // A DuckDB database file may name its table after `#`: data.duckdb#inference.
        var hash = text.IndexOf('#');
        if (hash > 0) text = text.Substring(0, hash);
        var dot = text.LastIndexOf('.');
        if (dot < 0) return false;
        var extension = text.Substring(dot + 1).ToLowerInvariant();
        return extension is "parquet" or "csv" or "tsv" or "json" or "jsonl" or "ndjson" or "duckdb" or "db" or "arrow" or "feather";
    }
}

/// <summary>A registered source name (<c>inference</c>, a <c>let</c> binding, <c>--source NAME=PATH</c>).</summary>
public sealed record NamedSource(string Name) : Source;

/// <summary>A file path or glob, queried in place.</summary>
public sealed record PathSource(string Path) : Source;

/// <summary>
/// A results store (a folder of saved results, one Parquet file each) read as the standard long
/// table of results: <c>from results('DIR')</c>, or <c>{"from": {"results": "DIR"}}</c> in JSON.
/// </summary>
public sealed record ResultsSource(string Folder) : Source;

/// <summary>A nested query whose result is the source (Arthur's <c>subquery</c>).</summary>
public sealed record SubquerySource(Query Query) : Source;
