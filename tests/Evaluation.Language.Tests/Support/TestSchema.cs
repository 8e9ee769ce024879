using Evaluation.Language.Validation;

namespace Evaluation.Language.Tests.Support;

/// <summary>The source schema validation tests check queries against: the sample credit, multiclass and detector columns.</summary>
public static class TestSchema
{
    public static SourceSchema Inference { get; } = new(new[]
    {
        new SchemaColumn("FICO_actual", ColumnType.Float),
        new SchemaColumn("FICO_predicted", ColumnType.Float),
        new SchemaColumn("label", ColumnType.Integer),
        new SchemaColumn("score", ColumnType.Float),
        new SchemaColumn("weight", ColumnType.Float),
        new SchemaColumn("prediction_1", ColumnType.Float),
        new SchemaColumn("SEX", ColumnType.Integer),
        new SchemaColumn("model_version", ColumnType.String),
        new SchemaColumn("segment", ColumnType.String),
        new SchemaColumn("inference_id", ColumnType.String),
        new SchemaColumn("inference_timestamp", ColumnType.Timestamp),
        new SchemaColumn("true_class", ColumnType.String),
        new SchemaColumn("predicted_class", ColumnType.String),
        new SchemaColumn("p_a", ColumnType.Float),
        new SchemaColumn("p_b", ColumnType.Float),
        new SchemaColumn("p_c", ColumnType.Float),
        new SchemaColumn("rubric", ColumnType.String),
        new SchemaColumn("tags", ColumnType.List),
        new SchemaColumn("objects_detected", ColumnType.List)
        {
            Fields = new[]
            {
                new SchemaColumn("class_id", ColumnType.Integer),
                new SchemaColumn("confidence", ColumnType.Float),
                new SchemaColumn("top_left_x", ColumnType.Float),
                new SchemaColumn("top_left_y", ColumnType.Float),
                new SchemaColumn("width", ColumnType.Float),
                new SchemaColumn("height", ColumnType.Float),
            },
        },
        new SchemaColumn("label_boxes", ColumnType.List),
    });
}
