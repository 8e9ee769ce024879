using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Sql;

/// <summary>The SQL (and parameters) of the multiclass forms, as approved files under Snapshots/Multiclass/.</summary>
public sealed class MulticlassSqlSnapshotTests : IDisposable
{
    private static readonly string Data = Path.Combine(Paths.Acceptance("multiclass"), "data.parquet");
    private readonly EvaluationEngine _engine = EvaluationEngine.Open();

    public MulticlassSqlSnapshotTests() => _engine.RegisterSource("inference", Data);

    [Theory]
    [InlineData("f1_macro", "from inference | select value = f1(y_true, y_pred, average: 'macro')")]
    [InlineData("precision_none_classes", "from inference | group by channel | select channel, value = precision(y_true, y_pred, average: 'none', classes: ['class-3', 'class-1', 'class-2'])")]
    [InlineData("cohen_kappa", "from inference | select value = cohen_kappa(y_true, y_pred)")]
    [InlineData("multiclass_confusion_matrix", "from inference | select value = multiclass_confusion_matrix(y_true, y_pred)")]
    [InlineData("roc_auc_ovr", "from inference | group by channel | select channel, value = roc_auc(y_true, [p_class_1, p_class_2, p_class_3])")]
    [InlineData("roc_auc_ovo_weighted", "from inference | select value = roc_auc(y_true, [p_class_1, p_class_2, p_class_3], multi_class: 'ovo', average: 'weighted')")]
    public void Sql_is_as_approved(string name, string query) =>
        Approved.Verify($"tests/Evaluation.Engine.Tests/Snapshots/Multiclass/{name}.sql", SqlSnapshot.Of(_engine, query, Data));

    /// <summary>The pure-SQL formulations (<see cref="EngineOptions.PortableSql"/>) of the forms the C# aggregates compute.</summary>
    [Theory]
    [InlineData("roc_auc_ovr", "from inference | group by channel | select channel, value = roc_auc(y_true, [p_class_1, p_class_2, p_class_3])")]
    [InlineData("roc_auc_ovo_weighted", "from inference | select value = roc_auc(y_true, [p_class_1, p_class_2, p_class_3], multi_class: 'ovo', average: 'weighted')")]
    public void Portable_sql_is_as_approved(string name, string query)
    {
        using var portable = EvaluationEngine.Open(new EngineOptions { PortableSql = true });
        portable.RegisterSource("inference", Data);
        Approved.Verify($"tests/Evaluation.Engine.Tests/Snapshots/Multiclass/{name}.portable.sql", SqlSnapshot.Of(portable, query, Data));
    }

    public void Dispose() => _engine.Dispose();
}
