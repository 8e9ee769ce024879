namespace Evaluation.Engine;

/// <summary>DuckDB's estimate of a running query's progress: a percentage and rows processed of rows to process.</summary>
public sealed record QueryProgress(double Percentage, long RowsProcessed, long TotalRows);
