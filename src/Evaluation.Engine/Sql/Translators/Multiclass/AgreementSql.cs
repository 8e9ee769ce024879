using Evaluation.Engine.Planning;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Multiclass;

/// <summary>
/// The label-agreement scores on K classes from the class counts (scikit-learn definitions), with
/// s the rows, c the hits, tₖ and pₖ the true and predicted rows of class k:
/// accuracy c / s; balanced accuracy the mean recall over the classes present in the truth
/// (scikit-learn drops a class with no true row); Cohen's kappa (s·c − Σ tₖpₖ) / (s² − Σ tₖpₖ);
/// MCC (s·c − Σ tₖpₖ) / √((s² − Σ pₖ²)(s² − Σ tₖ²)), NaN where scikit-learn returns 0 for an
/// empty denominator.
/// </summary>
internal static class AgreementSql
{
    public static PlannedValue Accuracy(LabelColumns columns)
    {
        var rows = Double(CountStar(columns.Present));
        var hits = Double(CountStar(And(columns.Present, Eq(columns.Truth.Value.Value, columns.Predicted.Value.Value))));
        return UndefinedWhen.Metric(Div(hits, rows), new[] { NoRows(rows) });
    }

    public static PlannedValue BalancedAccuracy(LabelColumns columns)
    {
        var counts = new ClassCounts(columns, columns.Present);
        var c = ClassCounts.Class;
        var recalls = counts.PerClassWhere(new SqlBinary(">", counts.Truth(c), Number(0)), Div(counts.Hits(c), counts.Truth(c)));
        return UndefinedWhen.Metric(Call("list_avg", recalls), new[]
        {
            NoRows(counts.Rows),
            new UndefinedWhen(Eq(Call("len", recalls), Integer(0)), "no class of the label set has a row in the ground truth"),
        });
    }

    public static PlannedValue CohenKappa(LabelColumns columns)
    {
        var counts = new ClassCounts(columns, columns.WithinClasses);
        var (s, agreement, chance) = Terms(counts);
        var denominator = Sub(Mul(s, s), chance);
        return UndefinedWhen.Metric(Div(agreement, denominator), new[]
        {
            NoRows(counts.Rows),
            new UndefinedWhen(Eq(denominator, Number(0)),
                "every row has one and the same class in truth and prediction, so agreement by chance is 1 and kappa is 0/0"),
        });
    }

    public static PlannedValue Mcc(LabelColumns columns)
    {
        var counts = new ClassCounts(columns, columns.WithinClasses);
        var (s, covariance, _) = Terms(counts);
        var c = ClassCounts.Class;
        var predictedSpread = Sub(Mul(s, s), counts.SumOverClasses(Mul(counts.Predicted(c), counts.Predicted(c))));
        var truthSpread = Sub(Mul(s, s), counts.SumOverClasses(Mul(counts.Truth(c), counts.Truth(c))));
        return UndefinedWhen.Metric(Div(covariance, Call("sqrt", Mul(predictedSpread, truthSpread))), new[]
        {
            NoRows(counts.Rows),
            new UndefinedWhen(Eq(truthSpread, Number(0)), "the ground truth holds one class only"),
            new UndefinedWhen(Eq(predictedSpread, Number(0)), "every prediction is one and the same class"),
        });
    }

    /// <summary>s, s·c − Σ tₖpₖ and Σ tₖpₖ.</summary>
    private static (SqlExpr Rows, SqlExpr Agreement, SqlExpr Chance) Terms(ClassCounts counts)
    {
        var c = ClassCounts.Class;
        var hits = counts.SumOverClasses(counts.Hits(c));
        var chance = counts.SumOverClasses(Mul(counts.Truth(c), counts.Predicted(c)));
        return (counts.Rows, Sub(Mul(counts.Rows, hits), chance), chance);
    }

    private static UndefinedWhen NoRows(SqlExpr rows) => new(Eq(rows, Number(0)), "no row has both a ground truth and a prediction");
}
