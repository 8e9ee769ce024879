using System.Collections.Concurrent;
using System.Data.Common;
using Evaluation.Engine.Aggregates;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Evaluation.Engine.DuckDb;

/// <summary>
/// One in-process DuckDB database (in memory unless a file is given) and its connection. All
/// SQL the engine runs goes through <see cref="Reader"/> with bound parameters.
/// </summary>
internal sealed class DuckDbSession : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly ConcurrentQueue<Exception> _aggregateErrors = new();

    public DuckDbSession(string? databaseFile = null, int? threads = null)
    {
        _connection = new DuckDBConnection("DataSource=" + (databaseFile ?? ":memory:"));
        _connection.Open();
        // DuckDB tracks a query's progress only with its progress bar on (never printed here), and only
        // once the query has run progress_bar_time ms: start early; the caller decides when to show it.
        Execute("SET enable_progress_bar = true");
        Execute("SET enable_progress_bar_print = false");
        Execute("SET progress_bar_time = 100");
        NativeAggregateRegistration.Register(_connection, NativeAggregates.All, _aggregateErrors);
        if (threads is { } n)
        {
            if (n < 1) throw new QueryException($"--threads must be at least 1; got {n}.");
            Execute($"SET threads = {n}");
        }
    }

    public DuckDBConnection Connection => _connection;

    /// <summary>
    /// Runs SQL and returns a reader over its rows; the caller disposes it. Cancelling
    /// <paramref name="cancellation"/> interrupts the running DuckDB query (it really stops).
    /// </summary>
    public DbDataReader Reader(string sql, IReadOnlyList<object?> parameters, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters) command.Parameters.Add(new DuckDBParameter { Value = value ?? DBNull.Value });
        using var interrupt = cancellation.Register(Interrupt);
        try
        {
            return command.ExecuteReader();
        }
        catch (DuckDBException e)
        {
            command.Dispose();
            if (cancellation.IsCancellationRequested) throw new OperationCanceledException("The query was cancelled.", e, cancellation);
            // A C# aggregate's own failure, when one failed the query, says it without DuckDB's wrapping.
            var failure = NativeAggregateRegistration.TakeError(_aggregateErrors);
            _aggregateErrors.Clear();
            if (failure is not null) throw new QueryException(failure.Message, failure);
            throw new QueryException("DuckDB: " + FirstLine(e.Message), e);
        }
    }

    /// <summary>The columns of a relation, as DuckDB names their types (<c>DOUBLE</c>, <c>STRUCT(…)[]</c>).</summary>
    public IReadOnlyList<(string Name, string Type)> Describe(Sql.SqlRelation relation)
    {
        var (sql, parameters) = Sql.SqlGenerator.Generate(new Sql.SqlSelect(new[] { new Sql.SqlSelectItem(new Sql.SqlStar(), "") }, relation));
        var columns = new List<(string, string)>();
        using var reader = Reader("DESCRIBE " + sql, parameters);
        while (reader.Read()) columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    }

    /// <summary>Stops the query running on this connection, from any thread.</summary>
    public void Interrupt() => NativeMethods.Startup.DuckDBInterrupt(_connection.NativeConnection);

    /// <summary>How far the running query is, as DuckDB estimates it; null when it does not know.</summary>
    public QueryProgress? Progress()
    {
        var progress = _connection.GetQueryProgress();
        return progress.Percentage < 0 ? null : new QueryProgress(progress.Percentage, (long)progress.RowsProcessed, (long)progress.TotalRowsToProcess);
    }

    /// <summary>Runs a statement of the engine's own (settings), never user text.</summary>
    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length == 0 ? message : line;
    }

    public void Dispose() => _connection.Dispose();
}
