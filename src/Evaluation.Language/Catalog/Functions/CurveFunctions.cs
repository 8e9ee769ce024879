namespace Evaluation.Language.Catalog;

/// <summary>
/// Curves over binary scores: one row per distinct score threshold (per group), the rows a plot is
/// drawn from. Definitions are scikit-learn's <c>roc_curve</c> (with its default
/// <c>drop_intermediate=True</c>) and <c>precision_recall_curve</c>.
/// </summary>
internal static class CurveFunctions
{
    /// <summary>The columns <c>roc_curve</c> returns, in order.</summary>
    public static IReadOnlyList<string> RocFields { get; } = new[] { "threshold", "fpr", "tpr" };

    /// <summary>The columns <c>pr_curve</c> returns, in order.</summary>
    public static IReadOnlyList<string> PrecisionRecallFields { get; } = new[] { "threshold", "precision", "recall" };

    public static IEnumerable<FunctionDefinition> All => new[]
    {
        new FunctionDefinition("roc_curve", FunctionKind.Curve,
            "The ROC curve, one row per kept threshold, highest first: threshold, fpr = FP/N and tpr = TP/P counting score >= threshold as positive; "
            + "the first row is threshold +Infinity at (0, 0), and thresholds that lie on a straight segment are dropped (scikit-learn roc_curve, drop_intermediate=True). "
            + "fpr (tpr) is NaN in a group with no negative (positive) row.")
        {
            Parameters = Parameters(),
            Result = ResultShape.List,
            ResultFields = RocFields,
            Tasks = TaskKinds.Binary,
        },
        new FunctionDefinition("pr_curve", FunctionKind.Curve,
            "The precision-recall curve in increasing threshold order (scikit-learn precision_recall_curve): precision = TP/(TP+FP) and recall = TP/P at each "
            + "distinct score from the lowest one that reaches full recall up, then a last row with no threshold at precision 1, recall 0. "
            + "With no positive row, recall is 1.")
        {
            Aliases = new[] { "precision_recall_curve" },
            Parameters = Parameters(),
            Result = ResultShape.List,
            ResultFields = PrecisionRecallFields,
            Tasks = TaskKinds.Binary,
        },
    };

    private static ParameterDefinition[] Parameters() => new[]
    {
        CommonParameters.GroundTruth,
        CommonParameters.Predicted with
        {
            Description = "The score column (the probability of the positive class); each distinct score is a threshold.",
            Numeric = true,
        },
        CommonParameters.PositiveClass,
        CommonParameters.Weight,
    };
}
