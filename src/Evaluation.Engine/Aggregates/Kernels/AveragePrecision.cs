namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>
/// Average precision, scikit-learn's step definition: Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the distinct scores
/// from the highest down, a tie one step (no trapezoid, no interpolation). Walking both sorted
/// classes from the top, a step that adds positive weight Δ adds Δ·precision; AP is that sum over
/// the positive weight. The same quantities as the pure-SQL formulation (<c>AveragePrecisionSql</c>).
/// NaN without a positive row (scikit-learn returns −0; the planner reports why).
/// </summary>
internal static class AveragePrecision
{
    public static double Of(SortedScores scores)
    {
        var (positives, negatives) = scores;
        if (positives.Length == 0) return double.NaN;
        int i = positives.Length - 1, j = negatives.Length - 1;
        long truePositives = 0, falsePositives = 0;
        CompensatedSum sum = default;
        while (i >= 0)
        {
            var key = j < 0 || positives[i].Key >= negatives[j].Key ? positives[i].Key : negatives[j].Key;
            long step = 0;
            for (; i >= 0 && positives[i].Key == key; i--) step++;
            for (; j >= 0 && negatives[j].Key == key; j--) falsePositives++;
            if (step == 0) continue;
            truePositives += step;
            sum.Add(step * ((double)truePositives / (truePositives + falsePositives)));
        }
        return sum.Value / positives.Length;
    }

    /// <summary>The same from counts per distinct score: the same terms in the same order, so the same bits.</summary>
    public static double Of(ScoreRuns runs)
    {
        long positives = 0;
        foreach (var c in runs.Positives) positives += c;
        if (positives == 0) return double.NaN;
        long truePositives = 0, falsePositives = 0;
        CompensatedSum sum = default;
        for (var k = runs.Keys.Length - 1; k >= 0; k--)
        {
            var step = runs.Positives[k];
            falsePositives += runs.Negatives[k];
            if (step == 0) continue;
            truePositives += step;
            sum.Add(step * ((double)truePositives / (truePositives + falsePositives)));
        }
        return sum.Value / positives;
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
