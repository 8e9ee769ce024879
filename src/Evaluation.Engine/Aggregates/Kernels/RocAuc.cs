namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>
/// Exact ROC AUC from sorted scores, ties as scikit-learn (a tied positive–negative pair counts ½),
/// the same quantities as the pure-SQL formulation (<c>RocAucSql</c>) so the two agree:
/// <list type="bullet">
/// <item>unweighted, one merge of the two sorted classes counts, for each positive, the negatives
/// above it and tied with it: twice the wrongly ordered pairs, an integer (exact), and
/// AUC = 1 − wrong / (P·N);</item>
/// <item>weighted, from the highest score down with W⁻/W⁺ the class weights at scores ≥ s:
/// S₁ = Σ₊ w·W⁻, S₂ = Σ₋ w·W⁺, AUC = ½ + (S₂ − S₁) / (2·W₊·W₋), the trapezoid under scikit-learn's
/// weighted ROC curve.</item>
/// </list>
/// NaN when a class is missing (the planner reports why).
/// </summary>
internal static class RocAuc
{
    public static double Of(SortedScores scores)
    {
        var (positives, negatives) = scores;
        long p = positives.Length, n = negatives.Length;
        if (p == 0 || n == 0) return double.NaN;
        Int128 twiceWrong = 0;
        var below = 0; // negatives strictly below the current positive score
        for (var i = 0; i < positives.Length;)
        {
            var key = positives[i].Key;
            var run = i;
            while (i < positives.Length && positives[i].Key == key) i++;
            run = i - run;
            while (below < negatives.Length && negatives[below].Key < key) below++;
            var atOrBelow = below;
            while (atOrBelow < negatives.Length && negatives[atOrBelow].Key == key) atOrBelow++;
            twiceWrong += (Int128)run * (2 * (n - atOrBelow) + (atOrBelow - below));
            below = atOrBelow;
        }
        return 1 - (double)twiceWrong / (2 * ((double)p * (double)n));
    }

    /// <summary>The same from counts per distinct score: the same integers, so the same bits.</summary>
    public static double Of(ScoreRuns runs)
    {
        long p = 0, n = 0;
        foreach (var c in runs.Positives) p += c;
        foreach (var c in runs.Negatives) n += c;
        if (p == 0 || n == 0) return double.NaN;
        Int128 twiceWrong = 0;
        var above = n; // negatives at or above the current score, then strictly above once it is passed
        for (var k = 0; k < runs.Keys.Length; k++)
        {
            above -= runs.Negatives[k];
            twiceWrong += (Int128)runs.Positives[k] * (2 * above + runs.Negatives[k]);
        }
        return 1 - (double)twiceWrong / (2 * ((double)p * (double)n));
    }

    public static double Of(SortedWeightedScores scores)
    {
        var (positives, negatives) = scores;
        int i = positives.Length - 1, j = negatives.Length - 1;
        double positiveAbove = 0, negativeAbove = 0;
        CompensatedSum wrong = default, right = default, positiveTotal = default, negativeTotal = default;
        while (i >= 0 || j >= 0)
        {
            var key = j < 0 || (i >= 0 && positives[i].Key >= negatives[j].Key) ? positives[i].Key : negatives[j].Key;
            CompensatedSum a = default, b = default;
            for (; i >= 0 && positives[i].Key == key; i--) a.Add(positives[i].Weight);
            for (; j >= 0 && negatives[j].Key == key; j--) b.Add(negatives[j].Weight);
            positiveTotal.Add(a.Value);
            negativeTotal.Add(b.Value);
            positiveAbove = positiveTotal.Value;
            negativeAbove = negativeTotal.Value;
            wrong.Add(a.Value * negativeAbove);
            right.Add(b.Value * positiveAbove);
        }
        var wp = positiveTotal.Value;
        var wn = negativeTotal.Value;
        if (wp == 0 || wn == 0 || positives.Length == 0 || negatives.Length == 0) return double.NaN;
        return 0.5 + (right.Value - wrong.Value) / (2 * (wp * wn));
    }
}
