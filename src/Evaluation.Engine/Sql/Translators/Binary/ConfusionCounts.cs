using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// TP, FP, TN and FN of a group as aggregates in one pass (<c>count(*) FILTER (…)</c>, or
/// <c>fsum(weight) FILTER (…)</c> with weights: compensated, so the sums do not drift with row
/// order and thread count), the sums the threshold family is built from, and the conditions that
/// leave its ratios undefined. DuckDB computes an aggregate repeated in one select once.
/// </summary>
internal sealed class ConfusionCounts
{
    public ConfusionCounts(BinaryRows rows)
    {
        Weighted = rows.Weight is not null;
        SqlExpr Cell(SqlExpr actual, SqlExpr predicted)
        {
            var filter = rows.CellWhere(actual, predicted);
            return rows.Weight is null ? CountStar(filter) : Call("coalesce", Aggregate("fsum", filter, rows.Weight), Number(0));
        }
        TruePositiveCell = Cell(rows.Positive, rows.PredictedPositive!);
        FalsePositiveCell = Cell(rows.Negative, rows.PredictedPositive!);
        TrueNegativeCell = Cell(rows.Negative, rows.PredictedNegative!);
        FalseNegativeCell = Cell(rows.Positive, rows.PredictedNegative!);
    }

    /// <summary>Sums of weights (DOUBLE) rather than counts (BIGINT).</summary>
    public bool Weighted { get; }

    /// <summary>The cells as they are reported (counts stay integers).</summary>
    public SqlExpr TruePositiveCell { get; }
    public SqlExpr FalsePositiveCell { get; }
    public SqlExpr TrueNegativeCell { get; }
    public SqlExpr FalseNegativeCell { get; }

    // The cells as DOUBLE for arithmetic; counts up to 2^53 stay exact, so products of two are too.
    public SqlExpr Tp => Arithmetic(TruePositiveCell);
    public SqlExpr Fp => Arithmetic(FalsePositiveCell);
    public SqlExpr Tn => Arithmetic(TrueNegativeCell);
    public SqlExpr Fn => Arithmetic(FalseNegativeCell);

    /// <summary>Rows of the positive class in the truth: TP + FN.</summary>
    public SqlExpr Positives => Add(Tp, Fn);
    /// <summary>Rows of the other class in the truth: FP + TN.</summary>
    public SqlExpr Negatives => Add(Fp, Tn);
    /// <summary>Rows predicted positive: TP + FP.</summary>
    public SqlExpr PredictedPositives => Add(Tp, Fp);
    /// <summary>Rows predicted negative: TN + FN.</summary>
    public SqlExpr PredictedNegatives => Add(Tn, Fn);
    /// <summary>Every row the metric reads.</summary>
    public SqlExpr All => Add(Positives, Negatives);

    public UndefinedWhen NoRows => new(IsZero(All), "no row has both a ground truth and a prediction");
    public UndefinedWhen NoPositives => new(IsZero(Positives), "no row of the positive class in the ground truth");
    public UndefinedWhen NoNegatives => new(IsZero(Negatives), "no row of the negative class in the ground truth");
    public UndefinedWhen NoPredictedPositives => new(IsZero(PredictedPositives), "no predicted positive");
    public UndefinedWhen NoPredictedNegatives => new(IsZero(PredictedNegatives), "no predicted negative");

    public static SqlExpr IsZero(SqlExpr value) => Eq(value, Number(0));

    private SqlExpr Arithmetic(SqlExpr cell) => Weighted ? cell : Double(cell);
}
