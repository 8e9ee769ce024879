using Evaluation.Engine.Sql;
using Evaluation.Language.Ast;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Planning;

/// <summary>
/// A planned query: the SQL tree to run, its visible output columns, the hidden columns that
/// carry undefined-value reasons, and the paging facts the response reports.
/// </summary>
internal sealed record QueryPlan(SqlSelect Select, IReadOnlyList<PlannedColumn> Columns)
{
    /// <summary>The query as planned: after the dataset descriptor filled omitted parameters.</summary>
    public Query? Query { get; init; }

    /// <summary>Output names of the group keys, to name the group in a warning.</summary>
    public IReadOnlyList<string> GroupColumns { get; init; } = Array.Empty<string>();

    /// <summary>The count of all result rows, when the query pages (<c>page</c>/<c>page_size</c> or <c>limit</c>).</summary>
    public SqlSelect? Total { get; init; }

    public UndefinedPolicy Policy { get; init; } = UndefinedPolicy.Nan;

    /// <summary>NeMo paging: the 1-based page and its size, when the query used them.</summary>
    public (long Page, long PageSize)? Paging { get; init; }

    /// <summary>Warnings found while planning (not errors).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = Array.Empty<Diagnostic>();
}

/// <summary>
/// One output column: its name, kind, and the hidden column (by output position) that says why
/// its value is undefined in a row, with the metric's name for the message.
/// </summary>
internal sealed record PlannedColumn(string Name, ColumnType Type, string? ReasonColumn = null, string? Metric = null);
