using System.Buffers;

namespace Evaluation.Engine.Sources;

/// <summary>
/// How a source path is read: a glob (DuckDB's wildcards), a DuckDB database file with an optional
/// <c>#TABLE</c>, or a file known by its extension. One place for these rules, which the resolver,
/// the descriptor lookup, the schema cache and the evaluation jobs' fingerprints all follow.
/// </summary>
internal static class SourcePaths
{
    private static readonly SearchValues<char> Wildcards = SearchValues.Create("*?[");

    /// <summary>The position of the first wildcard, or -1 for a plain path.</summary>
    public static int FirstWildcard(string path) => path.AsSpan().IndexOfAny(Wildcards);

    /// <summary>The path holds a wildcard: it names a set of files.</summary>
    public static bool IsGlob(string path) => FirstWildcard(path) >= 0;

    /// <summary>The file name's extension, lower case, without the dot ("" for none).</summary>
    public static string Extension(string path)
    {
        var file = Path.GetFileName(path);
        var dot = file.LastIndexOf('.');
        return dot < 0 ? "" : file.Substring(dot + 1).ToLowerInvariant();
    }

    /// <summary><c>data.duckdb</c> → (data.duckdb, null); <c>data.duckdb#runs</c> → (data.duckdb, runs); other paths → (null, null).</summary>
    public static (string? Database, string? Table) DatabaseTable(string path)
    {
        var hash = path.LastIndexOf('#');
        var file = hash > 0 ? path.Substring(0, hash) : path;
        if (Extension(file) is not ("duckdb" or "db")) return (null, null);
        return (file, hash > 0 ? path.Substring(hash + 1) : null);
    }
}
