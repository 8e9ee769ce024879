using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using static Evaluation.Engine.Sql.Sql;
using static Evaluation.Engine.Sql.Translators.SqlMath;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// The rows a regression metric reads: truth y and prediction ŷ in DOUBLE, the optional sample
/// weight, and the §6 test that all of them are present. Means are weighted exactly as numpy's
/// <c>average(x, weights)</c> is: Σwx / Σw.
/// </summary>
internal sealed record RegressionRows(SqlExpr Truth, SqlExpr Prediction, SqlExpr? Weight, SqlExpr Present)
{
    public static RegressionRows Of(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var truth = context.Column(call, function, "ground_truth_property");
        var prediction = context.Column(call, function, "predicted_property");
        var weight = function.FindParameter("weight_property") is not null && TranslationContext.Argument(call, function, "weight_property") is not null
            ? context.Column(call, function, "weight_property")
            : null;
        var present = weight is null ? TranslationContext.AllPresent(truth, prediction) : TranslationContext.AllPresent(truth, prediction, weight);
        return new RegressionRows(Double(truth.Value), Double(prediction.Value), weight is null ? null : Double(weight.Value), present);
    }

    /// <summary>y − ŷ, scikit-learn's sign.</summary>
    public SqlExpr Error => Sub(Truth, Prediction);

    /// <summary>The number of rows the metric reads.</summary>
    public SqlExpr Count => Over("count", Truth);

    /// <summary>
    /// An aggregate over the rows the metric reads. Rows are left out by making the arguments NULL
    /// there (aggregates skip NULLs), not by <c>FILTER</c>: DuckDB evaluates each aggregate's filter
    /// on its own, while the repeated <c>CASE WHEN present</c> is one common subexpression.
    /// </summary>
    public SqlCall Over(string aggregate, params SqlExpr[] arguments) => Call(aggregate, arguments.Select(a => OnlyPresent(a)).ToArray());

    /// <summary>
    /// An aggregate over the rows the metric reads where every argument is finite: DuckDB's
    /// variance family and corr raise "out of range" on an infinite input instead of returning
    /// NaN, which would fail the whole query. A metric that uses it is undefined where the values
    /// hold an infinity (<see cref="InfiniteTruth"/>, <see cref="InfinitePrediction"/>).
    /// </summary>
    public SqlCall OverFinite(string aggregate, params SqlExpr[] arguments)
    {
        var finite = And(arguments.Select(a => (SqlExpr?)Call("isfinite", a)).Prepend(Present).ToArray());
        return Call(aggregate, arguments.Select(a => (SqlExpr)new SqlCase(new[] { (finite, a) }, null)).ToArray());
    }

    /// <summary>The value in the rows the metric reads, NULL elsewhere.</summary>
    public SqlExpr OnlyPresent(SqlExpr value) => new SqlCase(new[] { (Present, value) }, null);

    /// <summary>Σ(value) over the rows, weighted when there are weights: Σw·value (<c>fsum</c>: DOUBLE sums are exact on the C# path, <see cref="Planning.ExactFloatSums"/>).</summary>
    public SqlExpr WeightedSum(SqlExpr value) => Over("fsum", Weight is null ? value : Mul(Weight, value));

    /// <summary>Σw, or the row count without weights.</summary>
    public SqlExpr WeightSum => Weight is null ? Double(Count) : Over("fsum", Weight);

    /// <summary>The (weighted) mean of a per-row value.</summary>
    public SqlExpr Mean(SqlExpr value) => Weight is null ? Over("avg", value) : Div(WeightedSum(value), WeightSum);

    /// <summary>
    /// The (weighted) population variance's numerator Σw(x − x̄)². Unweighted it is n·var_pop(x), which
    /// DuckDB computes with Welford's stable update; weighted it is Σwx² − (Σwx)²/Σw, one pass, which
    /// loses digits only when |mean| is many orders of magnitude above the spread.
    /// </summary>
    public SqlExpr SumOfSquares(SqlExpr value) => Weight is null
        ? Mul(Over("var_pop", value), Double(Count))
        : Sub(WeightedSum(Mul(value, value)), Div(Mul(WeightedSum(value), WeightedSum(value)), WeightSum));

    /// <summary>
    /// The cases every regression metric shares: no rows, and weights that sum to zero. An aggregate
    /// of the metric's own that is NULL exactly when it read no rows (<paramref name="witness"/>)
    /// tells an empty group without another aggregate; weighted, Σw is that aggregate; otherwise
    /// the rows are counted.
    /// </summary>
    public IEnumerable<(SqlExpr When, string Why)> Empty(SqlExpr? witness = null)
    {
        var none = Weight is not null ? new SqlIsNull(WeightSum, Negated: false)
            : witness is not null ? new SqlIsNull(witness, Negated: false)
            : Eq(Count, Integer(0));
        yield return (none, Weight is null
            ? "no rows where the ground truth and the prediction are both present"
            : "no rows where the ground truth, the prediction and the weight are all present");
        if (Weight is not null) yield return (Eq(WeightSum, D(0)), "the weights sum to zero");
    }

    /// <summary>The truth takes one value in the group (r², explained variance, correlations).</summary>
    public (SqlExpr When, string Why) ConstantTruth => (Eq(Over("min", Truth), Over("max", Truth)), "the ground truth is constant");

    /// <summary>The prediction takes one value in the group (correlations).</summary>
    public (SqlExpr When, string Why) ConstantPrediction => (Eq(Over("min", Prediction), Over("max", Prediction)), "the prediction is constant");

    /// <summary>Some truth is infinite (told from the min and max the constant test reads anyway).</summary>
    public (SqlExpr When, string Why) InfiniteTruth =>
        (Or(Call("isinf", Over("min", Truth)), Call("isinf", Over("max", Truth))), "the ground truth includes an infinity");

    /// <summary>Some prediction is infinite.</summary>
    public (SqlExpr When, string Why) InfinitePrediction =>
        (Or(Call("isinf", Over("min", Prediction)), Call("isinf", Over("max", Prediction))), "the prediction includes an infinity");

    /// <summary>Some row has a zero truth (percentage and fold errors divide by it).</summary>
    public (SqlExpr When, string Why) ZeroTruth => (AnyRow(Eq(Truth, D(0))), "the ground truth is 0 in some rows");

    /// <summary>True when the condition holds in some row the metric reads (NULL, which CASE takes as false, in an empty group).</summary>
    public SqlExpr AnyRow(SqlExpr condition) => Over("bool_or", condition);
}
