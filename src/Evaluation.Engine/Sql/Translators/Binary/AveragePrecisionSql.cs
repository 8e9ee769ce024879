using Evaluation.Engine.Planning;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// Average precision in pure SQL, scikit-learn's step definition: Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the
/// distinct scores from the highest down, tied scores one step (no trapezoid, no interpolation).
/// The recall gained at a score is the positive weight there over all positive weight, and every
/// positive row of a tie shares the step's precision, so AP = Σ₊ w · W⁺(≥s) / W(≥s) / W₊: one
/// window over the descending order of the reported class's score (the order the AUC formulation
/// uses, so a query with both sorts once), and a compensated sum. The portable formulation and
/// the oracle for a native aggregate. Undefined without a positive row (scikit-learn returns −0).
/// </summary>
internal static class AveragePrecisionSql
{
    public static PlannedValue Translate(BinaryRows rows, TranslationContext context)
    {
        var positive = rows.Where(rows.Positive);
        var weight = rows.Weight ?? Number(1);
        // The score belongs to the other class with pos_label 0: the reported class's order is then ascending.
        var descending = rows.ScoreIsReported;
        var positiveAtOrAbove = context.BeforeGrouping(GroupWindow.Over(
            Call("sum", new SqlCase(new[] { (rows.Positive, weight) }, Number(0))), rows, context, descending));
        var atOrAbove = context.BeforeGrouping(GroupWindow.Over(
            rows.Weight is null ? CountStar() : Call("sum", weight), rows, context, descending));
        var precisionSum = Aggregate("fsum", positive, rows.Weight is null
            ? Div(Double(positiveAtOrAbove), Double(atOrAbove))
            : Mul(weight, Div(positiveAtOrAbove, atOrAbove)));
        var positives = rows.Weight is null ? Double(CountStar(positive)) : Call("coalesce", Aggregate("fsum", positive, weight), Number(0));
        return UndefinedWhen.Metric(Div(precisionSum, positives), rows.ClassProblems
            .Append(new UndefinedWhen(ConfusionCounts.IsZero(positives), "no row of the positive class in the ground truth")).ToList());
    }
}
