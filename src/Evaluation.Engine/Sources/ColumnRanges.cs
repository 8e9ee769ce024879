namespace Evaluation.Engine.Sources;

/// <summary>The least and greatest value a column holds, as numbers.</summary>
internal readonly record struct ValueRange(double Min, double Max)
{
    /// <summary>Every value lies in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public bool Within(double low, double high) => Min >= low && Max <= high;
}

/// <summary>
/// What a source's statistics prove about its numeric columns, before any row is read: each
/// column's range over every row of the source, so over any subset a filter or a group keeps.
/// A column is here only when every part of the source has statistics for it; a column that is
/// missing says nothing (the planner keeps its row-by-row tests).
/// </summary>
internal sealed class ColumnRanges
{
    private readonly IReadOnlyDictionary<string, ValueRange> _ranges;

    public ColumnRanges(IReadOnlyDictionary<string, ValueRange> ranges) => _ranges = ranges;

    /// <summary>No statistics: nothing is proven.</summary>
    public static ColumnRanges None { get; } = new(new Dictionary<string, ValueRange>());

    /// <summary>The range of the top-level column <paramref name="column"/>, or null when unknown.</summary>
    public ValueRange? Find(string column) => _ranges.TryGetValue(column, out var range) ? range : null;
}
