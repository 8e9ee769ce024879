namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>
/// Exact ROC AUC from sorted scores, ties as scikit-learn (a tied positive–negative pair counts ½),
/// the same quantities as the pure-SQL formulation (<c>RocAucSql</c>) so the two agree:
/// <list type="bullet">
/// <item>unweighted, one walk up the distinct scores (<see cref="ScoreRunCursor"/>) counts, for each
/// positive, the negatives above it and tied with it: twice the wrongly ordered pairs, an integer
/// (exact), and AUC = 1 − wrong / (P·N);</item>
/// <item>weighted, from the highest score down with W⁻/W⁺ the class weights at scores ≥ s:
/// S₁ = Σ₊ w·W⁻, S₂ = Σ₋ w·W⁺, AUC = ½ + (S₂ − S₁) / (2·W₊·W₋), the trapezoid under scikit-learn's
/// weighted ROC curve.</item>
/// </list>
/// NaN when a class is missing (the planner reports why).
/// </summary>
internal static class RocAuc
{
    public static double Of(SortedScores scores) => Of(new ScoreRunCursor(scores));

    public static double Of(ScoreRuns runs) => Of(new ScoreRunCursor(runs));

    /// <summary>From the distinct scores up: for each, its positives times twice the negatives above it plus the tied ones.</summary>
    public static double Of(ScoreRunCursor runs)
    {
        long p = runs.Positives, n = runs.Negatives;
        if (p == 0 || n == 0) return double.NaN;
        Int128 twiceWrong = 0;
        var above = n; // negatives above the current score once its own are taken off
        while (runs.Next(out _, out var positives, out var negatives))
        {
            above -= negatives;
            twiceWrong += (Int128)positives * (2 * above + negatives);
        }
        return 1 - (double)twiceWrong / (2 * ((double)p * (double)n));
    }

    public static double Of(SortedWeightedScores scores)
    {
        var (positives, negatives) = scores;
        int i = positives.Length - 1, j = negatives.Length - 1;
        CompensatedSum wrong = default, right = default, positiveTotal = default, negativeTotal = default;
        while (i >= 0 || j >= 0)
        {
            var key = j < 0 || (i >= 0 && positives[i].Key >= negatives[j].Key) ? positives[i].Key : negatives[j].Key;
            CompensatedSum a = default, b = default;
            for (; i >= 0 && positives[i].Key == key; i--) a.Add(positives[i].Weight);
            for (; j >= 0 && negatives[j].Key == key; j--) b.Add(negatives[j].Weight);
            positiveTotal.Add(a.Value);
            negativeTotal.Add(b.Value);
            // The class weights at or above this score, ties included.
            wrong.Add(a.Value * negativeTotal.Value);
            right.Add(b.Value * positiveTotal.Value);
        }
        var wp = positiveTotal.Value;
        var wn = negativeTotal.Value;
        if (wp == 0 || wn == 0 || positives.Length == 0 || negatives.Length == 0) return double.NaN;
        return 0.5 + (right.Value - wrong.Value) / (2 * (wp * wn));
    }
}
