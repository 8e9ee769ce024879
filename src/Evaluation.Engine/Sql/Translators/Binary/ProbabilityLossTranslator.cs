using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// Losses of a probability: log_loss and brier_score, (weighted) means over the rows with
/// compensated sums. Both read the score as the probability of its class, so pos_label does not
/// change them; both are defined with one class present.
/// </summary>
internal sealed class ProbabilityLossTranslator : IFunctionTranslator
{
    /// <summary>float64 machine epsilon, 2⁻⁵² (not <see cref="double.Epsilon"/>, the smallest subnormal): scikit-learn 1.2.1's clip.</summary>
    public static readonly double MachineEpsilon = Math.BitIncrement(1.0) - 1.0;

    public IEnumerable<string> Functions => new[] { "log_loss", "brier_score" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var rows = BinaryInputs.Scored(call, function, context);
        var score = rows.Score!;
        var undefined = rows.ClassProblems.ToList();
        SqlExpr loss;
        if (function.Name == "log_loss")
        {
            // −log of the probability given to the true class, clipped to [ε, 1 − ε]. scikit-learn then
            // divides each row by (1 − p) + p, which is 1 to within one rounding: left out.
            SqlExpr p = Call("greatest", Call("least", score, Number(1 - MachineEpsilon)), Number(MachineEpsilon));
            var ofTruth = new SqlCase(new[] { (rows.ScoredPositive, p) }, Sub(Number(1), p));
            loss = new SqlUnary("-", Call("ln", ofTruth));
        }
        else
        {
            var error = Sub(score, new SqlCase(new[] { (rows.ScoredPositive, Number(1)) }, Number(0)));
            loss = Mul(error, error);
            // scikit-learn refuses such input; a loss of "probabilities" outside [0, 1] would be a number from garbage.
            var outside = Or(new SqlBinary("<", Aggregate("min", rows.Where(), score), Number(0)),
                new SqlBinary(">", Aggregate("max", rows.Where(), score), Number(1)));
            undefined.Add(new UndefinedWhen(outside, "the scores are not all probabilities in [0, 1]"));
        }

        var (total, weights) = rows.Weight is { } weight
            ? (Aggregate("fsum", rows.Where(), Mul(weight, loss)), Call("coalesce", Aggregate("fsum", rows.Where(), weight), Number(0)))
            : (Aggregate("fsum", rows.Where(), loss), Double(CountStar(rows.Where())));
        undefined.Insert(rows.ClassProblems.Count, new UndefinedWhen(ConfusionCounts.IsZero(weights), "no row has both a ground truth and a score"));
        return UndefinedWhen.Metric(Div(total, weights), undefined);
    }
}
