using Evaluation.Engine.Aggregates;
using Evaluation.Engine.Planning;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// Exact ROC AUC and average precision as calls of the engine's C# aggregates
/// (<see cref="NativeAggregates"/>), which collect the group's scores by class and sort once: the
/// fast path on DuckDB. The same definitions as <see cref="RocAucSql"/> and
/// <see cref="AveragePrecisionSql"/>, the portable path a test holds them to.
/// <para>
/// No FILTER: the aggregate leaves out rows with a NULL or NaN score, truth or weight itself (a
/// NULL truth makes the "is positive" argument NULL), and returns NaN exactly where the metric is
/// undefined (a class missing; no positive weight), so the reason is read from the value. DuckDB
/// computes an aggregate that appears twice once. That keeps the query at one pass of the
/// aggregate, without the counting FILTERs the SQL formulation needs.
/// </para>
/// </summary>
internal static class RankingAggregateSql
{
    public static PlannedValue Auc(BinaryRows rows)
    {
        var value = Native(rows.Weight is null ? NativeAggregates.Auc : NativeAggregates.AucWeighted, rows, rows.Score!,
            rows.ScoredClassAsStored ?? rows.ScoredPositive);
        return UndefinedWhen.Metric(value, rows.ClassProblems
            .Append(new UndefinedWhen(Call("isnan", value), "only one class is present in the ground truth, and AUC needs both")).ToList());
    }

    public static PlannedValue AveragePrecision(BinaryRows rows)
    {
        // The score belongs to the other class with pos_label 0: the reported class ranks by its negation.
        var score = rows.ScoreIsReported ? rows.Score! : Sub(Number(0), rows.Score!);
        var positive = rows.ScoreIsReported && rows.ScoredClassAsStored is { } stored ? stored : rows.Positive;
        var value = Native(rows.Weight is null ? NativeAggregates.AveragePrecision : NativeAggregates.AveragePrecisionWeighted, rows, score, positive);
        return UndefinedWhen.Metric(value, rows.ClassProblems
            .Append(new UndefinedWhen(Call("isnan", value), "no row of the positive class in the ground truth")).ToList());
    }

    /// <summary>The aggregate of (score, class[, weight]): the class is "is positive", or integer labels as stored (<see cref="BinaryRows.ScoredClassAsStored"/>).</summary>
    private static SqlExpr Native(string aggregate, BinaryRows rows, SqlExpr score, SqlExpr positive) =>
        Call(aggregate, rows.Weight is { } weight ? new[] { score, positive, weight } : new[] { score, positive });
}
