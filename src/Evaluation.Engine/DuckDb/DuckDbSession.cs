using System.Data.Common;
using DuckDB.NET.Data;

namespace Evaluation.Engine.DuckDb;

/// <summary>
/// One in-process DuckDB database (in memory unless a file is given) and its connection. All
/// SQL the engine runs goes through <see cref="Reader"/> with bound parameters.
/// </summary>
internal sealed class DuckDbSession : IDisposable
{
    private readonly DuckDBConnection _connection;

    public DuckDbSession(string? databaseFile = null, int? threads = null)
    {
        _connection = new DuckDBConnection("DataSource=" + (databaseFile ?? ":memory:"));
        _connection.Open();
        if (threads is { } n)
        {
            if (n < 1) throw new QueryException($"--threads must be at least 1; got {n}.");
            Execute($"SET threads = {n}");
        }
    }

    public DuckDBConnection Connection => _connection;

    /// <summary>Runs SQL and returns a reader over its rows; the caller disposes it.</summary>
    public DbDataReader Reader(string sql, IReadOnlyList<object?> parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters) command.Parameters.Add(new DuckDBParameter { Value = value ?? DBNull.Value });
        try
        {
            return command.ExecuteReader();
        }
        catch (DuckDBException e)
        {
            command.Dispose();
            throw new QueryException("DuckDB: " + FirstLine(e.Message), e);
        }
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
