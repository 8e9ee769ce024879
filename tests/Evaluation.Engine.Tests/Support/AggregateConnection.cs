using System.Collections.Concurrent;
using DuckDB.NET.Data;
using Evaluation.Engine.Aggregates;
using Evaluation.Engine.DuckDb;

namespace Evaluation.Engine.Tests.Support;

/// <summary>An in-memory DuckDB connection with the engine's C# aggregates registered, for tests that call them in SQL.</summary>
public sealed class AggregateConnection : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public AggregateConnection()
    {
        _connection.Open();
        NativeAggregateRegistration.Register(_connection, NativeAggregates.All, new ConcurrentQueue<Exception>());
    }

    /// <summary>The first value of <paramref name="sql"/> (test-authored SQL).</summary>
    public object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
