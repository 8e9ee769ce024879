namespace Evaluation.Language.Catalog;

/// <summary>
/// Binary classification metrics (Arthur's confusion family, scikit-learn's scores). A function
/// that scikit-learn also defines on several classes has one entry here with the union of the
/// parameters and both tasks. TP, FP, TN, FN count rows against pos_label; a score counts as a
/// positive prediction when score ≥ threshold.
/// </summary>
internal static class BinaryClassificationFunctions
{
    /// <summary>Arthur's confusion-matrix fields.</summary>
    public static IReadOnlyList<string> ConfusionFields { get; } =
        new[] { "true_positive", "false_positive", "true_negative", "false_negative" };

    private const TaskKinds BinaryAndMulticlass = TaskKinds.Binary | TaskKinds.Multiclass;

    public static IEnumerable<FunctionDefinition> All => new[]
    {
        Thresholded("confusionMatrix",
            "The counts TP, FP, TN and FN (sums of weights with weight_property).",
            MetricDirection.None) with
        {
            Result = ResultShape.Struct,
            ResultFields = ConfusionFields,
        },
        Thresholded("confusionMatrixRate",
            "The rates TP/(TP+FN), FP/(FP+TN), TN/(TN+FP), FN/(FN+TP) and (TP+TN)/N.",
            MetricDirection.None) with
        {
            Result = ResultShape.Struct,
            ResultFields = new[] { "true_positive_rate", "false_positive_rate", "true_negative_rate", "false_negative_rate", "accuracy_rate" },
        },
        Thresholded("truePositiveRate", "TP / (TP + FN).", MetricDirection.Max),
        Thresholded("falsePositiveRate", "FP / (FP + TN).", MetricDirection.Min),
        Thresholded("trueNegativeRate", "TN / (TN + FP).", MetricDirection.Max),
        Thresholded("falseNegativeRate", "FN / (FN + TP).", MetricDirection.Min),
        Thresholded("accuracyRate", "(TP + TN) / N, the fraction of rows predicted right (scikit-learn accuracy_score).", MetricDirection.Max) with
        {
            Aliases = new[] { "accuracy", "accuracy_score" },
        },
        Thresholded("balancedAccuracyRate",
            "(TP/(TP+FN) + TN/(TN+FP)) / 2 (scikit-learn balanced_accuracy_score on two classes).",
            MetricDirection.Max),
        Averaged("f1",
            "2·P·R / (P + R) with P = TP/(TP+FP) and R = TP/(TP+FN) (scikit-learn f1_score); on several classes, per-class values combined as average says."),
        Thresholded("sensitivity", "TP / (TP + FN): the same value as truePositiveRate and recall.", MetricDirection.Max),
        Thresholded("specificity", "TN / (TN + FP): the same value as trueNegativeRate.", MetricDirection.Max),
        Averaged("precision",
            "TP / (TP + FP) (scikit-learn precision_score), NaN with no predicted positive; on several classes, per-class values combined as average says."),
        Averaged("recall",
            "TP / (TP + FN) (scikit-learn recall_score), NaN with no true positive row; on several classes, per-class values combined as average says."),
        new FunctionDefinition("mcc", FunctionKind.Aggregate,
            "The Matthews correlation coefficient (TP·TN − FP·FN) / √((TP+FP)(TP+FN)(TN+FP)(TN+FN)), on several classes its multiclass form (scikit-learn matthews_corrcoef); NaN when a row or column of the confusion matrix is empty.")
        {
            Aliases = new[] { "matthews_corrcoef" },
            Parameters = LabelAgreement(),
            Tasks = BinaryAndMulticlass,
            Direction = MetricDirection.Max,
        },
        new FunctionDefinition("cohen_kappa", FunctionKind.Aggregate,
            "Cohen's kappa (pₒ − pₑ) / (1 − pₑ): the observed agreement pₒ of prediction and truth corrected by the agreement pₑ expected from their marginals (scikit-learn cohen_kappa_score).")
        {
            Aliases = new[] { "cohen_kappa_score" },
            Parameters = LabelAgreement(),
            Tasks = BinaryAndMulticlass,
            Direction = MetricDirection.Max,
        },
        new FunctionDefinition("log_loss", FunctionKind.Aggregate,
            "−mean(log p), p the probability given to the true class, clipped to [ε, 1 − ε] with ε the float64 machine epsilon; probability columns are renormalised per row after clipping (scikit-learn log_loss).")
        {
            Parameters = new[]
            {
                CommonParameters.GroundTruth,
                CommonParameters.PredictedProbabilities,
                CommonParameters.PositiveClass,
                CommonParameters.Classes,
                CommonParameters.Weight,
            },
            Tasks = BinaryAndMulticlass,
            Direction = MetricDirection.Min,
        },
        new FunctionDefinition("brier_score", FunctionKind.Aggregate,
            "mean((p − o)²), p the score and o 1 where the truth is pos_label else 0 (scikit-learn brier_score_loss).")
        {
            Aliases = new[] { "brier_score_loss" },
            Parameters = new[]
            {
                CommonParameters.GroundTruth,
                CommonParameters.Predicted with { Description = "The column holding the score (probability of the positive class)." },
                CommonParameters.PositiveClass,
                CommonParameters.Weight,
            },
            Tasks = TaskKinds.Binary,
            Direction = MetricDirection.Min,
        },
        new FunctionDefinition("auc", FunctionKind.Aggregate,
            "The exact area under the ROC curve, tied scores forming one step (scikit-learn roc_auc_score); over probability columns, one-vs-rest or one-vs-one values combined as multi_class and average say.")
        {
            Aliases = new[] { "roc_auc", "roc_auc_score", "area_under_roc_curve" },
            Parameters = new[]
            {
                CommonParameters.GroundTruth,
                CommonParameters.PredictedProbabilities,
                CommonParameters.PositiveClass,
                CommonParameters.MultiClass,
                CommonParameters.ScoreAverage,
                CommonParameters.Classes,
                CommonParameters.Weight,
            },
            Tasks = BinaryAndMulticlass,
            Direction = MetricDirection.Max,
        },
        new FunctionDefinition("average_precision", FunctionKind.Aggregate,
            "Σₙ (Rₙ − Rₙ₋₁)·Pₙ, the precision Pₙ at each distinct score threshold weighted by the recall gained there, tied scores forming one step: neither trapezoid nor interpolation (scikit-learn average_precision_score); over probability columns, one-vs-rest values combined as average says.")
        {
            Aliases = new[] { "average_precision_score", "pr_auc" },
            Parameters = new[]
            {
                CommonParameters.GroundTruth,
                CommonParameters.PredictedProbabilities,
                CommonParameters.PositiveClass,
                CommonParameters.ScoreAverageOrNone,
                CommonParameters.Classes,
                CommonParameters.Weight,
            },
            Tasks = BinaryAndMulticlass,
            Direction = MetricDirection.Max,
        },
    };

    /// <summary>A binary-only function of the confusion matrix at a threshold.</summary>
    private static FunctionDefinition Thresholded(string name, string definition, MetricDirection direction) =>
        new(name, FunctionKind.Aggregate, definition)
        {
            Parameters = new[]
            {
                CommonParameters.GroundTruth,
                CommonParameters.PredictedScoreOrLabel,
                CommonParameters.Threshold,
                CommonParameters.PositiveClass,
                CommonParameters.Weight,
            },
            Tasks = TaskKinds.Binary,
            Direction = direction,
        };

    /// <summary>f1, precision, recall: binary at a threshold, or on several classes with scikit-learn's <c>average</c>.</summary>
    private static FunctionDefinition Averaged(string name, string definition) =>
        new(name, FunctionKind.Aggregate, definition)
        {
            Aliases = new[] { name + "_score" },
            Parameters = new[]
            {
                CommonParameters.GroundTruth,
                CommonParameters.PredictedScoreOrLabel,
                CommonParameters.Threshold,
                CommonParameters.PositiveClass,
                CommonParameters.LabelAverage,
                CommonParameters.Classes,
                CommonParameters.Weight,
            },
            Tasks = BinaryAndMulticlass,
            Direction = MetricDirection.Max,
        };

    /// <summary>Parameters of the label-agreement scores (mcc, cohen_kappa) on two or more classes.</summary>
    private static ParameterDefinition[] LabelAgreement() => new[]
    {
        CommonParameters.GroundTruth,
        CommonParameters.PredictedLabel,
        CommonParameters.Threshold,
        CommonParameters.PositiveClass,
        CommonParameters.Classes,
        CommonParameters.Weight,
    };
}
