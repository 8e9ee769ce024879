namespace Evaluation.Language.Catalog;

/// <summary>
/// Column names the language itself gives meaning to in a results table (LANGUAGE.md §5, §8):
/// ranking by the catalog's direction reads the metric each row names.
/// </summary>
public static class ResultsColumns
{
    /// <summary>The column whose value names the metric of a results table's row.</summary>
    public const string Metric = "metric";
}
