using Evaluation.Engine.Planning;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Multiclass;

/// <summary>
/// f1, precision and recall on several classes with scikit-learn's <c>average</c>: per class
/// one-vs-rest from the class counts (precision TP/(TP+FP), recall TP/(TP+FN), f1
/// 2TP/(2TP+FP+FN)); <c>micro</c> from the counts summed over the label set, <c>macro</c> the
/// unweighted mean, <c>weighted</c> the mean weighted by each class's true rows, <c>none</c> the
/// list of <c>{class, value}</c> in class order. A class whose value is 0/0 (scikit-learn's
/// silent 0) is NaN with the reason, and so is the macro average; the weighted average is
/// undefined only through classes that carry weight (true rows).
/// </summary>
internal static class AveragedScoresSql
{
    public static PlannedValue Translate(string metric, string average, LabelColumns columns)
    {
        var counts = new ClassCounts(columns, columns.Present);
        var noRows = new UndefinedWhen(Eq(counts.Rows, Number(0)), "no row has both a ground truth and a prediction");
        var c = ClassCounts.Class;
        var (value, denominator, why) = PerClass(metric, counts, c);
        var undefinedClass = Eq(denominator, Number(0));
        var classValue = NaNWhen(undefinedClass, value);
        var someUndefined = new UndefinedWhen(counts.AnyClass(undefinedClass), $"a class has {why}, so its {metric} is undefined");
        switch (average)
        {
            case "micro":
            {
                var (micro, microDenominator) = PerClassTotals(metric, counts);
                return UndefinedWhen.Metric(Div(micro, microDenominator),
                    new[] { noRows, new UndefinedWhen(Eq(microDenominator, Number(0)), $"the counts summed over the label set leave the micro {metric} 0/0") });
            }
            case "macro":
                return UndefinedWhen.Metric(Call("list_avg", counts.PerClass(classValue)), new[] { noRows, someUndefined });
            case "weighted":
            {
                var truth = counts.Truth(c);
                var weightedSum = counts.SumOverClasses(new SqlCase(new[] { (Eq(truth, Number(0)), Number(0)) }, Mul(truth, value)));
                var weights = counts.SumOverClasses(truth);
                return UndefinedWhen.Metric(Div(weightedSum, weights), new[]
                {
                    noRows,
                    new UndefinedWhen(Eq(weights, Number(0)), "no row of the label set in the ground truth"),
                    new UndefinedWhen(counts.AnyClass(And(new SqlBinary(">", truth, Number(0)), undefinedClass)),
                        $"a class of the ground truth has {why}, so its {metric} is undefined"),
                });
            }
            default:
            {
                // none: the per-class list; the reason names why an item is NaN.
                var list = counts.PerClass(new SqlStruct(new[] { ("class", c), ("value", classValue) }));
                return new PlannedValue(list, ColumnType.List, UndefinedWhen.Reasons(new[] { noRows, someUndefined }));
            }
        }
    }

    /// <summary>The per-class value, its denominator (undefined where 0) and what a 0 denominator means.</summary>
    private static (SqlExpr Value, SqlExpr Denominator, string Why) PerClass(string metric, ClassCounts counts, SqlExpr c)
    {
        var hits = counts.Hits(c);
        return metric switch
        {
            "precision" => (Div(hits, counts.Predicted(c)), counts.Predicted(c), "no predicted row"),
            "recall" => (Div(hits, counts.Truth(c)), counts.Truth(c), "no row in the ground truth"),
            _ => (Div(Mul(Number(2), hits), Add(counts.Truth(c), counts.Predicted(c))), Add(counts.Truth(c), counts.Predicted(c)),
                "no row in the ground truth and no predicted row"),
        };
    }

    /// <summary>micro: the same ratio over the counts summed across the label set.</summary>
    private static (SqlExpr Numerator, SqlExpr Denominator) PerClassTotals(string metric, ClassCounts counts)
    {
        var c = ClassCounts.Class;
        var hits = counts.SumOverClasses(counts.Hits(c));
        var truth = counts.SumOverClasses(counts.Truth(c));
        var predicted = counts.SumOverClasses(counts.Predicted(c));
        return metric switch
        {
            "precision" => (hits, predicted),
            "recall" => (hits, truth),
            _ => (Mul(Number(2), hits), Add(truth, predicted)),
        };
    }
}
