namespace Evaluation.Engine.Tests.Binary;

/// <summary>
/// The ranking metrics computed the slow, obvious way in C#, independently of the engine's SQL:
/// AUC over every positive–negative pair (a tie counts ½), and average precision by its step
/// definition Σ (Rₙ − Rₙ₋₁)·Pₙ over the distinct scores from the highest down.
/// </summary>
public static class BinaryOracle
{
    public sealed record Row(bool Positive, double Score, double Weight = 1);

    public static double PairwiseAuc(IReadOnlyList<Row> rows)
    {
        double agreeing = 0, total = 0;
        foreach (var p in rows.Where(r => r.Positive))
            foreach (var n in rows.Where(r => !r.Positive))
            {
                var pair = p.Weight * n.Weight;
                total += pair;
                agreeing += p.Score > n.Score ? pair : p.Score == n.Score ? pair / 2 : 0;
            }
        return agreeing / total;
    }

    public static double StepAveragePrecision(IReadOnlyList<Row> rows)
    {
        var positives = rows.Where(r => r.Positive).Sum(r => r.Weight);
        double truePositives = 0, predicted = 0, recall = 0, sum = 0;
        foreach (var step in rows.GroupBy(r => r.Score).OrderByDescending(g => g.Key))
        {
            truePositives += step.Where(r => r.Positive).Sum(r => r.Weight);
            predicted += step.Sum(r => r.Weight);
            var newRecall = truePositives / positives;
            sum += (newRecall - recall) * (truePositives / predicted);
            recall = newRecall;
        }
        return sum;
    }
}
