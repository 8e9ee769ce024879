using System.Text;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Evaluation.Engine.DuckDb;
using Evaluation.Engine.Planning;
using Evaluation.Engine.Results;
using Evaluation.Engine.Sources;
using Evaluation.Engine.Sql;
using Evaluation.Language;
using Evaluation.Language.Ast;
using Evaluation.Language.Parsing.Dsl;
using Evaluation.Language.Printing;
using Evaluation.Language.Validation;

namespace Evaluation.Engine;

/// <summary>
/// Runs evalq queries in an embedded DuckDB: parse (DSL or JSON), validate against the
/// source's schema, plan to SQL with bound parameters, run, and return the rows.
/// </summary>
public sealed partial class EvaluationEngine : IDisposable
{
    private readonly DuckDbSession _session;
    private readonly Dictionary<string, string> _sources;
    private readonly Dictionary<string, string> _tables = new(StringComparer.Ordinal);
    private readonly SchemaCache _schemas = new();

    private readonly string? _model;
    private readonly TranslatorRegistry _translators;

    /// <summary>How the temporary tables holding <c>let</c> results begin (the others hold Arrow sources).</summary>
    private const string LetTablePrefix = "let_";

    private EvaluationEngine(EngineOptions options)
    {
        _model = options.Model;
        _translators = options.PortableSql ? TranslatorRegistry.Portable : TranslatorRegistry.Default;
        _session = new DuckDbSession(threads: options.Threads);
        _sources = new Dictionary<string, string>(options.Sources, StringComparer.Ordinal);
    }

    /// <summary>Opens an engine over an in-memory DuckDB.</summary>
    public static EvaluationEngine Open(EngineOptions? options = null) => new(options ?? new EngineOptions());

    /// <summary>Binds a source name to a path or glob.</summary>
    public void RegisterSource(string name, string path) => _sources[name] = path;

    /// <summary>
    /// Makes an Arrow stream a source called <paramref name="name"/>. DuckDB reads it through
    /// the Arrow C stream interface, column buffers at a time, into a temporary table.
    /// </summary>
    public void RegisterArrow(string name, IArrowArrayStream stream)
    {
        var table = "arrow_" + _tables.Count + "_" + Safe(name);
        NativeArrow.CopyToTable(_session.Connection, stream, table);
        _tables[name] = table;
    }

    /// <summary>Makes record batches (all with one schema) a source called <paramref name="name"/>.</summary>
    public void RegisterArrow(string name, Schema schema, IEnumerable<RecordBatch> batches)
    {
        using var stream = new BatchStream(schema, batches);
        RegisterArrow(name, stream);
    }

    /// <summary>
    /// Makes .NET objects a source called <paramref name="name"/>: one column per public property
    /// (or the name a <c>[Column]</c> attribute gives), passed to DuckDB as Arrow batches.
    /// </summary>
    public void RegisterObjects<T>(string name, IEnumerable<T> rows) =>
        RegisterArrow(name, ObjectBatches.SchemaOf<T>(), ObjectBatches.Batches(rows));

    private static string Safe(string name) => new(name.Where(char.IsLetterOrDigit).Take(40).ToArray());

    /// <summary>Runs one query written in the DSL or the JSON dialect.</summary>
    /// <exception cref="QueryException">The query is invalid or cannot run; the message says why and where.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> stopped the query.</exception>
    public QueryResult Query([System.Diagnostics.CodeAnalysis.StringSyntax("evalq")] string text, CancellationToken cancellation = default, IProgress<QueryProgress>? progress = null) =>
        Query(Parse(text), cancellation, progress);

    /// <summary>Runs one parsed query; <paramref name="progress"/> hears DuckDB's estimate every 200 ms while it runs.</summary>
    public QueryResult Query(Query query, CancellationToken cancellation = default, IProgress<QueryProgress>? progress = null) =>
        QueryRunner.Run(_session, Planner().Plan(query), cancellation, progress);

    /// <summary>
    /// Runs one query and streams its result as Arrow record batches, one per DuckDB chunk as the
    /// caller reads them. Cancelling <paramref name="cancellation"/> stops the DuckDB query.
    /// </summary>
    public ArrowQueryResult QueryArrow(string text, CancellationToken cancellation = default) => QueryArrow(Parse(text), cancellation);

    /// <summary>Runs one parsed query and streams its result as Arrow record batches (<see cref="QueryArrow(string, CancellationToken)"/>).</summary>
    public ArrowQueryResult QueryArrow(Query query, CancellationToken cancellation = default)
    {
        var plan = Planner().Plan(query);
        var (sql, parameters) = SqlGenerator.Generate(plan.Select);
        return new ArrowQueryResult(ArrowResultReader.Read(_session.Connection, sql, parameters, cancellation), plan);
    }

    /// <summary>
    /// Runs a DSL script: each <c>let</c> materialises its result as a temporary table that later
    /// queries can name as a source; each query's result is returned in order.
    /// </summary>
    public IReadOnlyList<QueryResult> RunScript(string text, CancellationToken cancellation = default, IProgress<QueryProgress>? progress = null)
    {
        var parsed = DslParser.ParseScript(text);
        if (parsed.HasErrors) throw new QueryException(parsed.Diagnostics);
        var results = new List<QueryResult>();
        foreach (var statement in parsed.Value!.Statements)
        {
            switch (statement)
            {
                case LetStatement let:
                    Materialise(let, cancellation);
                    break;
                case QueryStatement q:
                    results.Add(Query(q.Query, cancellation, progress));
                    break;
            }
        }
        return results;
    }

    /// <summary>The query as canonical DSL and JSON, its SQL and parameters, and DuckDB's plan; nothing runs.</summary>
    public Explanation Explain([System.Diagnostics.CodeAnalysis.StringSyntax("evalq")] string text)
    {
        var query = Parse(text);
        var plan = Planner().Plan(query);
        var (sql, parameters) = SqlGenerator.Generate(plan.Select);
        var duckPlan = new StringBuilder();
        using (var reader = _session.Reader("EXPLAIN " + sql, parameters))
            while (reader.Read()) duckPlan.AppendLine(reader.GetValue(1)?.ToString());
        var planned = plan.Query ?? query;
        return new Explanation(DslPrinter.Print(planned), JsonPrinter.Print(planned), sql, parameters, duckPlan.ToString().TrimEnd());
    }

    /// <summary>Runs a query and writes its rows to a Parquet file (DuckDB's writer; the path is a bound parameter).</summary>
    public void ExportParquet(string text, string path)
    {
        var plan = Plan(text);
        var (sql, parameters) = SqlGenerator.Generate(plan.Select with { Items = plan.Select.Items.Where(i => !UndefinedValues.IsReasonColumn(i.Alias)).ToList() });
        var all = parameters.Append(path).ToList();
        using var reader = _session.Reader($"COPY ({sql}) TO ${all.Count} (FORMAT parquet)", all);
    }

    /// <summary>The SQL a query plans to, with its parameters (for tests and snapshots).</summary>
    public (string Sql, IReadOnlyList<object?> Parameters) Sql(string text) => Sql(Parse(text));

    /// <summary>The SQL a parsed query plans to, with its parameters.</summary>
    public (string Sql, IReadOnlyList<object?> Parameters) Sql(Query query) => SqlGenerator.Generate(Planner().Plan(query).Select);

    private QueryPlan Plan(string text) => Planner().Plan(Parse(text));

    private Planner Planner() => new(new SourceResolver(_session, _sources, _tables, _schemas, _model), translators: _translators);

    private static Query Parse(string text)
    {
        var parsed = QueryText.Parse(text);
        if (parsed.HasErrors || parsed.Value is null) throw new QueryException(parsed.Diagnostics);
        return parsed.Value;
    }

    private void Materialise(LetStatement let, CancellationToken cancellation)
    {
        var plan = Planner().Plan(let.Query);
        var (sql, parameters) = SqlGenerator.Generate(plan.Select);
        var table = LetTablePrefix + _tables.Count + "_" + Safe(let.Name.Text);
        using (var reader = _session.Reader("CREATE OR REPLACE TEMP TABLE " + SqlGenerator.Quote(table) + " AS " + sql, parameters, cancellation)) { }
        _tables[let.Name.Text] = table;
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();
}
