using System.Globalization;
using Evaluation.Engine.DuckDb;
using Evaluation.Engine.Results.Scores;
using Evaluation.Engine.Sql;

namespace Evaluation.Engine.Results.Store;

/// <summary>
/// A folder of saved results, one Parquet file per result (<c>NAME.parquet</c>, the standard long
/// table), append-only. A result is written whole to a temporary file and then moved to its name
/// with a move that refuses to overwrite, so a crash never leaves half a result, and of two
/// writers saving the same name at once exactly one wins and the other is told. The folder is
/// a source the language reads in place (<c>from results('DIR')</c>).
/// </summary>
public sealed class ResultStore
{
    /// <summary>The extension of a result's file.</summary>
    public const string Extension = ".parquet";

    private ResultStore(string folder) => Folder = folder;

    /// <summary>The store's folder.</summary>
    public string Folder { get; }

    /// <summary>The glob of the store's result files.</summary>
    public string Glob => Path.Combine(Folder, "*" + Extension);

    /// <summary>Opens the store in <paramref name="folder"/>, creating the folder when <paramref name="create"/> is true.</summary>
    /// <exception cref="ResultStoreException">The folder does not exist (and is not to be created) or is a file.</exception>
    public static ResultStore Open(string folder, bool create = false)
    {
        if (File.Exists(folder)) throw new ResultStoreException($"the results store `{folder}` is a file; a store is a folder");
        if (!Directory.Exists(folder))
        {
            if (!create) throw new ResultStoreException($"no results store `{folder}` (relative paths start from {Directory.GetCurrentDirectory()})");
            Directory.CreateDirectory(folder);
        }
        return new ResultStore(folder);
    }

    /// <summary>The path of a result's file.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name + Extension);

    /// <summary>True when a result of that name is saved.</summary>
    public bool Contains(string name) => ResultNames.Problem(name) is null && File.Exists(PathOf(name));

    /// <summary>The names of the saved results, sorted.</summary>
    public IReadOnlyList<string> Names() => Directory.EnumerateFiles(Folder, "*" + Extension)
        .Select(f => Path.GetFileNameWithoutExtension(f)).Where(n => ResultNames.Problem(n) is null).OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Writes per-row scores (JSONL) for a result about to be saved, under a unique file name in the
    /// store, and returns that name (for <see cref="ResultRun.RowScoresFile"/>). Written to a temporary
    /// file and renamed, so the file is whole; a result that is then never saved leaves it unreferenced.
    /// </summary>
    public string WriteRowScores(string name, Action<TextWriter> write)
    {
        var file = $"{name}.{Guid.NewGuid():N}.row_scores.jsonl";
        var temporary = TemporaryPath();
        try
        {
            using (var writer = new StreamWriter(temporary)) write(writer);
            File.Move(temporary, Path.Combine(Folder, file), overwrite: false);
            return file;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Saves a result under its name; refuses a name that is taken, and overwrites nothing.</summary>
    /// <exception cref="ResultStoreException">The name is invalid or taken, or the file cannot be written.</exception>
    public void Save(SavedResult result)
    {
        var name = result.Run.Name;
        if (ResultNames.Problem(name) is { } problem) throw new ResultStoreException(problem);
        if (File.Exists(PathOf(name))) throw Taken(name);
        var rows = TemporaryPath();
        var parquet = TemporaryPath();
        try
        {
            using (var writer = new StreamWriter(rows)) LongTable.Write(result, writer);
            using (var session = new DuckDbSession(threads: 1))
            using (session.Reader(SourceRelations.JsonLinesToParquet(LongTable.ReadJsonColumns), new object?[] { rows, parquet })) { }
            try
            {
                // The publishing step: atomic, and it fails rather than replace a file that appeared meanwhile.
                File.Move(parquet, PathOf(name), overwrite: false);
            }
            catch (IOException) when (File.Exists(PathOf(name)))
            {
                throw Taken(name);
            }
        }
        catch (QueryException e)
        {
            throw new ResultStoreException($"cannot write result `{name}` to {Folder}: {e.Message}", e);
        }
        finally
        {
            File.Delete(rows);
            File.Delete(parquet);
        }
    }

    /// <summary>Every saved result, read back from its file.</summary>
    public IReadOnlyList<SavedResult> ReadAll()
    {
        if (Names().Count == 0) return Array.Empty<SavedResult>();
        return Read(Glob);
    }

    /// <summary>One saved result by name.</summary>
    /// <exception cref="ResultStoreException">No result has that name.</exception>
    public SavedResult Get(string name)
    {
        if (!Contains(name)) throw Unknown(name);
        return Read(PathOf(name)).Single();
    }

    /// <summary>Deletes a result (its Parquet file and its row scores): it no longer appears in listings or queries.</summary>
    /// <exception cref="ResultStoreException">No result has that name.</exception>
    public void Delete(string name)
    {
        var result = Get(name);
        File.Delete(PathOf(name));
        if (result.Run.RowScoresFile is { } rows && ResultNames.Problem(rows.Replace(".row_scores.jsonl", "")) is null)
            File.Delete(Path.Combine(Folder, rows));
    }

    /// <summary>The row scores of a result as JSONL text, or null when it has none.</summary>
    public string? RowScores(string name)
    {
        var file = Get(name).Run.RowScoresFile;
        return file is null ? null : File.ReadAllText(Path.Combine(Folder, file));
    }

    private ResultStoreException Taken(string name) =>
        new($"a result named `{name}` already exists in {Folder}; results are never overwritten: choose another name or delete it first (evalq results delete {name} --store {Folder})");

    private ResultStoreException Unknown(string name)
    {
        var suggestion = Language.Catalog.Suggestions.Closest(name, Names());
        return new($"no result named `{name}` in {Folder}" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"));
    }

    private string TemporaryPath() => Path.Combine(Folder, "." + Guid.NewGuid().ToString("N") + ".tmp");

    private IReadOnlyList<SavedResult> Read(string pathOrGlob)
    {
        try
        {
            using var session = new DuckDbSession(threads: 1);
            var (sql, parameters) = SqlGenerator.Generate(new SqlSelect(new[] { new SqlSelectItem(new SqlStar(), "*") }, SourceRelations.ResultFiles(pathOrGlob))
            {
                OrderBy = new[]
                {
                    new SqlOrder(new SqlColumn("name")), new SqlOrder(new SqlColumn("test_set"), NullsLast: false),
                    new SqlOrder(new SqlColumn("target"), NullsLast: false), new SqlOrder(new SqlColumn("metric")),
                    new SqlOrder(new SqlColumn("fold"), NullsLast: false),
                },
            });
            using var reader = session.Reader(sql, parameters);
            var instants = DuckDbValues.Instants(reader);
            var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var rows = new List<Dictionary<string, object?>>();
            while (reader.Read())
            {
                var raw = DuckDbValues.Row(reader, instants);
                rows.Add(names.Select((n, i) => (n, raw[i])).ToDictionary(x => x.n, x => x.Item2));
            }
            return rows.GroupBy(r => (string)r["name"]!).Select(g => StoredRows.ToResult(g.ToList())).ToList();
        }
        catch (QueryException e)
        {
            throw new ResultStoreException($"cannot read the results store {Folder}: {e.Message}", e);
        }
    }
}
