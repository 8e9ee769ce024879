using Evaluation.Engine.Planning;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// The exact ROC AUC in pure SQL, ties as scikit-learn (a tied positive–negative pair counts ½):
/// the portable formulation and the oracle for a native aggregate. AUC is the Mann–Whitney
/// U / (P·N), read from one window over the descending score order (the order average_precision
/// uses, so a query with both sorts once):
/// <list type="bullet">
/// <item>unweighted, the tie-correct rank sum: rank() + count(*) over the window is twice a row's
/// average descending rank (ties share it), an integer, so the sum over positives is exact;</item>
/// <item>weighted, ranks have no weighted form, so cumulative weights: with W⁻(s) the negative
/// weight at scores ≥ s and W⁺(s) the positive one, S₁ = Σ₊ w·W⁻ and S₂ = Σ₋ w·W⁺ count each
/// positive–negative pair once if strictly ordered the wrong way (S₁) or the right way (S₂) and
/// ties in both, so U = (W₊W₋ + S₂ − S₁) / 2: the trapezoid under scikit-learn's weighted ROC curve.</item>
/// </list>
/// Undefined when the group's truth holds one class only.
/// </summary>
internal static class RocAucSql
{
    public static PlannedValue Translate(BinaryRows rows, TranslationContext context)
    {
        var (value, oneClass) = rows.Weight is { } weight ? Weighted(rows, weight, context) : Unweighted(rows, context);
        return UndefinedWhen.Metric(value, rows.ClassProblems
            .Append(new UndefinedWhen(oneClass, "only one class is present in the ground truth, and AUC needs both")).ToList());
    }

    private static (SqlExpr Value, SqlExpr OneClass) Unweighted(BinaryRows rows, TranslationContext context)
    {
        var positive = rows.Where(rows.ScoredPositive);
        var twiceRank = context.BeforeGrouping(Add(Window(Call("rank"), rows, context), Window(CountStar(), rows, context)));
        var p = CountStar(positive);
        var n = CountStar(rows.Where(rows.ScoredNegative));
        // Σ₊ 2·rank − P(P+1) = 2·(pairs whose negative scores above the positive, ties halved); HUGEINT keeps it exact.
        var twiceWrong = Sub(Aggregate("sum", positive, twiceRank), Mul(new SqlCast(p, "HUGEINT"), Add(p, Integer(1))));
        var value = Sub(Number(1), Div(Double(twiceWrong), Mul(Number(2), Mul(Double(p), Double(n)))));
        return (value, Or(Eq(p, Integer(0)), Eq(n, Integer(0))));
    }

    private static (SqlExpr Value, SqlExpr OneClass) Weighted(BinaryRows rows, SqlExpr weight, TranslationContext context)
    {
        var positive = rows.Where(rows.ScoredPositive);
        var negative = rows.Where(rows.ScoredNegative);
        SqlExpr WeightIf(SqlExpr condition) => new SqlCase(new[] { (condition, weight) }, Number(0));
        var negativeAbove = context.BeforeGrouping(Window(Call("sum", WeightIf(rows.ScoredNegative)), rows, context));
        var positiveAbove = context.BeforeGrouping(Window(Call("sum", WeightIf(rows.ScoredPositive)), rows, context));
        var wp = Call("coalesce", Aggregate("fsum", positive, weight), Number(0));
        var wn = Call("coalesce", Aggregate("fsum", negative, weight), Number(0));
        var s1 = Aggregate("fsum", positive, Mul(weight, negativeAbove));
        var s2 = Aggregate("fsum", negative, Mul(weight, positiveAbove));
        var value = Add(Number(0.5), Div(Sub(s2, s1), Mul(Number(2), Mul(wp, wn))));
        return (value, Or(ConfusionCounts.IsZero(wp), ConfusionCounts.IsZero(wn)));
    }

    private static SqlExpr Window(SqlCall call, BinaryRows rows, TranslationContext context) =>
        GroupWindow.Over(call, rows, context, descending: true);
}
