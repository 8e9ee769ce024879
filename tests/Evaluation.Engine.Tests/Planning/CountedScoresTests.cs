using Evaluation.Engine.Tests.Support;
using Evaluation.Language.Printing;
using Xunit;

namespace Evaluation.Engine.Tests.Planning;

/// <summary>
/// Ungrouped AUC and average precision over a Parquet score column whose values repeat: the
/// planner has DuckDB count the rows per distinct score first and the counted aggregates rank the
/// counts. The values and warnings are those of the row-by-row aggregate (the same data as CSV,
/// which has no statistics) and of the pure-SQL formulation, to the bit. Where the shape or the
/// data do not fit (groups, distinct scores, another aggregate beside them, weights, a CSV), the
/// plan is the row-by-row one.
/// </summary>
public sealed class CountedScoresTests : IDisposable
{
    // 60,000 rows, ~1,000 distinct scores (with −0, NULL and NaN ones), NULL labels, labels as integers, booleans and strings, a distinct score column.
    private const string Rows = """
        SELECT CASE WHEN i % 97 = 0 THEN NULL WHEN i % 89 = 0 THEN 'NaN'::DOUBLE WHEN i % 83 = 0 THEN -0.0 ELSE round((hash(i) % 1000) / 1000.0, 3) END AS score,
               label, label::BOOLEAN AS flag, CASE label WHEN 1 THEN 'cat' WHEN 0 THEN 'dog' END AS animal,
               ['a', 'b', 'c'][1 + (i % 3)::INTEGER] AS model,
               (hash(i * 7) % 1000003) / 1000003.0 AS fine,
               0.5 + (hash(i * 5) % 100) / 100.0 AS w
        FROM (SELECT i, CASE WHEN i % 53 = 0 THEN NULL ELSE ((hash(i * 3) % 100) < (hash(i) % 1000) / 10.0 * 0.6 + 20)::INTEGER END AS label FROM range(60000) r(i))
        """;

    private readonly ParquetFiles _files = new();
    private readonly EvaluationEngine _engine = EvaluationEngine.Open();
    private readonly EvaluationEngine _portable = EvaluationEngine.Open(new EngineOptions { PortableSql = true });

    private bool CountsFirst(string query) => _engine.Sql(query).Sql.Contains("counted_scores");

    /// <summary>Same rows and warnings; numbers to 1e-12 (the SQL formulation sums in another order).</summary>
    private static void AssertClose(Engine.Results.QueryResult expected, Engine.Results.QueryResult actual)
    {
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        for (var i = 0; i < expected.Rows.Count; i++)
            foreach (var (e, a) in expected.Rows[i].Zip(actual.Rows[i]))
            {
                if (e is double x && a is double y && !double.IsNaN(x)) Assert.True(Math.Abs(x - y) <= 1e-12 * Math.Max(1, Math.Abs(x)), $"SQL {x:R}, counted {y:R}");
                else Assert.Equal(e, a);
            }
        Assert.Equal(expected.Warnings.Select(w => w.Text), actual.Warnings.Select(w => w.Text));
    }

    private static string Text(Engine.Results.QueryResult result) =>
        string.Join("\n", result.Rows.Select(r => string.Join("|", r.Select(v => v is double d ? BitConverter.DoubleToInt64Bits(d).ToString() : v?.ToString()))))
        + "\n" + string.Join("\n", result.Warnings.Select(w => w.Text));

    [Theory]
    [InlineData("select a = auc(label, score), p = average_precision(label, score)")]
    [InlineData("where model <> 'b' and score > 0.1 | select a = auc(label, score)")]
    [InlineData("select a = auc(label, score, pos_label: 0), p = average_precision(label, score, pos_label: 1)")]
    [InlineData("select a = auc(flag, score), p = average_precision(flag, score)")]
    [InlineData("select a = auc(animal, score, pos_label: 'cat'), p = average_precision(animal, score, pos_label: 'dog')")]
    [InlineData("where model == 'none' | select a = auc(label, score), p = average_precision(label, score)")]
    [InlineData("select a = auc(label, score), n = count(), w = count(score)")]
    public void Rows_are_counted_per_score_first_and_give_the_values_of_the_row_by_row_aggregate(string stages)
    {
        var parquet = _files.Parquet("scores", Rows);
        var csv = _files.Csv("scores", Rows);
        var query = $"from {DslNames.String(parquet)} | {stages}";
        Assert.True(CountsFirst(query));
        Assert.False(CountsFirst($"from {DslNames.String(csv)} | {stages}"));
        var counted = _engine.Query(query);
        Assert.Equal(Text(_engine.Query($"from {DslNames.String(csv)} | {stages}")), Text(counted));
        AssertClose(_portable.Query(query), counted);
    }

    [Fact]
    public void A_label_other_than_zero_and_one_is_tested_through_the_counts_and_reported()
    {
        var parquet = _files.Parquet("three", Rows + " UNION ALL SELECT 0.5, 2, true, 'cow', 'a', 0.5, 1.0");
        var csv = _files.Csv("three", Rows + " UNION ALL SELECT 0.5, 2, true, 'cow', 'a', 0.5, 1.0");
        foreach (var stages in new[] { "select a = auc(label, score)", "select a = average_precision(animal, score, pos_label: 'cat')" })
        {
            var query = $"from {DslNames.String(parquet)} | {stages}";
            Assert.True(CountsFirst(query));
            var counted = _engine.Query(query);
            Assert.True(counted[0, "a"] is double.NaN);
            Assert.Single(counted.Warnings);
            Assert.Equal(Text(_engine.Query($"from {DslNames.String(csv)} | {stages}")), Text(counted));
        }
    }

    [Theory]
    [InlineData("group by model | select model, a = auc(label, score)")]
    [InlineData("select a = auc(label, fine)")]
    [InlineData("select a = auc(label, score), b = auc(label, fine)")]
    [InlineData("select a = auc(label, score), m = mean(score)")]
    [InlineData("select a = auc(label, score, weight_property: w)")]
    [InlineData("select p = average_precision(label, score, pos_label: 0)")]
    public void Other_shapes_and_distinct_scores_keep_the_row_by_row_aggregate(string stages)
    {
        var parquet = _files.Parquet("scores", Rows);
        var query = $"from {DslNames.String(parquet)} | {stages}";
        Assert.False(CountsFirst(query));
        AssertClose(_portable.Query(query), _engine.Query(query));
    }

    [Fact]
    public void Statistics_tell_repeating_columns_from_distinct_ones()
    {
        var parquet = _files.Parquet("scores", Rows);
        using var session = new DuckDb.DuckDbSession();
        var schema = new Language.Validation.SourceSchema(new[] { ("score", "DOUBLE"), ("label", "INTEGER"), ("fine", "DOUBLE"), ("model", "VARCHAR") }
            .Select(c => DuckDb.DuckDbTypes.Column(c.Item1, c.Item2)));
        var statistics = Engine.Sources.ParquetStatistics.Read(session, parquet, schema);
        Assert.True(statistics.Repeats("score"));
        Assert.True(statistics.Repeats("label"));
        Assert.False(statistics.Repeats("fine"));
        Assert.False(statistics.Repeats("model")); // text: never a score
    }

    public void Dispose()
    {
        _engine.Dispose();
        _portable.Dispose();
        _files.Dispose();
    }
}
