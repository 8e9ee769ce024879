namespace Evaluation.Language.Catalog;

/// <summary>Window functions over results tables: ranking runs within partitions, best first.</summary>
internal static class RankingFunctions
{
    public static IEnumerable<FunctionDefinition> All => new[]
    {
        new FunctionDefinition("rank", FunctionKind.Window,
            "Numbers the rows 1, 2, … within each partition (the rows sharing their within values), best first by direction; tied rows share the lower rank.")
        {
            Parameters = new[]
            {
                new ParameterDefinition("property", ParameterType.Column, "The column to rank by (a results table's score).") { Required = true },
                new ParameterDefinition("within", ParameterType.Columns, "The columns whose values partition the rows; default one partition."),
                // A number here is a target (closest first); the strings are the named directions.
                new ParameterDefinition("direction", ParameterType.Number,
                    "max (highest first), min (lowest first), a target number (closest first), or catalog: the direction of the metric named in the row's metric column.")
                {
                    Default = "'catalog'",
                    EnumValues = new[] { "max", "min", "catalog" },
                },
            },
            Tasks = TaskKinds.Results,
        },
    };
}
