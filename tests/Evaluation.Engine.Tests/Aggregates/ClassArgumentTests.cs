using DuckDB.NET.Data;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Aggregates;

/// <summary>
/// The AUC and average-precision aggregates take a row's class as BOOLEAN or as an integer of
/// any width up to 64 bits, read as stored (nonzero is the positive class): the same bits
/// whatever the type, NULLs left out; any other type fails the query with a message, and the
/// connection goes on.
/// </summary>
public sealed class ClassArgumentTests : IDisposable
{
    private readonly AggregateConnection _connection = new();

    public ClassArgumentTests()
    {
        // 50,000 rows: scores on a grid (ties, so AUC counts per score) and fine ones (keys), NULL and NaN scores, NULL classes.
        Execute("""
            CREATE TABLE t AS
            SELECT CASE WHEN i % 31 = 0 THEN NULL WHEN i % 37 = 0 THEN 'NaN'::DOUBLE ELSE round((hash(i) % 100) / 100.0, 2) END AS score,
                   (hash(i * 13) % 1000003) / 1000003.0 AS fine,
                   0.5 + (hash(i * 5) % 1000) / 1000.0 AS weight,
                   CASE WHEN i % 29 = 0 THEN NULL ELSE (hash(i * 3) % 100) < (hash(i) % 100) * 0.6 + 20 END AS positive
            FROM range(50000) r(i)
            """);
    }

    public static TheoryData<string> IntegerTypes => new() { "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT" };

    [Theory]
    [MemberData(nameof(IntegerTypes))]
    public void An_integer_class_gives_the_bits_of_the_boolean_one(string type)
    {
        foreach (var (aggregate, score, weight) in new[]
                 {
                     ("evalq_auc", "score", ""), ("evalq_auc", "fine", ""), ("evalq_average_precision", "score", ""),
                     ("evalq_average_precision", "fine", ""), ("evalq_auc_weighted", "score", ", weight"), ("evalq_average_precision_weighted", "fine", ", weight"),
                 })
        {
            var boolean = (double)Scalar($"SELECT {aggregate}({score}, positive{weight}) FROM t")!;
            var integer = (double)Scalar($"SELECT {aggregate}({score}, positive::{type}{weight}) FROM t")!;
            Assert.False(double.IsNaN(boolean));
            Assert.Equal(BitConverter.DoubleToInt64Bits(boolean), BitConverter.DoubleToInt64Bits(integer));
        }
    }

    [Fact]
    public void Any_nonzero_integer_is_the_positive_class()
    {
        // The planner passes integer labels only where a used group holds 0 and 1; the aggregate itself reads nonzero as positive.
        var ones = (double)Scalar("SELECT evalq_auc(score, positive::INTEGER) FROM t")!;
        var sevens = (double)Scalar("SELECT evalq_auc(score, positive::INTEGER * -7) FROM t")!;
        Assert.Equal(ones, sevens);
    }

    [Fact]
    public void A_class_of_another_type_fails_the_query_and_the_connection_goes_on()
    {
        var error = Assert.ThrowsAny<DuckDBException>(() => Scalar("SELECT evalq_auc(score, positive::VARCHAR) FROM t"));
        Assert.Contains("the class argument must be BOOLEAN or an integer of up to 64 bits", error.Message);
        error = Assert.ThrowsAny<DuckDBException>(() => Scalar("SELECT evalq_auc(score, positive::HUGEINT) FROM t"));
        Assert.Contains("the class argument must be BOOLEAN or an integer", error.Message);
        Assert.IsType<double>(Scalar("SELECT evalq_auc(score, positive) FROM t"));
    }

    private object? Scalar(string sql) => _connection.Scalar(sql);

    private void Execute(string sql) => _connection.Execute(sql);

    public void Dispose() => _connection.Dispose();
}
