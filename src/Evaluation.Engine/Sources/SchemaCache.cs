using System.Collections.Concurrent;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sources;

/// <summary>
/// Schemas of single files read before, kept while the file's size and modification time are
/// unchanged, so a repeated query plans without asking DuckDB to read the file's metadata again.
/// Globs and folders are read each time (their set of files can change without any one file changing).
/// </summary>
internal sealed class SchemaCache
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Modified, SourceSchema Schema)> _entries = new(StringComparer.Ordinal);

    public SourceSchema? Get(string path)
    {
        if (!_entries.TryGetValue(path, out var entry)) return null;
        var file = new FileInfo(path);
        return file.Exists && file.Length == entry.Length && file.LastWriteTimeUtc == entry.Modified ? entry.Schema : null;
    }

    public void Put(string path, SourceSchema schema)
    {
        var file = new FileInfo(path);
        if (path.IndexOfAny(new[] { '*', '?', '[' }) >= 0 || !file.Exists) return;
        _entries[path] = (file.Length, file.LastWriteTimeUtc, schema);
    }
}
