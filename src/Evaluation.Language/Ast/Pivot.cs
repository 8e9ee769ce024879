namespace Evaluation.Language.Ast;

/// <summary>
/// <c>pivot score by metric</c> (JSON <c>"pivot": {"property": "score", "by": "metric"}</c>): the
/// block's result turned wide. Its other columns key the rows — one row per distinct combination —
/// and each distinct value of <see cref="By"/> becomes a column holding that row's
/// <see cref="Property"/> (NULL where it has none). A results table's models × metrics.
/// </summary>
public sealed record Pivot(ColumnRef Property, ColumnRef By) : Node;
