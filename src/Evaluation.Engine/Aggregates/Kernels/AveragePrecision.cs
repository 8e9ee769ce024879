namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>
/// Average precision, scikit-learn's step definition: Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the distinct scores
/// from the highest down, a tie one step (no trapezoid, no interpolation). A step that adds
/// positive weight Δ adds Δ·precision at that score; AP is that sum over
/// the positive weight (unweighted, walked up the distinct scores with <see cref="ScoreRunCursor"/>).
/// The same quantities as the pure-SQL formulation (<c>AveragePrecisionSql</c>).
/// NaN without a positive row (scikit-learn returns −0; the planner reports why).
/// </summary>
internal static class AveragePrecision
{
    public static double Of(SortedScores scores) => Of(new ScoreRunCursor(scores));

    public static double Of(ScoreRuns runs) => Of(new ScoreRunCursor(runs));

    /// <summary>
    /// From the distinct scores up: a score with positives adds them times the precision of the rows
    /// at or above it (all rows less those already passed).
    /// </summary>
    public static double Of(ScoreRunCursor runs)
    {
        if (runs.Positives == 0) return double.NaN;
        long positivesBelow = 0, negativesBelow = 0;
        CompensatedSum sum = default;
        while (runs.Next(out _, out var positives, out var negatives))
        {
            if (positives > 0)
            {
                var truePositives = runs.Positives - positivesBelow;
                var falsePositives = runs.Negatives - negativesBelow;
                sum.Add(positives * ((double)truePositives / (truePositives + falsePositives)));
            }
            positivesBelow += positives;
            negativesBelow += negatives;
        }
        return sum.Value / runs.Positives;
    }

    public static double Of(SortedWeightedScores scores)
    {
        var (positives, negatives) = scores;
        if (positives.Length == 0) return double.NaN;
        int i = positives.Length - 1, j = negatives.Length - 1;
        CompensatedSum positiveAbove = default, allAbove = default, sum = default;
        while (i >= 0)
        {
            var key = j < 0 || positives[i].Key >= negatives[j].Key ? positives[i].Key : negatives[j].Key;
            CompensatedSum a = default, b = default;
            var any = false;
            for (; i >= 0 && positives[i].Key == key; i--)
            {
                a.Add(positives[i].Weight);
                any = true;
            }
            for (; j >= 0 && negatives[j].Key == key; j--) b.Add(negatives[j].Weight);
            positiveAbove.Add(a.Value);
            allAbove.Add(a.Value);
            allAbove.Add(b.Value);
            if (any) sum.Add(a.Value * (positiveAbove.Value / allAbove.Value));
        }
        var total = positiveAbove.Value;
        return total == 0 ? double.NaN : sum.Value / total;
    }
}
