using Evaluation.Engine.Planning;
using Evaluation.Engine.Sql.Translators.Multiclass;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// The metrics of a score's ranking: exact ROC AUC and average precision, through their pure-SQL
/// formulations (<see cref="RocAucSql"/>, <see cref="AveragePrecisionSql"/>); auc over probability
/// columns is <see cref="ProbabilityRocAucSql"/>'s. A native aggregate
/// can take their place here later; the SQL stays as the portable path and its test oracle.
/// </summary>
internal sealed class RankingMetricsTranslator : IFunctionTranslator
{
    public IEnumerable<string> Functions => new[] { "auc", "average_precision" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        if (function.Name == "auc" && TranslationContext.Argument(call, function, "predicted_property") is ListExpr columns)
            return ProbabilityRocAucSql.Translate(call, function, columns, context);
        var rows = BinaryInputs.Scored(call, function, context);
        return function.Name == "auc" ? RocAucSql.Translate(rows, context) : AveragePrecisionSql.Translate(rows, context);
    }
}
