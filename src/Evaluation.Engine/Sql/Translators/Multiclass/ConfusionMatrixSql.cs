using Evaluation.Engine.Planning;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Multiclass;

/// <summary>
/// multiclass_confusion_matrix: <c>{labels, matrix}</c>, rows the true class and columns the
/// predicted one in label order (scikit-learn's confusion_matrix), from one <c>histogram</c> of
/// (truth, prediction) pairs looked up for every pair of the label set.
/// </summary>
internal static class ConfusionMatrixSql
{
    private const string Column = "__evalq_predicted_class";

    public static PlannedValue Translate(LabelColumns columns)
    {
        var counts = new ClassCounts(columns, columns.WithinClasses);
        var pairs = Aggregate("histogram", columns.WithinClasses,
            new SqlStruct(new[] { ("truth", columns.Truth.Value.Value), ("predicted", columns.Predicted.Value.Value) }));
        var cell = new SqlCast(Call("coalesce",
            Call("map_extract_value", pairs, new SqlStruct(new[] { ("truth", ClassCounts.Class), ("predicted", (SqlExpr)new SqlColumn(Column)) })),
            Integer(0)), "BIGINT");
        var matrix = counts.PerClass(Call("list_transform", counts.Labels, new SqlLambda(Column, cell)));
        return new PlannedValue(new SqlStruct(new[] { ("labels", counts.Labels), ("matrix", matrix) }), ColumnType.Struct);
    }
}
