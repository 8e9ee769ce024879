using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Sql;

/// <summary>
/// The SQL (and parameters) of each binary classification function, as approved files under
/// Snapshots/Binary/: a change in the generated SQL shows up in review.
/// </summary>
public sealed class BinarySqlSnapshotTests : IDisposable
{
    private static readonly string Scores = Path.Combine(Paths.Acceptance("binary"), "data.parquet");
    private readonly EvaluationEngine _engine = EvaluationEngine.Open();
    private readonly TempCsv _labels = new("labels.csv", "label,predicted,flag,predicted_flag,animal,predicted_animal\n1,1,true,true,cat,cat\n0,1,false,true,dog,cat\n");

    public BinarySqlSnapshotTests()
    {
        _engine.RegisterSource("inference", Scores);
        _engine.RegisterSource("labels", _labels.Path);
    }

    [Theory]
    [InlineData("confusionMatrix", "from inference | select value = confusionMatrix(label, score, threshold: 0.5)")]
    [InlineData("confusionMatrix_weighted", "from inference | select value = confusionMatrix(label, score, threshold: 0.5, weight_property: weight)")]
    [InlineData("confusionMatrixRate", "from inference | select value = confusionMatrixRate(label, score, threshold: 0.5)")]
    [InlineData("truePositiveRate", "from inference | select value = truePositiveRate(label, score, threshold: 0.5)")]
    [InlineData("falsePositiveRate", "from inference | select value = falsePositiveRate(label, score, threshold: 0.5)")]
    [InlineData("trueNegativeRate", "from inference | select value = trueNegativeRate(label, score, threshold: 0.5)")]
    [InlineData("falseNegativeRate", "from inference | select value = falseNegativeRate(label, score, threshold: 0.5)")]
    [InlineData("accuracyRate", "from inference | select value = accuracyRate(label, score, threshold: 0.5)")]
    [InlineData("balancedAccuracyRate", "from inference | select value = balancedAccuracyRate(label, score, threshold: 0.5)")]
    [InlineData("f1", "from inference | select value = f1(label, score, threshold: 0.5)")]
    [InlineData("sensitivity", "from inference | select value = sensitivity(label, score, threshold: 0.5)")]
    [InlineData("specificity", "from inference | select value = specificity(label, score, threshold: 0.5)")]
    [InlineData("precision", "from inference | select value = precision(label, score, threshold: 0.5)")]
    [InlineData("precision_pos_label_0", "from inference | select value = precision(label, score, threshold: 0.5, pos_label: 0)")]
    [InlineData("precision_integer_labels", "from labels | select value = precision(label, predicted)")]
    [InlineData("precision_boolean_labels", "from labels | select value = precision(flag, predicted_flag)")]
    [InlineData("precision_string_labels", "from labels | select value = precision(animal, predicted_animal, pos_label: 'cat')")]
    [InlineData("recall", "from inference | select value = recall(label, score, threshold: 0.5)")]
    [InlineData("mcc", "from inference | select value = mcc(label, score, threshold: 0.5)")]
    [InlineData("cohen_kappa", "from inference | select value = cohen_kappa(label, score, threshold: 0.5)")]
    [InlineData("log_loss", "from inference | select value = log_loss(label, score)")]
    [InlineData("log_loss_weighted", "from inference | select value = log_loss(label, score, weight_property: weight)")]
    [InlineData("brier_score", "from inference | select value = brier_score(label, score)")]
    [InlineData("auc", "from inference | select value = auc(label, score)")]
    [InlineData("auc_by_segment", "from inference | group by segment | select segment, value = auc(label, score)")]
    [InlineData("auc_weighted", "from inference | select value = auc(label, score, weight_property: weight)")]
    [InlineData("average_precision", "from inference | select value = average_precision(label, score)")]
    [InlineData("average_precision_weighted_by_segment", "from inference | where model == 'v2' | group by segment | select segment, value = average_precision(label, score, weight_property: weight)")]
    public void Sql_is_as_approved(string name, string query) =>
        Approved.Verify($"tests/Evaluation.Engine.Tests/Snapshots/Binary/{name}.sql",
            SqlSnapshot.Of(_engine, query, _engine == null ? "" : DataPath(query)));

    /// <summary>
    /// The pure-SQL formulations of the ranking metrics (<see cref="EngineOptions.PortableSql"/>): the
    /// SQL an engine without the C# aggregates runs, and the aggregates' oracle.
    /// </summary>
    [Theory]
    [InlineData("auc", "from inference | select value = auc(label, score)")]
    [InlineData("auc_by_segment", "from inference | group by segment | select segment, value = auc(label, score)")]
    [InlineData("auc_weighted", "from inference | select value = auc(label, score, weight_property: weight)")]
    [InlineData("average_precision", "from inference | select value = average_precision(label, score)")]
    [InlineData("average_precision_weighted_by_segment", "from inference | where model == 'v2' | group by segment | select segment, value = average_precision(label, score, weight_property: weight)")]
    public void Portable_sql_is_as_approved(string name, string query)
    {
        using var portable = EvaluationEngine.Open(new EngineOptions { PortableSql = true });
        portable.RegisterSource("inference", Scores);
        Approved.Verify($"tests/Evaluation.Engine.Tests/Snapshots/Binary/{name}.portable.sql", SqlSnapshot.Of(portable, query, Scores));
    }

    private string DataPath(string query) => query.StartsWith("from labels", StringComparison.Ordinal) ? _labels.Path : Scores;

    public void Dispose()
    {
        _engine.Dispose();
        _labels.Dispose();
    }
}
