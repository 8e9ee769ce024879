namespace Evaluation.Language.Catalog;

/// <summary>
/// Multiclass metrics: Arthur's one-vs-rest functions (per-class columns, or label columns plus a
/// <c>class</c>) and scikit-learn's multiclass scores. Functions scikit-learn shares with binary
/// classification (f1, precision, recall, mcc, cohen_kappa, auc, average_precision, log_loss) live
/// in <see cref="BinaryClassificationFunctions"/> with both tasks.
/// </summary>
internal static class MulticlassFunctions
{
    public static IEnumerable<FunctionDefinition> All => new[]
    {
        new FunctionDefinition("accuracyRateMulticlass", FunctionKind.Aggregate,
            "The fraction of rows whose predicted class is the true class (scikit-learn accuracy_score); over probability columns the predicted class is the most probable one.")
        {
            // OpenML's name for it, so an imported OpenML run ranks by the catalog's direction.
            Aliases = new[] { "predictive_accuracy" },
            Parameters = new[]
            {
                CommonParameters.GroundTruth,
                CommonParameters.Predicted with
                {
                    Type = ParameterType.Columns,
                    Description = "The column holding the predicted label, or the probability columns in class order.",
                },
                CommonParameters.Classes,
                CommonParameters.Weight,
            },
            Tasks = TaskKinds.Multiclass,
            Direction = MetricDirection.Max,
        },
        OneVsRest("confusionMatrixMulticlass",
            "One class against the rest: the counts TP, FP, TN and FN for that class.",
            MetricDirection.None) with
        {
            Result = ResultShape.Struct,
            ResultFields = BinaryClassificationFunctions.ConfusionFields,
        },
        OneVsRest("confusionMatrixRateMulticlass",
            "One class against the rest: its true/false positive/negative rates, accuracy, balanced accuracy, precision and F1.",
            MetricDirection.None) with
        {
            Result = ResultShape.Struct,
            ResultFields = new[]
            {
                "true_positive_rate", "false_positive_rate", "true_negative_rate", "false_negative_rate",
                "accuracy_rate", "balanced_accuracy_rate", "precision", "f1",
            },
        },
        OneVsRest("truePositiveRateMulticlass", "One class against the rest: TP / (TP + FN).", MetricDirection.Max),
        OneVsRest("falsePositiveRateMulticlass", "One class against the rest: FP / (FP + TN).", MetricDirection.Min),
        OneVsRest("trueNegativeRateMulticlass", "One class against the rest: TN / (TN + FP).", MetricDirection.Max),
        OneVsRest("falseNegativeRateMulticlass", "One class against the rest: FN / (FN + TP).", MetricDirection.Min),
        new FunctionDefinition("balanced_accuracy", FunctionKind.Aggregate,
            "The unweighted mean over classes of each class's recall TP / (TP + FN) (scikit-learn balanced_accuracy_score).")
        {
            Aliases = new[] { "balanced_accuracy_score" },
            Parameters = new[]
            {
                CommonParameters.GroundTruth,
                CommonParameters.PredictedLabel,
                CommonParameters.Threshold,
                CommonParameters.Classes,
                CommonParameters.Weight,
            },
            Tasks = TaskKinds.Binary | TaskKinds.Multiclass,
            Direction = MetricDirection.Max,
        },
        new FunctionDefinition("top_k_accuracy", FunctionKind.Aggregate,
            "The fraction of rows whose true class is among the k classes given the highest probability (scikit-learn top_k_accuracy_score).")
        {
            Aliases = new[] { "top_k_accuracy_score" },
            Parameters = new[]
            {
                CommonParameters.GroundTruth,
                CommonParameters.PredictedProbabilities with { Description = "The probability columns in class order." },
                new ParameterDefinition("k", ParameterType.Integer, "How many of the most probable classes count as a hit.") { Default = "2", Min = 1 },
                CommonParameters.Classes,
                CommonParameters.Weight,
            },
            Tasks = TaskKinds.Multiclass,
            Direction = MetricDirection.Max,
        },
        new FunctionDefinition("multiclass_confusion_matrix", FunctionKind.Aggregate,
            "The K×K matrix of counts, rows the true class and columns the predicted class, labels sorted (scikit-learn confusion_matrix).")
        {
            Aliases = new[] { "confusion_matrix" },
            Parameters = new[]
            {
                CommonParameters.GroundTruth,
                CommonParameters.PredictedLabel with { Description = "The column holding the predicted label." },
                CommonParameters.Classes,
                CommonParameters.Weight,
            },
            Result = ResultShape.Struct,
            ResultFields = new[] { "labels", "matrix" },
            Tasks = TaskKinds.Multiclass,
        },
        new FunctionDefinition("per_class", FunctionKind.Aggregate,
            "The metric one-vs-rest for each class, as a list of {class, value} in class order (OpenML's array_data); for meanAveragePrecision, each class's AP.")
        {
            Parameters = new[]
            {
                new ParameterDefinition("metric", ParameterType.Function, "The metric to compute for each class, as a nested call.") { Required = true },
                CommonParameters.Classes,
            },
            Result = ResultShape.List,
            ResultFields = new[] { "class", "value" },
            Tasks = TaskKinds.Multiclass | TaskKinds.ObjectDetection,
        },
    };

    /// <summary>
    /// Arthur's one-vs-rest functions: per-class columns (predicted_class_A, gt_predicted_class_A),
    /// or label columns and a class.
    /// </summary>
    private static FunctionDefinition OneVsRest(string name, string definition, MetricDirection direction) =>
        new(name, FunctionKind.Aggregate, definition)
        {
            Parameters = new[]
            {
                CommonParameters.GroundTruth with { Description = "The class's ground-truth column, or the column holding the true label." },
                CommonParameters.Predicted with { Description = "The class's prediction column, or the column holding the predicted label." },
                CommonParameters.OneVsRestClass,
                CommonParameters.Classes,
                CommonParameters.Weight,
            },
            Tasks = TaskKinds.Multiclass,
            Direction = direction,
            OneVsRest = true,
        };
}
