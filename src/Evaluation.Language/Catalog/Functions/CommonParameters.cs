namespace Evaluation.Language.Catalog;

/// <summary>Parameters many functions share, defined once so their names and rules cannot drift.</summary>
internal static class CommonParameters
{
    public static ParameterDefinition GroundTruth { get; } =
        new("ground_truth_property", ParameterType.Column, "The column holding the true value.")
        { Required = true, Role = DescriptorRole.GroundTruth };

    public static ParameterDefinition Predicted { get; } =
        new("predicted_property", ParameterType.Column, "The column holding the prediction.")
        { Required = true, Role = DescriptorRole.Prediction };

    /// <summary>A binary prediction: a score is thresholded, a label is compared with the positive class.</summary>
    public static ParameterDefinition PredictedScoreOrLabel { get; } = Predicted with
    {
        Description = "The column holding the score (probability of the positive class) or the predicted label.",
    };

    /// <summary>For metrics that read probabilities: one score column, or one probability column per class.</summary>
    public static ParameterDefinition PredictedProbabilities { get; } = Predicted with
    {
        Type = ParameterType.Columns,
        Description = "The score column (probability of the positive class), or the list of probability columns in class order.",
        Numeric = true,
    };

    /// <summary>For label metrics on several classes: a predicted-label column (or a score column on two classes).</summary>
    public static ParameterDefinition PredictedLabel { get; } = Predicted with
    {
        Description = "The column holding the predicted label (or, on two classes, a score to threshold).",
    };

    /// <summary>A regression target: the true value, a number.</summary>
    public static ParameterDefinition MeasuredTruth { get; } = GroundTruth with { Numeric = true };

    /// <summary>A regression prediction: a number.</summary>
    public static ParameterDefinition MeasuredPrediction { get; } = Predicted with { Numeric = true };

    public static ParameterDefinition Property { get; } =
        new("property", ParameterType.Column, "The column (or row-level expression) to aggregate.") { Required = true };

    public static ParameterDefinition Weight { get; } =
        new("weight_property", ParameterType.Column, "A column of per-row sample weights (scikit-learn's sample_weight).")
        { Numeric = true };

    /// <summary>The decision threshold; the engine demands it only when the prediction is a score.</summary>
    public static ParameterDefinition Threshold { get; } =
        new("threshold", ParameterType.Number,
            "A score counts as a positive prediction when score >= threshold; needed only when predicted_property holds scores.")
        { Min = 0, Max = 1, Role = DescriptorRole.Threshold };

    public static ParameterDefinition PositiveClass { get; } =
        new("pos_label", ParameterType.Value,
            "The positive class, the one the metric reports on (default 1 / true, or the descriptor's).")
        { Default = "1", Aliases = new[] { "class" }, Role = DescriptorRole.PositiveClass };

    /// <summary>The class a one-vs-rest multiclass function reports on; Arthur's per-class columns imply it.</summary>
    public static ParameterDefinition OneVsRestClass { get; } = PositiveClass with
    {
        Default = null,
        Description = "The class reported one-vs-rest when the columns hold labels; per-class columns imply it.",
    };

    public static ParameterDefinition Classes { get; } =
        new("classes", ParameterType.List,
            "The label set and its order; default the sorted distinct labels of the group's ground truth and predictions.");

    /// <summary>scikit-learn's <c>average</c> of f1_score, precision_score and recall_score.</summary>
    public static ParameterDefinition LabelAverage { get; } =
        new("average", ParameterType.Enum,
            "binary: the pos_label class alone; micro: from total counts; macro: unweighted mean over classes; weighted: mean weighted by true count; none: the per-class list.")
        { Default = "'binary'", EnumValues = new[] { "binary", "micro", "macro", "weighted", "none" } };

    /// <summary>scikit-learn's <c>average</c> of roc_auc_score over probability columns.</summary>
    public static ParameterDefinition ScoreAverage { get; } =
        new("average", ParameterType.Enum,
            "How one-vs-rest values over probability columns combine: macro (unweighted mean), weighted (by true count) or micro (pooled).")
        { Default = "'macro'", EnumValues = new[] { "macro", "weighted", "micro" } };

    /// <summary>scikit-learn's <c>average</c> of average_precision_score, which also allows the per-class list.</summary>
    public static ParameterDefinition ScoreAverageOrNone { get; } = ScoreAverage with
    {
        Description = "How one-vs-rest values over probability columns combine: macro, weighted (by true count), micro (pooled) or none (the per-class list).",
        EnumValues = new[] { "macro", "weighted", "micro", "none" },
    };

    public static ParameterDefinition MultiClass { get; } =
        new("multi_class", ParameterType.Enum,
            "Over probability columns: ovr (each class against the rest) or ovo (the mean over pairs of classes).")
        { Default = "'ovr'", EnumValues = new[] { "ovr", "ovo" } };

    /// <summary>The comparison of a <c>countIf</c>-shaped condition.</summary>
    public static ParameterDefinition Comparator { get; } =
        new("comparator", ParameterType.Comparator, "How the property is compared with value (eq, gt, isNull, …).") { Required = true };

    /// <summary>The right-hand side of a <c>countIf</c>-shaped condition; isNull and its kin take none.</summary>
    public static ParameterDefinition ComparisonValue { get; } =
        new("value", ParameterType.Value, "The value compared with (a list for in / nin / between; none for isNull and notNull).");
}
