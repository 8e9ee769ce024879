using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;
using static Evaluation.Engine.Sql.Translators.SqlMath;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// The spread and shape of one numeric column: population and sample variance and standard
/// deviation, median and quantile (numpy's linear rank q(n − 1)), NeMo's percentiles, numpy's
/// histogram and distribution, and NeMo's score_summary holding them all. Missing values are left
/// out (and counted in score_summary's nan_count); an empty group is undefined.
/// </summary>
internal sealed class DistributionTranslator : IFunctionTranslator
{
    /// <summary>The histogram function's fixed number of bins (the catalog's definition).</summary>
    private const long HistogramBins = 10;

    public IEnumerable<string> Functions => new[]
    {
        "variance", "std_dev", "sample_variance", "sample_std_dev", "median", "quantile",
        "percentiles", "histogram", "distribution", "score_summary",
    };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var values = NumericValues.Of(call, function, context);
        switch (function.Name)
        {
            case "sample_variance":
            case "sample_std_dev":
                return UndefinedWhen.NaNUnless(Statistic(function.Name, values), values.None(), values.Infinite, values.Single);
            case "variance":
            case "std_dev":
                return UndefinedWhen.NaNUnless(Statistic(function.Name, values), values.None(), values.Infinite);
            case "quantile":
            {
                var q = (NumberLiteral)TranslationContext.Argument(call, function, "q")!;
                var quantile = values.Over("quantile_cont", new SqlParameter(q.Value));
                return UndefinedWhen.NaNUnless(quantile, values.None(quantile));
            }
            case "percentiles":
                return UndefinedWhen.Explained(SortedValues.Percentiles(values, function.ResultFields), ColumnType.Struct, values.None());
            case "histogram":
                return UndefinedWhen.Explained(Histogram.Of(values, Integer(HistogramBins), function.ResultFields, context), ColumnType.List,
                    values.None(), Histogram.Infinite(values));
            case "distribution":
            {
                var bins = TranslationContext.Argument(call, function, "num_bins") is NumberLiteral n
                    ? new SqlParameter((long)n.Value)
                    : new SqlParameter((long)TranslationContext.Number(call, function, "num_bins")!.Value);
                return UndefinedWhen.Explained(Histogram.Of(values, bins, function.ResultFields, context), ColumnType.List,
                    values.None(), Histogram.Infinite(values));
            }
            case "score_summary":
                return UndefinedWhen.Explained(Summary(values, function, context), ColumnType.Struct, values.None(), Histogram.Infinite(values));
            default:
            {
                var statistic = Statistic(function.Name, values);
                return UndefinedWhen.NaNUnless(statistic, values.None(statistic));
            }
        }
    }

    /// <summary>A scalar statistic by its catalog name (also score_summary's field of that name).</summary>
    private static SqlExpr Statistic(string name, NumericValues values) => name switch
    {
        "variance" => values.OverFinite("var_pop"),
        "std_dev" => values.OverFinite("stddev_pop"),
        "sample_variance" => values.OverFinite("var_samp"),
        "sample_std_dev" => values.OverFinite("stddev_samp"),
        "median" => values.Over("quantile_cont", D(0.5)),
        _ => throw new InvalidOperationException($"`{name}` is not a scalar statistic."),
    };

    /// <summary>
    /// NeMo's summary struct, its fields in the catalog's order. Each field is the function of that
    /// name; NaN marks a field an empty group (or, for the sample fields, a single value) leaves
    /// undefined, and only an empty group makes the whole summary undefined. The struct is built
    /// inside the sorted list's lambda, so the median and percentiles share one sort.
    /// </summary>
    private static SqlExpr Summary(NumericValues values, FunctionDefinition function, TranslationContext context)
    {
        var none = Eq(values.Count, Integer(0));
        var infinite = values.Infinite.When;
        var fewerThanTwo = Lt(values.Count, Integer(2));
        var histogram = Histogram.Of(values, Integer(HistogramBins), FieldsOf(context, "histogram"), context);
        var percentileFields = FieldsOf(context, "percentiles");
        return SortedValues.With(values, (sorted, count) =>
        {
            SqlExpr Field(string name) => name switch
            {
                "count" => values.Count,
                "nan_count" => values.Missing,
                // An empty sum is 0, as numpy's and the sum function's.
                "sum" => Call("coalesce", values.Over("fsum"), D(0)),
                "mean" => NaNWhen(none, values.Over("avg")),
                "min" => NaNWhen(none, values.Over("min")),
                "max" => NaNWhen(none, values.Over("max")),
                // numpy's variance of values holding an infinity is NaN.
                "variance" or "std_dev" => NaNWhen(Or(none, infinite), Statistic(name, values)),
                "sample_variance" or "sample_std_dev" => NaNWhen(Or(fewerThanTwo, infinite), Statistic(name, values)),
                "median" => SortedValues.Median(sorted, count),
                "percentiles" => SortedValues.Percentiles(sorted, count, percentileFields),
                "histogram" => histogram,
                _ => throw new InvalidOperationException($"score_summary's field `{name}` has no translation."),
            };
            return new SqlStruct(function.ResultFields.Select(f => (f, Field(f))).ToList());
        });
    }

    private static IReadOnlyList<string> FieldsOf(TranslationContext context, string function) =>
        context.Catalog.Find(function)?.ResultFields ?? throw new InvalidOperationException($"The catalog has no `{function}`.");
}
