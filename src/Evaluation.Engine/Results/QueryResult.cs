using Evaluation.Language.Validation;

namespace Evaluation.Engine.Results;

/// <summary>
/// The rows a query returned, with its columns, its warnings (undefined values with the
/// group and the reason) and, for a paged query, the pagination facts.
/// </summary>
public sealed class QueryResult
{
    internal QueryResult(IReadOnlyList<ResultColumn> columns, IReadOnlyList<object?[]> rows, IReadOnlyList<Diagnostic> warnings,
        Pagination? pagination, long? totalRows)
    {
        Columns = columns;
        Rows = rows;
        Warnings = warnings;
        Pagination = pagination;
        TotalRows = totalRows;
    }

    /// <summary>The output columns in order.</summary>
    public IReadOnlyList<ResultColumn> Columns { get; }

    /// <summary>
    /// The rows; values are CLR values: double (NaN for undefined metrics), long, string, bool,
    /// DateTime, a <c>IReadOnlyDictionary&lt;string, object?&gt;</c> for a struct and an
    /// <c>IReadOnlyList&lt;object?&gt;</c> for a list, or null.
    /// </summary>
    public IReadOnlyList<object?[]> Rows { get; }

    /// <summary>Warnings: each undefined metric value with its group and reason.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>NeMo's pagination block, for a query with <c>page</c>/<c>page_size</c>.</summary>
    public Pagination? Pagination { get; }

    /// <summary>How many rows the query has before <c>limit</c>/<c>offset</c>, when it used them.</summary>
    public long? TotalRows { get; }

    /// <summary>The value of <paramref name="column"/> in row <paramref name="row"/>.</summary>
    public object? this[int row, string column] => Rows[row][IndexOf(column)];

    /// <summary>The position of a column by name.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Name == column) return i;
        throw new KeyNotFoundException($"The result has no column `{column}`; it has {string.Join(", ", Columns.Select(c => c.Name))}.");
    }
}

/// <summary>A result column: its output name and DuckDB type.</summary>
public sealed record ResultColumn(string Name, string Type);

/// <summary>NeMo's pagination facts.</summary>
public sealed record Pagination(long Page, long PageSize, long TotalPages, long TotalResults);
