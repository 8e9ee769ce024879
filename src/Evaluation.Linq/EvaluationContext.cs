using Apache.Arrow;
using Apache.Arrow.Ipc;
using Evaluation.Engine;
using Evaluation.Language.Ast;

namespace Evaluation.Linq;

/// <summary>
/// The entry point of LINQ queries: an embedded engine (DuckDB in memory) and typed sources over
/// it. Each source is an <see cref="IQueryable{T}"/> whose operators translate into the language's
/// AST — the same query the DSL and the JSON dialect write — which the engine plans and runs.
/// <code>
/// await using var eval = EvaluationContext.Open();
/// var rows = await eval.Parquet&lt;Inference&gt;("samples/data/credit/*.parquet").Where(r => r.Sex == 1).ToListAsync();
/// </code>
/// Row types map members to columns by name, or by <c>[Column("name")]</c>
/// (System.ComponentModel.DataAnnotations.Schema). Queries on one context run one at a time.
/// </summary>
public sealed class EvaluationContext : IDisposable, IAsyncDisposable
{
    private int _sources;

    private EvaluationContext(EvaluationEngine engine)
    {
        Engine = engine;
        Provider = new EvaluationQueryProvider(this);
    }

    /// <summary>Opens a context on a new in-memory engine.</summary>
    public static EvaluationContext Open(EngineOptions? options = null) => new(EvaluationEngine.Open(options));

    /// <summary>The engine the queries run on (DSL text, registered sources, explain).</summary>
    public EvaluationEngine Engine { get; }

    internal EvaluationQueryProvider Provider { get; }

    /// <summary>Parquet files (a path or a glob, hive-partitioned folders included), queried in place.</summary>
    public IQueryable<T> Parquet<T>(string pathOrGlob) => From<T>(new PathSource(pathOrGlob));

    /// <summary>Any file the engine reads, by its extension: Parquet, CSV, JSON/JSONL, or <c>file.duckdb#table</c>.</summary>
    public IQueryable<T> File<T>(string path) => From<T>(new PathSource(path));

    /// <summary>A source registered on <see cref="Engine"/> under <paramref name="name"/>.</summary>
    public IQueryable<T> Source<T>(string name) => From<T>(new NamedSource(name));

    /// <summary>.NET objects, passed to DuckDB as Arrow batches (one column per public property).</summary>
    public IQueryable<T> Objects<T>(IEnumerable<T> rows)
    {
        var name = NextName();
        Engine.RegisterObjects(name, rows);
        return From<T>(new NamedSource(name));
    }

    /// <summary>Arrow record batches, scanned by DuckDB through the Arrow C stream interface (not copied row by row).</summary>
    public IQueryable<T> Arrow<T>(Schema schema, IEnumerable<RecordBatch> batches)
    {
        var name = NextName();
        Engine.RegisterArrow(name, schema, batches);
        return From<T>(new NamedSource(name));
    }

    /// <summary>An Arrow stream, scanned by DuckDB through the Arrow C stream interface.</summary>
    public IQueryable<T> Arrow<T>(IArrowArrayStream stream)
    {
        var name = NextName();
        Engine.RegisterArrow(name, stream);
        return From<T>(new NamedSource(name));
    }

    private IQueryable<T> From<T>(Source source) => new EvaluationQuery<T>(Provider, new QuerySource(source, typeof(T)));

    private string NextName() => "linq_source_" + Interlocked.Increment(ref _sources);

    /// <inheritdoc />
    public void Dispose() => Engine.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
