using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// <c>biasMitigatedPredictions(score, [when CONDITIONS then THRESHOLD, …])</c>: per row, the first
/// rule whose conditions all hold decides, 1 when the score is at least its threshold and 0
/// otherwise; NULL when no rule matches or the score is missing (NULL or NaN).
/// </summary>
internal sealed class BiasMitigationTranslator : IFunctionTranslator
{
    public IEnumerable<string> Functions => new[] { "biasMitigatedPredictions" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var score = context.Column(call, function, "predicted_property");
        var rules = (ListExpr)TranslationContext.Argument(call, function, "thresholds")!;
        var conditions = context.Conditions;
        var present = TranslationContext.Present(score);
        var branches = rules.Items.Cast<ThresholdRule>().Select(rule =>
        {
            var when = rule.Conditions.Count == 0 ? new SqlConstant(true) : conditions.All(rule.Conditions)!;
            var threshold = new SqlParameter(((NumberLiteral)rule.Threshold).Value);
            SqlExpr decision = new SqlCase(new[] { ((SqlExpr)new SqlBinary(">=", Double(score.Value), threshold), Integer(1)) }, Integer(0));
            // A missing score decides nothing: NULL, not 0.
            return (And(when), (SqlExpr)new SqlCase(new[] { (present, decision) }, SqlConstant.Null));
        }).ToList();
        return new PlannedValue(new SqlCase(branches, SqlConstant.Null), ColumnType.Integer);
    }
}
