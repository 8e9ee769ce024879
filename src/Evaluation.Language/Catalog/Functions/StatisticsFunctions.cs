namespace Evaluation.Language.Catalog;

/// <summary>Counting and descriptive statistics (Arthur's helpers, NeMo's aggregate fields).</summary>
internal static class StatisticsFunctions
{
    public static IEnumerable<FunctionDefinition> All => new[]
    {
        new FunctionDefinition("count", FunctionKind.Aggregate,
            "count() counts rows; count(property) counts the rows where the property is not missing (NULL or NaN).")
        {
            Parameters = new[] { CommonParameters.Property with { Required = false } },
            Tasks = TaskKinds.Statistics,
        },
        new FunctionDefinition("avg", FunctionKind.Aggregate, "The mean of the non-missing values.")
        {
            Aliases = new[] { "mean" },
            Parameters = new[] { CommonParameters.Property },
            Tasks = TaskKinds.Statistics,
        },
    };
}
