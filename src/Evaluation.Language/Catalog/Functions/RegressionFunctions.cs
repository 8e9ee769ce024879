namespace Evaluation.Language.Catalog;

/// <summary>
/// Regression metrics over a ground-truth and a predicted column (Arthur, scikit-learn, Polaris).
/// In the definitions y is the truth and ŷ the prediction.
/// </summary>
internal static class RegressionFunctions
{
    public static IEnumerable<FunctionDefinition> All => new[]
    {
        Metric("rmse", "The root mean squared error √(mean((ŷ − y)²)) (scikit-learn root_mean_squared_error).",
            MetricDirection.Min, weighted: true) with
        {
            Aliases = new[] { "root_mean_squared_error" },
        },
        Metric("mse", "The mean squared error mean((ŷ − y)²) (scikit-learn mean_squared_error).",
            MetricDirection.Min, weighted: true) with
        {
            Aliases = new[] { "mean_squared_error" },
        },
        Metric("mae",
            "The mean absolute error mean(|ŷ − y|) (scikit-learn mean_absolute_error); aggregation takes the min, max or median (scikit-learn median_absolute_error) of |ŷ − y| instead, and with normalizationMin and normalizationMax each |ŷ − y| first becomes (|ŷ − y| − min) / (max − min). Weights weight the mean and the median (scikit-learn's weighted median), not the min and max.",
            MetricDirection.Min, weighted: true) with
        {
            Aliases = new[] { "mean_absolute_error" },
            Parameters = new[]
            {
                CommonParameters.MeasuredTruth,
                CommonParameters.MeasuredPrediction,
                new ParameterDefinition("aggregation", ParameterType.Enum, "Which statistic of the absolute errors to take.")
                {
                    Default = "'avg'",
                    EnumValues = new[] { "avg", "min", "max", "median" },
                },
                new ParameterDefinition("normalizationMin", ParameterType.Number,
                    "With normalizationMax: the lower end of the min/max normalisation of each absolute error."),
                new ParameterDefinition("normalizationMax", ParameterType.Number,
                    "With normalizationMin: the upper end of the min/max normalisation of each absolute error."),
                CommonParameters.Weight,
            },
        },
        Metric("rSquared",
            "The coefficient of determination 1 − Σ(y − ŷ)² / Σ(y − ȳ)² (scikit-learn r2_score); NaN for a constant truth.",
            MetricDirection.Max, weighted: true) with
        {
            Aliases = new[] { "r2", "r2_score" },
        },
        Metric("explained_variance",
            "1 − Var(y − ŷ) / Var(y), population variances (scikit-learn explained_variance_score); NaN for a constant truth.",
            MetricDirection.Max, weighted: true) with
        {
            Aliases = new[] { "explained_variance_score", "explained_var" },
        },
        Metric("pearson",
            "The Pearson correlation coefficient cov(y, ŷ) / (σ_y σ_ŷ) (scipy pearsonr); NaN when either side is constant.",
            MetricDirection.Max, weighted: false) with
        {
            Aliases = new[] { "pearsonr" },
        },
        Metric("spearman",
            "The Pearson correlation of the ranks of y and of ŷ, tied values taking their average rank (scipy spearmanr).",
            MetricDirection.Max, weighted: false) with
        {
            Aliases = new[] { "spearmanr" },
        },
        Metric("mape",
            "The mean absolute percentage error mean(|ŷ − y| / |y|) as a fraction, not a percent; NaN when any y is 0 (scikit-learn mean_absolute_percentage_error substitutes a huge number).",
            MetricDirection.Min, weighted: true) with
        {
            Aliases = new[] { "mean_absolute_percentage_error" },
        },
        Metric("max_error", "The largest absolute error max(|ŷ − y|) (scikit-learn max_error).",
            MetricDirection.Min, weighted: false),
        Metric("aafe",
            "The absolute average fold error 10^mean(|log10(ŷ / y)|); 1 is perfect; NaN when any y or ŷ is not positive.",
            MetricDirection.Toward(1), weighted: false),
        Metric("absolute_average_fold_error",
            "Polaris' absolute average fold error as its code computes it, mean(|ŷ| / |y|); 1 is perfect; NaN when any y is 0.",
            MetricDirection.Toward(1), weighted: false),
    };

    /// <summary>A regression metric of (ground_truth_property, predicted_property), optionally weighted.</summary>
    private static FunctionDefinition Metric(string name, string definition, MetricDirection direction, bool weighted) =>
        new(name, FunctionKind.Aggregate, definition)
        {
            Parameters = weighted
                ? new[] { CommonParameters.MeasuredTruth, CommonParameters.MeasuredPrediction, CommonParameters.Weight }
                : new[] { CommonParameters.MeasuredTruth, CommonParameters.MeasuredPrediction },
            Tasks = TaskKinds.Regression,
            Direction = direction,
        };
}
