using System.Collections.Concurrent;
using DuckDB.NET.Data;
using Evaluation.Engine.Aggregates;
using Evaluation.Engine.DuckDb;
using Xunit;

namespace Evaluation.Engine.Tests.Aggregates;

/// <summary>
/// A managed exception in any callback of a C# aggregate fails the query with its message and
/// never takes the process down; the connection runs the next query.
/// </summary>
public sealed class NativeAggregateFailureTests
{
    private sealed class Failing(string name, string failIn) : NativeAggregate<List<double>>(name, AggregateArgument.Double)
    {
        protected override List<double> Create() => new();

        protected override void Update(List<double> state, AggregateInput input, ReadOnlySpan<int> rows)
        {
            if (failIn == "update") throw new InvalidOperationException("update went wrong");
            var values = input.Doubles(0);
            foreach (var row in rows) if (values.IsValid(row)) state.Add(values.Values[row]);
        }

        protected override void Combine(List<double> source, List<double> target)
        {
            if (failIn == "combine") throw new InvalidOperationException("combine went wrong");
            target.AddRange(source);
        }

        protected override double? Finalize(List<double> state) =>
            failIn == "finalize" ? throw new InvalidOperationException("finalize went wrong") : state.Sum();
    }

    [Theory]
    [InlineData("update")]
    [InlineData("combine")]
    [InlineData("finalize")]
    public void A_throwing_callback_fails_the_query_and_the_connection_goes_on(string failIn)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var errors = new ConcurrentQueue<Exception>();
        NativeAggregateRegistration.Register(connection, new NativeAggregate[] { new Failing("fails", failIn), new Failing("works", "nowhere") }, errors);
        Execute(connection, "SET threads = 4");

        // Enough rows in several row groups for DuckDB's threads to each take some and combine their states.
        var file = Path.Combine(Path.GetTempPath(), $"evalq-failing-{Guid.NewGuid():N}.parquet");
        Execute(connection, $"COPY (SELECT i FROM range(2000000) t(i)) TO '{file}' (FORMAT parquet, ROW_GROUP_SIZE 100000)");
        var rows = $"FROM read_parquet('{file}')";
        // Grouped, every thread has a state for each group, so DuckDB combines into non-empty states.
        var error = Assert.ThrowsAny<DuckDBException>(() => Scalar(connection, $"SELECT max(v) FROM (SELECT i % 3 AS g, fails(i::DOUBLE) AS v {rows} GROUP BY g)"));
        Assert.Contains($"fails: {failIn} went wrong", error.Message);
        Assert.Contains(errors, e => e.InnerException?.Message == $"{failIn} went wrong");

        Assert.Equal(1999999000000.0, Scalar(connection, $"SELECT works(i::DOUBLE) {rows}"));
        Assert.Equal(3.0, Scalar(connection, "SELECT works(x) FROM (VALUES (1.0), (NULL), (2.0)) t(x)"));
        File.Delete(file);
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
