using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Aggregates;

/// <summary>
/// Two implementations, one answer: every metric a C# aggregate computes gives the same value as
/// its pure-SQL formulation (<see cref="EngineOptions.PortableSql"/>) on data with heavy ties,
/// NULLs, NaNs, an empty group and a one-class group, grouped and ungrouped; and the aggregates
/// give bitwise the same numbers whatever DuckDB's thread count.
/// </summary>
public sealed class NativeAndPortableAgreeTests : IDisposable
{
    private readonly ParquetFiles _files = new();
    private readonly string _data;

    public NativeAndPortableAgreeTests()
    {
        // 300,000 rows in several row groups (so DuckDB's threads each take some): scores on a grid of
        // 0.01 (heavy ties) and fine ones (mostly distinct), NULL labels, NaN and NULL scores and weights, a one-class segment 'E' and a
        // segment 'F' whose every row lacks a label.
        _data = _files.Parquet("ranked", """
            SELECT CASE WHEN i % 5 = 4 AND i % 7 = 0 THEN 'E' WHEN i % 101 = 0 THEN 'F' ELSE chr(65 + (i % 4)::INT) END AS segment,
                   CASE WHEN i % 101 = 0 OR i % 13 = 0 THEN NULL WHEN i % 5 = 4 AND i % 7 = 0 THEN 1
                        ELSE ((hash(i * 3) % 100) < (hash(i) % 100) * 0.6 + 20)::INT END AS label,
                   CASE WHEN i % 17 = 0 THEN 'NaN'::DOUBLE WHEN i % 19 = 0 THEN NULL ELSE round((hash(i) % 100) / 100.0, 2) END AS score,
                   CASE WHEN i % 23 = 0 THEN 'NaN'::DOUBLE ELSE 0.5 + (hash(i * 5) % 1000) / 1000.0 END AS weight,
                   (hash(i * 7) % 50)::DOUBLE AS y,
                   round((hash(i * 7) % 50) * 0.7 + (hash(i * 11) % 20), 0) AS p,
                   (hash(i * 13) % 1000003) / 1000003.0 AS fine,
                   CASE WHEN i % 29 = 0 THEN NULL ELSE ((hash(i * 17) % 2000001)::DOUBLE - 1000000) / 7.0 * pow(10, (i % 9) - 4) END AS wide,
                   -- the labels as SMALLINT, with a third class (2) in some rows of segment 'D': that group is undefined on both paths
                   CASE WHEN chr(65 + (i % 4)::INT) = 'D' AND i % 1000 = 3 THEN 2
                        WHEN i % 101 = 0 OR i % 13 = 0 THEN NULL ELSE ((hash(i * 3) % 100) < (hash(i) % 100) * 0.6 + 20)::SMALLINT END AS three
            FROM range(300000) t(i)
            """);
    }

    public static TheoryData<string> Queries => new()
    {
        "select v = auc(label, score)",
        "group by segment | select segment, v = auc(label, score)",
        "select v = auc(label, score, weight_property: weight)",
        "group by segment | select segment, v = auc(label, score, weight_property: weight)",
        "select v = average_precision(label, score)",
        "group by segment | select segment, v = average_precision(label, score)",
        "group by segment | select segment, v = average_precision(label, score, pos_label: 0)",
        "group by segment | select segment, v = average_precision(label, score, weight_property: weight)",
        "where score > 0.3 | select v = auc(label, score), w = average_precision(label, score)",
        // Integer labels reach the aggregates as stored; a group with another value is undefined.
        "group by segment | select segment, v = auc(three, score), w = average_precision(three, score), x = auc(three, score, pos_label: 0)",
        "group by segment | select segment, v = average_precision(three, fine, pos_label: 0), w = auc(three, fine, weight_property: weight)",
        // Over 65,536 distinct scores: the aggregates stop counting per score and collect keys.
        "select v = auc(label, fine), w = average_precision(label, fine)",
        "group by segment | select segment, v = auc(label, fine), w = average_precision(label, fine)",
        "select v = spearman(y, p)",
        "select v = spearman(fine, y)",
        "group by segment | select segment, v = spearman(y, p)",
        "where segment == 'nothing' | select v = auc(label, score), w = spearman(y, p)",
        // DOUBLE sums, means, variances and correlations: exact C# aggregates in place of DuckDB's
        // (whose last bits change with the thread count), over values of many magnitudes.
        "select a = rmse(y, wide), b = mae(y, wide), c = rSquared(wide, y), d = explained_variance(wide, y), e = pearson(wide, fine), f = mse(fine, wide)",
        "group by segment | select segment, a = rmse(wide, y), b = mae(y, wide), c = rSquared(wide, fine), d = pearson(y, wide)",
        "group by segment | select segment, a = rmse(wide, y, weight_property: weight), b = rSquared(wide, fine, weight_property: weight), c = explained_variance(wide, y, weight_property: weight)",
        "select a = sum(wide), b = avg(wide), c = avgAbs(wide), d = variance(wide), e = std_dev(wide), f = sample_variance(wide), g = sample_std_dev(wide)",
        "group by segment | select segment, a = sum(wide), b = avg(fine), c = variance(wide), d = sample_std_dev(fine)",
        "group by segment | select segment, a = log_loss(label, fine), b = brier_score(label, fine), c = precision(label, fine, threshold: 0.4, weight_property: weight)",
        "where segment == 'nothing' | select a = sum(wide), b = avg(wide), c = variance(wide), d = sample_variance(wide), e = rmse(y, wide)",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_aggregate_and_the_sql_formulation_agree(string query)
    {
        var native = Run(query, portable: false, threads: null);
        var portable = Run(query, portable: true, threads: null);
        Assert.Equal(portable.Count, native.Count);
        for (var i = 0; i < native.Count; i++)
        {
            Assert.Equal(portable[i].Key, native[i].Key);
            for (var k = 0; k < native[i].Values.Length; k++)
                AssertAgree(portable[i].Values[k], native[i].Values[k], $"{query} row {i}");
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_aggregates_give_the_same_bits_whatever_the_thread_count(string query)
    {
        var one = Run(query, portable: false, threads: 1);
        foreach (var threads in new[] { 2, 4 })
        {
            var many = Run(query, portable: false, threads: threads);
            Assert.Equal(one.Count, many.Count);
            for (var i = 0; i < one.Count; i++)
                Assert.Equal(one[i].Values.Select(BitConverter.DoubleToInt64Bits), many[i].Values.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void Undefined_groups_are_nan_with_the_reason_on_both_paths()
    {
        foreach (var portable in new[] { false, true })
        {
            using var engine = EvaluationEngine.Open(new EngineOptions { PortableSql = portable });
            engine.RegisterSource("inference", _data);
            var result = engine.Query("group by segment | select segment, v = auc(label, score)");
            var e = result.Rows.Single(r => (string?)r[0] == "E");
            Assert.True(double.IsNaN((double)e[1]!));
            Assert.Contains(result.Warnings, w => w.Message.Contains("segment = 'E'") && w.Message.Contains("only one class"));
        }
    }

    private List<(string? Key, double[] Values)> Run(string query, bool portable, int? threads)
    {
        using var engine = EvaluationEngine.Open(new EngineOptions { PortableSql = portable, Threads = threads });
        engine.RegisterSource("inference", _data);
        var result = engine.Query(query);
        var grouped = query.Contains("group by", StringComparison.Ordinal);
        return result.Rows.Select(r => (grouped ? (string?)r[0] : null, r.Skip(grouped ? 1 : 0).Select(v => v is double d ? d : double.NaN).ToArray())).ToList();
    }

    /// <summary>
    /// Unweighted AUC is exact on both paths (integer pair counts, one division), so equal to the bit;
    /// the other metrics sum floating-point terms in a different order (or exactly on the C# path),
    /// so agree to 1e-12 — relative, or absolute against the terms' scale where a sum cancels to near 0.
    /// </summary>
    private static void AssertAgree(double expected, double actual, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual:R}");
            return;
        }
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"{what}: SQL {expected:R}, aggregate {actual:R}");
    }

    public void Dispose() => _files.Dispose();
}
