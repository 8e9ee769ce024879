namespace Evaluation.Language.Catalog;

/// <summary>Every built-in function, family by family (one file per family).</summary>
internal static class BuiltInFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
        StatisticsFunctions.All;
}
