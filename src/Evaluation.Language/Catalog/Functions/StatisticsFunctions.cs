namespace Evaluation.Language.Catalog;

/// <summary>Counting and descriptive statistics (Arthur's helpers, NeMo's aggregate fields).</summary>
internal static class StatisticsFunctions
{
    /// <summary>NeMo's percentile fields, p10 … p100.</summary>
    public static IReadOnlyList<string> PercentileFields { get; } =
        new[] { "p10", "p20", "p30", "p40", "p50", "p60", "p70", "p80", "p90", "p100" };

    /// <summary>The fields of one histogram bin, as NeMo (and the acceptance data) name them.</summary>
    public static IReadOnlyList<string> BinFields { get; } = new[] { "lower_bound", "upper_bound", "count" };

    public static IEnumerable<FunctionDefinition> All => new[]
    {
        new FunctionDefinition("count", FunctionKind.Aggregate,
            "count() counts rows; count(property) counts the rows where the property is not missing (NULL or NaN).")
        {
            Parameters = new[] { CommonParameters.Property with { Required = false } },
            Tasks = TaskKinds.Statistics,
        },
        new FunctionDefinition("countIf", FunctionKind.Aggregate,
            "The number of rows where `property comparator value` holds.")
        {
            Parameters = Condition("The column the condition tests."),
            Tasks = TaskKinds.Statistics,
        },
        new FunctionDefinition("rate", FunctionKind.Aggregate,
            "The fraction of the group's rows where `property comparator value` holds: countIf / count().")
        {
            Parameters = Condition("The column the condition tests."),
            Tasks = TaskKinds.Statistics,
        },
        OfProperty("sum", "The sum of the non-missing values."),
        OfProperty("avg", "The mean of the non-missing values.") with { Aliases = new[] { "mean" } },
        OfProperty("avgAbs", "The mean of the absolute values of the non-missing values."),
        OfProperty("min", "The smallest non-missing value."),
        OfProperty("max", "The largest non-missing value."),
        new FunctionDefinition("distribution", FunctionKind.Aggregate,
            "Counts of the non-missing values in num_bins equal-width bins from min to max, each [lower, upper) except the last [lower, upper] (numpy's histogram: constant values span value ± 0.5).")
        {
            Parameters = new[]
            {
                CommonParameters.Property,
                new ParameterDefinition("num_bins", ParameterType.Integer, "The number of equal-width bins.") { Default = "10", Min = 1 },
            },
            Result = ResultShape.List,
            ResultFields = BinFields,
            Tasks = TaskKinds.Statistics,
        },
        new FunctionDefinition("nan_count", FunctionKind.Aggregate,
            "The number of rows where the property is NULL or NaN; with a list of properties, where any of them is.")
        {
            Parameters = new[] { CommonParameters.Property with { Type = ParameterType.Columns, Description = "The column, or list of columns, to test." } },
            Tasks = TaskKinds.Statistics,
        },
        OfProperty("count_distinct", "The number of distinct non-missing values."),
        new FunctionDefinition("quantile", FunctionKind.Aggregate,
            "The q-quantile of the non-missing values: the value at rank q(n−1), interpolating linearly between closest ranks (numpy's default).")
        {
            Parameters = new[]
            {
                CommonParameters.Property,
                new ParameterDefinition("q", ParameterType.Number, "The quantile to take, 0 (min) to 1 (max).") { Required = true, Min = 0, Max = 1 },
            },
            Tasks = TaskKinds.Statistics,
        },
        OfProperty("variance", "The population variance Σ(x − mean)² / n of the non-missing values."),
        OfProperty("std_dev", "The population standard deviation √(Σ(x − mean)² / n) of the non-missing values."),
        OfProperty("sample_variance", "The sample variance Σ(x − mean)² / (n − 1) of the non-missing values; NaN when n < 2."),
        OfProperty("sample_std_dev", "The sample standard deviation √(Σ(x − mean)² / (n − 1)) of the non-missing values; NaN when n < 2."),
        OfProperty("median", "The middle non-missing value in sorted order; the mean of the two middle ones when n is even."),
        OfProperty("percentiles",
            "p10, p20, …, p100 of the non-missing values: for each p, the value at rank (p/100)(n+1)−1 clamped to [0, n−1], interpolating linearly.") with
        {
            Result = ResultShape.Struct,
            ResultFields = PercentileFields,
        },
        OfProperty("histogram",
            "Counts of the non-missing values in 10 equal-width bins from min to max, each [lower, upper) except the last [lower, upper] (numpy's histogram: constant values span value ± 0.5).") with
        {
            Result = ResultShape.List,
            ResultFields = BinFields,
        },
        OfProperty("score_summary",
            "NeMo's aggregate fields of a numeric score in one struct; each field is the function of that name (mean = avg).") with
        {
            Result = ResultShape.Struct,
            ResultFields = new[]
            {
                "count", "nan_count", "sum", "mean", "min", "max", "variance", "std_dev",
                "sample_variance", "sample_std_dev", "median", "percentiles", "histogram",
            },
        },
        OfProperty("rubric_distribution", "The number of rows with each non-missing label, as a list of {label, count} sorted by label.") with
        {
            Result = ResultShape.List,
            ResultFields = new[] { "label", "count" },
        },
        OfProperty("mode_category", "The most frequent non-missing label; ties go to the alphabetically first."),
    };

    /// <summary>A statistic of one column, whose only parameter is the required <c>property</c>.</summary>
    private static FunctionDefinition OfProperty(string name, string definition) =>
        new(name, FunctionKind.Aggregate, definition)
        {
            Parameters = new[] { CommonParameters.Property },
            Tasks = TaskKinds.Statistics,
        };

    /// <summary>Arthur's countIf shape: property, comparator, value.</summary>
    private static ParameterDefinition[] Condition(string propertyDescription) => new[]
    {
        CommonParameters.Property with { Description = propertyDescription },
        CommonParameters.Comparator,
        CommonParameters.ComparisonValue,
    };
}
