using Evaluation.Engine.Aggregates;
using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;
using static Evaluation.Engine.Sql.Translators.SqlMath;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// Regression metrics as one-pass aggregates over (y, ŷ[, w]), following scikit-learn's
/// definitions; spearman's ranks and mae's weighted median need the rows of their group first,
/// so they read per-row window columns (<see cref="TranslationContext.PerRow"/>).
/// Where scikit-learn substitutes a number for an undefined value (r² of a constant truth, mape
/// with a zero truth) the value is NaN with the reason (§6).
/// </summary>
internal sealed class RegressionTranslator(bool nativeAggregates) : IFunctionTranslator
{
    public IEnumerable<string> Functions => new[]
    {
        "rmse", "mse", "mae", "rSquared", "explained_variance", "pearson", "spearman",
        "mape", "max_error", "aafe", "absolute_average_fold_error",
    };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var rows = RegressionRows.Of(call, function, context);
        var squared = Mul(rows.Error, rows.Error);
        switch (function.Name)
        {
            case "mse":
            {
                var mean = rows.Mean(squared);
                return UndefinedWhen.NaNUnless(mean, rows.Empty(mean).ToArray());
            }
            case "rmse":
            {
                var mean = rows.Mean(squared);
                return UndefinedWhen.NaNUnless(Sqrt(mean), rows.Empty(mean).ToArray());
            }
            case "mae":
            {
                var statistic = AbsoluteError(call, function, context, rows);
                return UndefinedWhen.NaNUnless(statistic, rows.Empty(statistic).ToArray());
            }
            case "max_error":
            {
                var largest = rows.Over("max", Abs(rows.Error));
                return UndefinedWhen.NaNUnless(largest, rows.Empty(largest).ToArray());
            }
            case "rSquared":
            {
                // 1 − Σw(y − ŷ)² / Σw(y − ȳ)²; unweighted the ratio is mean((y − ŷ)²) / var_pop(y).
                var totalSquares = rows.SumOfSquares(rows.Truth);
                var meanSquared = rows.Over("avg", squared);
                var ratio = rows.Weight is null
                    ? Div(meanSquared, rows.OverFinite("var_pop", rows.Truth))
                    : Div(rows.WeightedSum(squared), totalSquares);
                // An infinite prediction (with a finite truth) gives r² = −∞, as scikit-learn does.
                return UndefinedWhen.NaNUnless(Sub(D(1), ratio), WithSpread(rows, meanSquared, totalSquares));
            }
            case "explained_variance":
            {
                // 1 − Var(y − ŷ) / Var(y), population variances (weighted as numpy's average).
                var totalSquares = rows.SumOfSquares(rows.Truth);
                var errorVariance = rows.OverFinite("var_pop", rows.Error);
                var ratio = rows.Weight is null
                    ? Div(errorVariance, rows.OverFinite("var_pop", rows.Truth))
                    : Div(rows.SumOfSquares(rows.Error), totalSquares);
                // Var(y − ŷ) of an infinite prediction is NaN in numpy.
                return UndefinedWhen.NaNUnless(Sub(D(1), ratio), WithSpread(rows, rows.Over("min", rows.Truth), totalSquares, rows.InfinitePrediction));
            }
            case "pearson":
                return Correlation(rows, rows.Truth, rows.Prediction, ranks: false);
            case "spearman" when nativeAggregates:
                // The C# aggregate ranks the group's pairs itself (one sort per column, exact sums) and
                // leaves out pairs with a NULL or NaN as §6 says, so it needs no FILTER.
                return WithCorrelationCases(rows, Call(NativeAggregates.Spearman, rows.Truth, rows.Prediction), ranks: true);
            case "spearman":
                // Pearson's r of the ranks, ties taking their average rank (scipy's spearmanr).
                return Correlation(rows, AverageRank(context, rows, rows.Truth), AverageRank(context, rows, rows.Prediction), ranks: true);
            case "mape":
            {
                var mean = rows.Mean(Div(Abs(rows.Error), Abs(rows.Truth)));
                return UndefinedWhen.NaNUnless(mean, rows.Empty(mean).Append(rows.ZeroTruth).ToArray());
            }
            case "aafe":
            {
                // log10 raises on a non-positive argument even in rows an aggregate leaves out, so the
                // fold is NULL (skipped by avg) there; such a group is undefined anyway. log10(ŷ) − log10(y)
                // rather than log10(ŷ / y): a ratio that underflows to 0 would raise too.
                var positive = And(Gt(rows.Truth, D(0)), Gt(rows.Prediction, D(0)));
                var fold = Abs(If(positive, Sub(Call("log10", rows.Prediction), Call("log10", rows.Truth)), SqlConstant.Null));
                return UndefinedWhen.NaNUnless(Call("pow", D(10), rows.Over("avg", fold)), rows.Empty()
                    .Append((rows.AnyRow(Not(positive)), "fold errors need a positive ground truth and prediction in every row")).ToArray());
            }
            default: // absolute_average_fold_error, as Polaris' code computes it
            {
                var mean = rows.Over("avg", Div(Abs(rows.Prediction), Abs(rows.Truth)));
                return UndefinedWhen.NaNUnless(mean, rows.Empty(mean).Append(rows.ZeroTruth).ToArray());
            }
        }
    }

    /// <summary>r² and explained variance divide by the truth's spread: a constant truth (or weights that leave none) makes them undefined.</summary>
    private static (SqlExpr When, string Why)[] WithSpread(RegressionRows rows, SqlExpr witness, SqlExpr totalSquares, params (SqlExpr When, string Why)[] more)
    {
        var cases = rows.Empty(witness).Append(rows.InfiniteTruth).Concat(more).Append(rows.ConstantTruth);
        // Weighted, rounding can leave a tiny non-zero Σw(y − ȳ)² for a constant truth (caught above);
        // a spread that only zero weights carry leaves none.
        if (rows.Weight is not null) cases = cases.Append((Le(totalSquares, D(0)), "the weighted ground truth has no spread"));
        return cases.ToArray();
    }

    /// <summary>Pearson's r of two per-row values: of y and ŷ (pearson) or of their ranks (spearman, where an infinity is just the largest rank).</summary>
    private static PlannedValue Correlation(RegressionRows rows, SqlExpr x, SqlExpr y, bool ranks)
    {
        // scipy clamps r to [−1, 1] against rounding.
        var r = Greatest(D(-1), Least(D(1), ranks ? rows.Over("corr", x, y) : rows.OverFinite("corr", x, y)));
        return WithCorrelationCases(rows, r, ranks);
    }

    /// <summary>A correlation with the cases where it is undefined.</summary>
    private static PlannedValue WithCorrelationCases(RegressionRows rows, SqlExpr r, bool ranks)
    {
        var cases = rows.Empty().Append((Lt(rows.Count, Integer(2)), "a correlation needs at least two rows"));
        if (!ranks) cases = cases.Append(rows.InfiniteTruth).Append(rows.InfinitePrediction);
        return UndefinedWhen.NaNUnless(r, cases.Append(rows.ConstantTruth).Append(rows.ConstantPrediction).ToArray());
    }

    /// <summary>
    /// The average rank of a value among the group's present rows: (first + last position of its
    /// ties) / 2, from rank() and the count of rows up to its last peer.
    /// </summary>
    private static SqlExpr AverageRank(TranslationContext context, RegressionRows rows, SqlExpr value) =>
        context.PerRow(keys =>
        {
            var partition = keys.Append(rows.Present).ToList();
            var order = new[] { new SqlOrder(value) };
            return Div(Double(Add(new SqlWindow(Call("rank"), partition, order), new SqlWindow(CountStar(), partition, order))), D(2));
        });

    /// <summary>
    /// mae's statistic of |y − ŷ|, each first normalised to (|e| − min) / (max − min) when
    /// normalizationMin/Max are given. Weights weight the mean and the median (scikit-learn's
    /// weighted median_absolute_error); the smallest and largest error do not depend on them.
    /// </summary>
    private static SqlExpr AbsoluteError(FunctionCall call, FunctionDefinition function, TranslationContext context, RegressionRows rows)
    {
        var error = Abs(rows.Error);
        var min = TranslationContext.Argument(call, function, "normalizationMin");
        var max = TranslationContext.Argument(call, function, "normalizationMax");
        if ((min is null) != (max is null))
        {
            var given = (min ?? max)!;
            throw new QueryException(new[] { DiagnosticDescriptors.MissingParameter.At(given.Span,
                "`mae` normalises with `normalizationMin` and `normalizationMax` together: give both or neither") });
        }
        if (min is NumberLiteral low && max is NumberLiteral high)
        {
            if (!(high.Value > low.Value))
                throw new QueryException(new[] { DiagnosticDescriptors.OutOfRange.At(max!.Span,
                    $"`normalizationMax` ({high.Value}) must be greater than `normalizationMin` ({low.Value})") });
            error = Div(Sub(error, new SqlParameter(low.Value)), Sub(new SqlParameter(high.Value), new SqlParameter(low.Value)));
        }

        return (TranslationContext.Text(call, function, "aggregation") ?? "avg") switch
        {
            "min" => rows.Over("min", error),
            "max" => rows.Over("max", error),
            "median" when rows.Weight is null => Call("quantile_cont", rows.OnlyPresent(error), D(0.5)),
            "median" => WeightedMedian(context, rows, error),
            _ => rows.Mean(error),
        };
    }

    /// <summary>
    /// scikit-learn's weighted median (_weighted_percentile at 50): the smallest value whose
    /// cumulative weight, in value order, reaches half the total weight. Ties share one running
    /// sum (the default RANGE frame), which picks the same value.
    /// </summary>
    private static SqlExpr WeightedMedian(TranslationContext context, RegressionRows rows, SqlExpr value)
    {
        var reachesHalf = context.PerRow(keys =>
        {
            var partition = keys.Append(rows.Present).ToList();
            var running = new SqlWindow(Call("sum", rows.Weight!), partition, new[] { new SqlOrder(value) });
            var total = new SqlWindow(Call("sum", rows.Weight!), partition, Array.Empty<SqlOrder>());
            return Ge(running, Mul(D(0.5), total));
        });
        return Call("min", If(And(rows.Present, reachesHalf), value, SqlConstant.Null));
    }
}
