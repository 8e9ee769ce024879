using DuckDB.NET.Data;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Aggregates;

/// <summary>
/// The counted AUC and average-precision aggregates: fed (score, positives, rows) per distinct
/// score, however the counts are split (one row per score, or several rows for one score, on
/// any number of threads), they give the bits of the row-by-row aggregate over the rows counted;
/// NULL and NaN scores and empty counts are left out; counts that cannot be fail the query with a
/// message, and the connection goes on.
/// </summary>
public sealed class CountedScoreTests : IDisposable
{
    private readonly AggregateConnection _connection = new();

    public CountedScoreTests()
    {
        Execute("""
            CREATE TABLE t AS
            SELECT CASE WHEN i % 31 = 0 THEN NULL WHEN i % 37 = 0 THEN 'NaN'::DOUBLE WHEN i % 41 = 0 THEN -0.0 ELSE round((hash(i) % 300) / 300.0, 3) END AS score,
                   CASE WHEN i % 29 = 0 THEN NULL ELSE (hash(i * 3) % 100) < (hash(i) % 100) * 0.6 + 20 END AS positive,
                   i % 7 AS part
            FROM range(200000) r(i)
            """);
    }

    [Theory]
    [InlineData("evalq_auc", 1)]
    [InlineData("evalq_auc", 2)]
    [InlineData("evalq_average_precision", 1)]
    [InlineData("evalq_average_precision", 2)]
    public void Counts_per_score_give_the_bits_of_the_rows(string aggregate, int threads)
    {
        Execute($"SET threads = {threads}");
        var rows = (double)Scalar($"SELECT {aggregate}(score, positive) FROM t")!;
        // One row per score, and one per score and part (a score arrives several times, and −0 apart from +0).
        var perScore = (double)Scalar($"""
            SELECT {aggregate}_counted(score, p, n) FROM (
              SELECT score, CAST(count_if(positive) AS BIGINT) AS p, count(positive) AS n FROM t GROUP BY score)
            """)!;
        var perPart = (double)Scalar($"""
            SELECT {aggregate}_counted(CASE WHEN part = 3 AND score = 0 THEN -0.0 ELSE score END, p, n) FROM (
              SELECT score, part, CAST(count_if(positive) AS BIGINT) AS p, count(positive) AS n FROM t GROUP BY score, part)
            """)!;
        Assert.False(double.IsNaN(rows));
        Assert.Equal(BitConverter.DoubleToInt64Bits(rows), BitConverter.DoubleToInt64Bits(perScore));
        Assert.Equal(BitConverter.DoubleToInt64Bits(rows), BitConverter.DoubleToInt64Bits(perPart));
    }

    [Fact]
    public void Null_and_NaN_scores_and_empty_counts_are_left_out()
    {
        var value = (double)Scalar("""
            SELECT evalq_auc_counted(s, p, n) FROM (VALUES (0.1, 0, 3), (0.9, 2, 2), (NULL, 5, 5), ('NaN'::DOUBLE, 0, 4), (0.5, NULL, 1), (0.3, 0, 0)) v(s, p, n)
            """)!;
        Assert.Equal(1.0, value);
        Assert.True(Scalar("SELECT evalq_auc_counted(s, p, n) FROM (VALUES (0.1, 1, 1), (0.2, 3, 3)) v(s, p, n)") is double.NaN);
        Assert.True(Scalar("SELECT evalq_average_precision_counted(s, p, n) FROM (VALUES (0.1, 0, 1)) v(s, p, n)") is double.NaN);
        Assert.True(Scalar("SELECT evalq_auc_counted(s, p, n) FROM (VALUES (0.1, 1, 1)) v(s, p, n) WHERE false") is double.NaN);
    }

    [Fact]
    public void Counts_that_cannot_be_fail_the_query_and_the_connection_goes_on()
    {
        var error = Assert.ThrowsAny<DuckDBException>(() => Scalar("SELECT evalq_auc_counted(s, p, n) FROM (VALUES (0.1, 3, 2), (0.2, 0, 1)) v(s, p, n)"));
        Assert.Contains("counted 2 rows with 3 positive ones", error.Message);
        error = Assert.ThrowsAny<DuckDBException>(() => Scalar("SELECT evalq_average_precision_counted(s, p, n) FROM (VALUES (0.1, -1, 2)) v(s, p, n)"));
        Assert.Contains("with -1 positive ones", error.Message);
        Assert.Equal(0.5, Scalar("SELECT evalq_auc_counted(s, p, n) FROM (VALUES (0.1, 1, 2)) v(s, p, n)"));
    }

    private object? Scalar(string sql) => _connection.Scalar(sql);

    private void Execute(string sql) => _connection.Execute(sql);

    public void Dispose() => _connection.Dispose();
}
