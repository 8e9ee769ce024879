using Evaluation.Engine.Aggregates;
using Evaluation.Engine.Planning;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// Exact ROC AUC and average precision as calls of the engine's C# aggregates
/// (<see cref="NativeAggregates"/>), which collect the group's scores by class and sort once: the
/// fast path on DuckDB. The same definitions as <see cref="RocAucSql"/> and
/// <see cref="AveragePrecisionSql"/>, the portable path a test holds them to; the undefined
/// cases are the same counts.
/// </summary>
internal static class RankingAggregateSql
{
    public static PlannedValue Auc(BinaryRows rows)
    {
        var value = Native(rows.Weight is null ? NativeAggregates.Auc : NativeAggregates.AucWeighted, rows, rows.Score!, rows.ScoredPositive);
        var oneClass = Or(Eq(CountStar(rows.Where(rows.ScoredPositive)), Integer(0)), Eq(CountStar(rows.Where(rows.ScoredNegative)), Integer(0)));
        if (rows.Weight is { } weight)
            oneClass = Or(ConfusionCounts.IsZero(WeightOf(rows.Where(rows.ScoredPositive), weight)),
                ConfusionCounts.IsZero(WeightOf(rows.Where(rows.ScoredNegative), weight)));
        return UndefinedWhen.Metric(value, rows.ClassProblems
            .Append(new UndefinedWhen(oneClass, "only one class is present in the ground truth, and AUC needs both")).ToList());
    }

    public static PlannedValue AveragePrecision(BinaryRows rows)
    {
        // The score belongs to the other class with pos_label 0: the reported class ranks by its negation.
        var score = rows.ScoreIsReported ? rows.Score! : Sub(Number(0), rows.Score!);
        var value = Native(rows.Weight is null ? NativeAggregates.AveragePrecision : NativeAggregates.AveragePrecisionWeighted, rows, score, rows.Positive);
        var positives = rows.Weight is { } weight ? WeightOf(rows.Where(rows.Positive), weight) : CountStar(rows.Where(rows.Positive));
        return UndefinedWhen.Metric(value, rows.ClassProblems
            .Append(new UndefinedWhen(ConfusionCounts.IsZero(positives), "no row of the positive class in the ground truth")).ToList());
    }

    private static SqlExpr WeightOf(SqlExpr rows, SqlExpr weight) => Call("coalesce", Aggregate("sum", rows, weight), Number(0));

    /// <summary>The aggregate over the group's rows of either class, with the weight when there is one.</summary>
    private static SqlExpr Native(string aggregate, BinaryRows rows, SqlExpr score, SqlExpr positive)
    {
        var arguments = rows.Weight is { } weight ? new[] { score, positive, weight } : new[] { score, positive };
        return Aggregate(aggregate, rows.Where(Or(rows.Positive, rows.Negative)), arguments);
    }
}
