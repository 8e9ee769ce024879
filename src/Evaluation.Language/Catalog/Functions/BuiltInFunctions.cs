namespace Evaluation.Language.Catalog;

/// <summary>Every built-in function, family by family (one file per family).</summary>
internal static class BuiltInFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
        StatisticsFunctions.All
            .Concat(RegressionFunctions.All)
            .Concat(BinaryClassificationFunctions.All)
            .Concat(MulticlassFunctions.All)
            .Concat(ObjectDetectionFunctions.All)
            .Concat(RowFunctions.All)
            .Concat(ArithmeticFunctions.All)
            .Concat(RankingFunctions.All)
            .Concat(CurveFunctions.All);
}
