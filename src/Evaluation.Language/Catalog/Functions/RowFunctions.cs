namespace Evaluation.Language.Catalog;

/// <summary>
/// Row-level functions: one value per row, usable in select, group by, or as the property of an
/// aggregate (<c>median(abs_error(y, p))</c>).
/// </summary>
internal static class RowFunctions
{
    public static IEnumerable<FunctionDefinition> All => new[]
    {
        new FunctionDefinition("roundTimestamp", FunctionKind.Row,
            "The timestamp truncated down to the start of its time_interval (weeks start on Monday, ISO 8601).")
        {
            Parameters = new[]
            {
                CommonParameters.Property with { Description = "The timestamp column.", Role = DescriptorRole.Timestamp },
                new ParameterDefinition("time_interval", ParameterType.Enum, "The unit to truncate to.")
                {
                    Required = true,
                    EnumValues = new[] { "second", "minute", "hour", "day", "week", "month", "year" },
                },
            },
            Tasks = TaskKinds.Statistics,
        },
        new FunctionDefinition("labelByMaxColumn", FunctionKind.Row,
            "The class of the column holding the row's largest value (the predicted class from per-class probability columns): its name, or its entry in labels; ties go to the first listed; NULL when any value is missing.")
        {
            Parameters = new[]
            {
                new ParameterDefinition("properties", ParameterType.Columns, "The columns to compare, one per class.") { Required = true },
                new ParameterDefinition("labels", ParameterType.List, "The class each column stands for, in the same order; default the column names."),
            },
            Tasks = TaskKinds.Multiclass | TaskKinds.Statistics,
        },
        new FunctionDefinition("arraySlice", FunctionKind.Row,
            "The length elements of the list starting at the 0-based index start (fewer where the list ends first).")
        {
            Parameters = new[]
            {
                CommonParameters.Property with { Description = "The list column." },
                new ParameterDefinition("start", ParameterType.Integer, "The 0-based index of the first element kept.") { Required = true, Min = 0 },
                new ParameterDefinition("length", ParameterType.Integer, "How many elements to keep.") { Required = true, Min = 0 },
            },
            // A list of the input's own elements, so it has no fields of its own.
            Result = ResultShape.List,
            Tasks = TaskKinds.Statistics | TaskKinds.ObjectDetection,
        },
        Error("abs_error", "The row's absolute error |ŷ − y|."),
        Error("squared_error", "The row's squared error (ŷ − y)²."),
        new FunctionDefinition("biasMitigatedPredictions", FunctionKind.Row,
            "1 when the row's score is ≥ the threshold of the first rule whose conditions the row matches, else 0; NULL when no rule matches.")
        {
            Parameters = new[]
            {
                CommonParameters.Predicted with { Description = "The column holding the score (probability of the positive class)." },
                new ParameterDefinition("thresholds", ParameterType.Conditions,
                    "Rules [{conditions, threshold}, …]: conditions are filter conditions (property, comparator (default eq), value), threshold a number in [0, 1].")
                {
                    Required = true,
                },
            },
            Tasks = TaskKinds.Binary,
        },
    };

    /// <summary>A per-row error of (ground_truth_property, predicted_property); y is the truth, ŷ the prediction.</summary>
    private static FunctionDefinition Error(string name, string definition) =>
        new(name, FunctionKind.Row, definition)
        {
            Parameters = new[] { CommonParameters.GroundTruth, CommonParameters.Predicted },
            Tasks = TaskKinds.Regression,
            Direction = MetricDirection.Min,
        };
}
