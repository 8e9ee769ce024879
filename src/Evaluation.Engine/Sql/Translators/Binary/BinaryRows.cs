namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// How a binary metric reads one row (LANGUAGE.md §5 "Scores and labels"), as SQL conditions.
/// <see cref="Positive"/> is the class the metric reports on (<c>pos_label</c>); a score is the
/// probability of the class it belongs to, which is that class except with a score and
/// <c>pos_label</c> 0 (or false), where the score still belongs to class 1.
/// </summary>
internal sealed record BinaryRows
{
    /// <summary>
    /// The row counts (§6): its truth, prediction and weight are present. True, or NULL or false
    /// where a value is missing (<c>NOT isnan(x)</c> is NULL for a NULL x, which saves an
    /// <c>IS NOT NULL</c> per float): use it only where NULL acts as false (FILTER, CASE WHEN, a
    /// partition key), never under NOT.
    /// </summary>
    public required SqlExpr Present { get; init; }

    /// <summary>
    /// What presence adds to a comparison of the truth and one of the prediction: those reject NULL
    /// already, but not NaN (DuckDB sorts NaN above every number, so <c>NaN &gt;= 0.5</c> and
    /// <c>NaN &lt;&gt; 1</c> hold). Null when no value is floating-point.
    /// </summary>
    public SqlExpr? NaNGuard { get; init; }

    /// <summary>The truth is the reported class.</summary>
    public required SqlExpr Positive { get; init; }

    /// <summary>The truth is another class.</summary>
    public required SqlExpr Negative { get; init; }

    /// <summary>The per-row weight as DOUBLE, or null when rows count one each.</summary>
    public SqlExpr? Weight { get; init; }

    /// <summary>Threshold metrics: the row is predicted as the reported class.</summary>
    public SqlExpr? PredictedPositive { get; init; }

    /// <summary>Threshold metrics: the row is predicted as the other class.</summary>
    public SqlExpr? PredictedNegative { get; init; }

    /// <summary>Score metrics: the score as DOUBLE, the probability of the scored class.</summary>
    public SqlExpr? Score { get; init; }

    /// <summary>True when the score belongs to the reported class; false with a score and pos_label 0.</summary>
    public bool ScoreIsReported { get; init; } = true;

    /// <summary>
    /// Score metrics over integer labels: the truth as stored, which is 1 for the class the score
    /// belongs to and 0 for the other in every group whose value is used (a group holding another
    /// value is undefined by <see cref="ClassProblems"/>, or the source's statistics prove there is
    /// none). The C# ranking aggregates take it as the class with no comparison per row. Null otherwise.
    /// </summary>
    public SqlExpr? ScoredClassAsStored { get; init; }

    /// <summary>The truth is the class the score belongs to.</summary>
    public SqlExpr ScoredPositive => ScoreIsReported ? Positive : Negative;

    /// <summary>The truth is the other class than the score's.</summary>
    public SqlExpr ScoredNegative => ScoreIsReported ? Negative : Positive;

    /// <summary>Groups whose labels are not two classes (a later multiclass issue), with why.</summary>
    public IReadOnlyList<UndefinedWhen> ClassProblems { get; init; } = Array.Empty<UndefinedWhen>();

    /// <summary>Present and <paramref name="condition"/>: the filter of an aggregate over some of the rows.</summary>
    public SqlExpr Where(params SqlExpr[] condition) => Sql.And(condition.Prepend(Present).ToArray());

    /// <summary>
    /// The filter of a confusion-matrix cell: a condition on the truth and one on the prediction,
    /// which reject NULLs themselves, and the NaN guard. Lighter than <see cref="Where"/>, and the
    /// cells are the hot path of the threshold family.
    /// </summary>
    public SqlExpr CellWhere(SqlExpr actual, SqlExpr predicted) => Sql.And(NaNGuard, actual, predicted);
}
