using System.Collections.Concurrent;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sources;

/// <summary>
/// What was read before about single files, kept while the file's size and modification time are
/// unchanged, so a repeated query plans without asking DuckDB to read the file's metadata again:
/// its schema, and what its statistics say of its columns. Globs and folders are read each time
/// (their set of files can change without any one file changing).
/// </summary>
internal sealed class SchemaCache
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, SourceSchema Schema)> _schemas = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, ColumnStatistics Statistics)> _statistics = new(StringComparer.Ordinal);

    public SourceSchema? Get(string path) =>
        _schemas.TryGetValue(path, out var entry) && FileStamp.Of(path) == entry.Stamp ? entry.Schema : null;

    public void Put(string path, SourceSchema schema)
    {
        if (FileStamp.Of(path) is { } stamp) _schemas[path] = (stamp, schema);
    }

    public ColumnStatistics? GetStatistics(string path) =>
        _statistics.TryGetValue(path, out var entry) && FileStamp.Of(path) == entry.Stamp ? entry.Statistics : null;

    /// <summary>Keeps statistics read from the file as it was at <paramref name="stamp"/> (taken before reading them).</summary>
    public void PutStatistics(string path, FileStamp? stamp, ColumnStatistics statistics)
    {
        if (stamp is { } read && FileStamp.Of(path) == read) _statistics[path] = (read, statistics);
    }
}

/// <summary>A single file's size and modification time; null for globs and missing files.</summary>
internal readonly record struct FileStamp(long Length, DateTime Modified)
{
    public static FileStamp? Of(string path)
    {
        if (SourcePaths.IsGlob(path)) return null;
        var file = new FileInfo(path);
        return file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc) : null;
    }
}
