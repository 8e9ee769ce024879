using Evaluation.Engine.Tests.Support;
using Evaluation.Language.Printing;
using Xunit;

namespace Evaluation.Engine.Tests.Sources;

/// <summary>
/// Parquet statistics deciding a label test at plan time: where the footers prove integer labels
/// lie in [0, 1], the row-by-row "values other than 0 and 1" test is left out of the SQL; wherever
/// they do not prove it (another value, a glob with such a file, a file rewritten since, a CSV),
/// the test stays and reports. Either way the values are those of the source with the test.
/// </summary>
public sealed class ParquetStatisticsTests : IDisposable
{
    private const string Rows = "SELECT * FROM (VALUES ('A', 1, 0.9, 1), ('A', 0, 0.4, 0), ('A', 1, 0.35, 0), ('B', 0, 0.8, 1), ('B', 1, 0.7, 1), ('B', 0, 0.2, 0)) t(segment, label, score, predicted)";
    private readonly ParquetFiles _files = new();

    private static bool ChecksLabels(EvaluationEngine engine, string query) =>
        engine.Sql(query).Parameters.Any(p => p is string s && (s.Contains("other than 0 and 1") || s.Contains("more than one class")));

    [Theory]
    [InlineData("select a = auc(label, score)")]
    [InlineData("select a = average_precision(label, score)")]
    [InlineData("select a = log_loss(label, score)")]
    [InlineData("where score > 0.3 | group by segment | select segment, a = auc(label, score)")]
    [InlineData("select f = f1(label, score, threshold: 0.5), c = confusionMatrix(label, score, threshold: 0.5)")]
    [InlineData("select r = accuracyRate(label, predicted), p = precision(label, predicted, pos_label: 0)")]
    public void Labels_proven_zero_or_one_are_not_tested_row_by_row_and_give_the_same_values(string stages)
    {
        var parquet = _files.Parquet("binary", Rows);
        var csv = _files.Csv("binary", Rows);
        using var engine = EvaluationEngine.Open();
        Assert.False(ChecksLabels(engine, $"from {DslNames.String(parquet)} | {stages}"));
        Assert.True(ChecksLabels(engine, $"from {DslNames.String(csv)} | {stages}"));
        var proven = engine.Query($"from {DslNames.String(parquet)} | {stages}");
        var tested = engine.Query($"from {DslNames.String(csv)} | {stages}");
        Assert.Equal(tested.Rows.Select(r => string.Join("|", r)), proven.Rows.Select(r => string.Join("|", r)));
        Assert.Empty(proven.Warnings);
    }

    [Fact]
    public void A_label_outside_zero_and_one_keeps_the_test_and_is_reported()
    {
        var parquet = _files.Parquet("three", Rows + " UNION ALL SELECT 'A', 2, 0.5, 2");
        using var engine = EvaluationEngine.Open();
        Assert.True(ChecksLabels(engine, $"from {DslNames.String(parquet)} | select a = auc(label, score)"));
        var result = engine.Query($"from {DslNames.String(parquet)} | group by segment | select segment, a = auc(label, score)");
        Assert.True(result[0, "a"] is double.NaN);
        Assert.Contains("other than 0 and 1", Assert.Single(result.Warnings).Text);
        Assert.False(result[1, "a"] is double.NaN);
    }

    [Fact]
    public void A_glob_is_proven_only_when_every_file_is()
    {
        var folder = _files.Folder("parts");
        _files.Parquet("parts/one", Rows);
        _files.Parquet("parts/two", Rows.Replace("('B', 0, 0.2, 0)", "('B', 0, 0.2, 0), ('B', -1, 0.1, 0)"));
        using var engine = EvaluationEngine.Open();
        var glob = DslNames.String(Path.Combine(folder, "*.parquet"));
        Assert.True(ChecksLabels(engine, $"from {glob} | select a = auc(label, score)"));
        var result = engine.Query($"from {glob} | group by segment | select segment, a = auc(label, score)");
        Assert.False(result[0, "a"] is double.NaN);
        Assert.True(result[1, "a"] is double.NaN);
        Assert.Contains("segment = 'B'", Assert.Single(result.Warnings).Text);
        Assert.False(ChecksLabels(engine, $"from {DslNames.String(Path.Combine(folder, "one.parquet"))} | select a = auc(label, score)"));
    }

    [Fact]
    public void A_file_rewritten_after_a_query_is_read_again()
    {
        var path = _files.Parquet("rewritten", Rows);
        using var engine = EvaluationEngine.Open();
        var query = $"from {DslNames.String(path)} | select a = auc(label, score)";
        Assert.Empty(engine.Query(query).Warnings);
        File.SetLastWriteTimeUtc(_files.Parquet("rewritten", Rows + " UNION ALL SELECT 'C', 7, 0.5, 1"), DateTime.UtcNow.AddMinutes(1));
        var result = engine.Query(query);
        Assert.True(result[0, "a"] is double.NaN);
        Assert.Contains("other than 0 and 1", Assert.Single(result.Warnings).Text);
    }

    [Fact]
    public void Labels_that_are_null_in_a_whole_row_group_still_prove_the_rest()
    {
        var path = _files.Parquet("nulls", "SELECT CASE WHEN i < 150000 THEN NULL ELSE i % 2 END::INTEGER AS label, (i % 1000) / 1000.0 AS score FROM range(300000) r(i) ORDER BY i");
        using var engine = EvaluationEngine.Open();
        var query = $"from {DslNames.String(path)} | select a = auc(label, score), n = count()";
        Assert.False(ChecksLabels(engine, query));
        var result = engine.Query(query);
        Assert.False(result[0, "a"] is double.NaN);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Float_and_boolean_labels_keep_their_tests()
    {
        var path = _files.Parquet("floats", "SELECT label::DOUBLE AS label, score, label = 1 AS flag FROM (" + Rows + ")");
        using var engine = EvaluationEngine.Open();
        Assert.True(ChecksLabels(engine, $"from {DslNames.String(path)} | select a = auc(label, score)"));
        Assert.Empty(engine.Query($"from {DslNames.String(path)} | select a = auc(flag, score)").Warnings);
    }

    public void Dispose() => _files.Dispose();
}
