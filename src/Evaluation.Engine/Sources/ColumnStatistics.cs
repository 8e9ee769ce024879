namespace Evaluation.Engine.Sources;

/// <summary>The least and greatest value a column holds, as numbers.</summary>
internal readonly record struct ValueRange(double Min, double Max)
{
    /// <summary>Every value lies in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public bool Within(double low, double high) => Min >= low && Max <= high;
}

/// <summary>
/// What a source's statistics say of its columns before any row is read:
/// <list type="bullet">
/// <item>a numeric column's range over every row of the source, so over any subset a filter or a
/// group keeps — a proof: a column is here only when every part of the source has statistics for
/// it, and a column that is missing says nothing (the planner keeps its row-by-row tests);</item>
/// <item>which columns repeat their values — an estimate, used only to choose between plans
/// that give the same answer (<see cref="ParquetStatistics"/> says how it is made).</item>
/// </list>
/// </summary>
internal sealed class ColumnStatistics
{
    private readonly IReadOnlyDictionary<string, ValueRange> _ranges;
    private readonly IReadOnlySet<string> _repeating;

    public ColumnStatistics(IReadOnlyDictionary<string, ValueRange> ranges, IReadOnlySet<string> repeating)
    {
        _ranges = ranges;
        _repeating = repeating;
    }

    /// <summary>No statistics: nothing is proven, no column is known to repeat.</summary>
    public static ColumnStatistics None { get; } = new(new Dictionary<string, ValueRange>(), new HashSet<string>());

    /// <summary>The range of the top-level column <paramref name="column"/>, or null when unknown.</summary>
    public ValueRange? RangeOf(string column) => _ranges.TryGetValue(column, out var range) ? range : null;

    /// <summary>
    /// The top-level column <paramref name="column"/> holds few distinct values for its rows and
    /// the reader hands them to DuckDB dictionary-encoded, so grouping the rows by it costs about
    /// a scan of it.
    /// </summary>
    public bool Repeats(string column) => _repeating.Contains(column);
}
