using Evaluation.Engine.DuckDb;
using Evaluation.Engine.Sql;
using Evaluation.Language.Ast;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sources;

/// <summary>
/// Turns a query's source into a relation DuckDB reads in place, and reads its schema
/// before planning. Paths and globs are bound as parameters of the table function
/// (<c>read_parquet($1)</c>), never pasted into the SQL. A folder is read as a hive-partitioned
/// Parquet dataset. Registered names (<c>--source NAME=PATH</c>, the API, <c>let</c>) resolve
/// to their path or table; the default source is <c>inference</c>.
/// </summary>
internal sealed class SourceResolver
{
    public const string DefaultSourceName = "inference";

    private readonly DuckDbSession _session;
    private readonly IReadOnlyDictionary<string, string> _registered;
    private readonly IReadOnlyDictionary<string, string> _tables;
    private readonly SchemaCache? _cache;
    private readonly string? _descriptorFile;

    /// <param name="session">Where schemas are read.</param>
    /// <param name="registered">Source names bound to paths.</param>
    /// <param name="tables">Source names bound to DuckDB tables (let results).</param>
    /// <param name="cache">Schemas of single files already read, reused while the file is unchanged.</param>
    /// <param name="descriptorFile">A descriptor for every source (<c>--model</c>), instead of the ones found beside the data.</param>
    public SourceResolver(DuckDbSession session, IReadOnlyDictionary<string, string> registered, IReadOnlyDictionary<string, string> tables,
        SchemaCache? cache = null, string? descriptorFile = null)
    {
        _descriptorFile = descriptorFile;
        _session = session;
        _registered = registered;
        _tables = tables;
        _cache = cache;
    }

    /// <summary>
    /// The values of the first column of a small planning query (a pivot's distinct names), NULLs
    /// left out. The planner reads the database only through the resolver: schemas and these.
    /// </summary>
    public IReadOnlyList<object> Values(SqlSelect select)
    {
        var (sql, parameters) = SqlGenerator.Generate(select);
        var values = new List<object>();
        using var reader = _session.Reader(sql, parameters);
        while (reader.Read())
            if (!reader.IsDBNull(0)) values.Add(reader.GetValue(0));
        return values;
    }

    /// <summary>The source's relation, schema and descriptor (checked against the schema).</summary>
    public ResolvedSource Resolve(Source? source)
    {
        var resolved = ResolveRelation(source);
        var file = _descriptorFile ?? (resolved.Path is { } path ? DescriptorFiles.Beside(path) : null);
        if (file is null) return resolved.Source;
        var descriptor = DescriptorFiles.Read(file);
        var problems = DescriptorFiles.Check(descriptor, resolved.Source.Schema, resolved.Source.Description);
        if (problems.Count > 0) throw new QueryException(problems);
        return resolved.Source with { Descriptor = descriptor };
    }

    private (ResolvedSource Source, string? Path) ResolveRelation(Source? source)
    {
        switch (source)
        {
            case null:
                return ResolveName(DefaultSourceName, SourceSpan.None, implicitDefault: true);
            case NamedSource named:
                return ResolveName(named.Name, named.Span, implicitDefault: false);
            case PathSource path:
                return (ResolvePath(path.Path, path.Span), path.Path);
            case ResultsSource store:
                return (ResolveStore(store), null);
            default:
                throw new InvalidOperationException("A subquery source is planned by the planner.");
        }
    }

    private (ResolvedSource, string?) ResolveName(string name, SourceSpan span, bool implicitDefault)
    {
        if (_tables.TryGetValue(name, out var table))
        {
            var relation = new SqlTable(table);
            return (new ResolvedSource(relation, ReadSchema(relation, span, name), name), null);
        }
        if (_registered.TryGetValue(name, out var path)) return (ResolvePath(path, span, name), path);
        var message = implicitDefault
            ? $"the query names no source and no `{DefaultSourceName}` source is registered; add `from 'data.parquet'` or pass --source {DefaultSourceName}=PATH"
            : $"no source is called `{name}`; register it with --source {name}=PATH, define it with `let {name} = …`, or write a path in quotes";
        var known = _registered.Keys.Concat(_tables.Keys).ToList();
        var suggestion = Language.Catalog.Suggestions.Closest(name, known);
        throw new QueryException(new[] { DiagnosticDescriptors.UnknownSource.At(span, message, suggestion) });
    }

    /// <summary>A results store: its result files read as one long table (every file has the same columns).</summary>
    private ResolvedSource ResolveStore(ResultsSource store)
    {
        if (!Directory.Exists(store.Folder))
            throw new QueryException(new[] { DiagnosticDescriptors.UnknownSource.At(store.Span, $"no results store `{store.Folder}` (relative paths start from {Directory.GetCurrentDirectory()})") });
        var glob = Path.Combine(store.Folder, "*" + Results.Store.ResultStore.Extension);
        if (!Directory.EnumerateFiles(store.Folder, "*" + Results.Store.ResultStore.Extension).Any())
            throw new QueryException(new[] { DiagnosticDescriptors.UnknownSource.At(store.Span, $"the results store `{store.Folder}` holds no results yet; save one with `evalq eval` or `evalq results import`") });
        var relation = SourceRelations.ResultFiles(glob);
        return new ResolvedSource(relation, ReadSchema(relation, store.Span, store.Folder), "results('" + store.Folder + "')");
    }

    private ResolvedSource ResolvePath(string path, SourceSpan span, string? name = null)
    {
        var relation = Relation(path, span);
        var schema = _cache?.Get(path) ?? ReadSchema(relation, span, path);
        _cache?.Put(path, schema);
        var resolved = new ResolvedSource(relation, schema, name ?? path);
        return SourcePaths.Extension(path) == "parquet" && !Directory.Exists(path)
            ? resolved with { Statistics = new Lazy<ColumnStatistics>(() => ReadParquetStatistics(path, schema)) }
            : resolved;
    }

    /// <summary>What a Parquet file's or glob's statistics say of its columns; a single file's are kept while it is unchanged.</summary>
    private ColumnStatistics ReadParquetStatistics(string path, SourceSchema schema)
    {
        if (_cache?.GetStatistics(path) is { } known) return known;
        var stamp = FileStamp.Of(path);
        var statistics = ParquetStatistics.Read(_session, path, schema);
        _cache?.PutStatistics(path, stamp, statistics);
        return statistics;
    }

    private static SqlRelation Relation(string path, SourceSpan span)
    {
        var isGlob = SourcePaths.IsGlob(path);
        if (!isGlob && Directory.Exists(path))
            return SourceRelations.ParquetFolder(path); // a (possibly hive-partitioned) Parquet dataset
        if (SourcePaths.DatabaseTable(path) is var (database, table) && database is not null)
        {
            if (!File.Exists(database))
                throw new QueryException(new[] { DiagnosticDescriptors.UnknownSource.At(span, $"no DuckDB database file `{database}`") });
            // A database file's table: its only table, or the one named after `#`.
            return SourceRelations.DatabaseTable(database, table);
        }
        if (!isGlob && !File.Exists(path))
            throw new QueryException(new[] { DiagnosticDescriptors.UnknownSource.At(span, $"no file or folder `{path}` (relative paths start from {Directory.GetCurrentDirectory()})") });

        return SourceRelations.File(path, SourcePaths.Extension(path)) ?? throw new QueryException(new[] { DiagnosticDescriptors.UnknownSource.At(span,
            $"cannot tell how to read `{path}`: use a .parquet, .csv, .tsv, .json, .jsonl or .ndjson file, a DuckDB database (.duckdb or .db, with #TABLE to pick a table), or a folder of Parquet files") });
    }

    /// <summary>The relation's columns and types, as DuckDB describes them.</summary>
    private SourceSchema ReadSchema(SqlRelation relation, SourceSpan span, string what)
    {
        try
        {
            return new SourceSchema(_session.Describe(relation).Select(c => DuckDbTypes.Column(c.Name, c.Type)));
        }
        catch (QueryException e) when (e.Diagnostics.Count == 0)
        {
            throw new QueryException(new[] { DiagnosticDescriptors.UnknownSource.At(span, $"cannot read `{what}`: {e.Message}") });
        }
    }
}
