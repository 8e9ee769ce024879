using Evaluation.Engine.Planning;
using Evaluation.Engine.Sql.Translators.Multiclass;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// The metrics of a score's ranking: exact ROC AUC and average precision, as calls of the C#
/// aggregates (<see cref="RankingAggregateSql"/>) or, on the portable path, through their pure-SQL
/// formulations (<see cref="RocAucSql"/>, <see cref="AveragePrecisionSql"/>), which are also the
/// aggregates' test oracle; auc over probability columns is <see cref="ProbabilityRocAucSql"/>'s.
/// </summary>
internal sealed class RankingMetricsTranslator(bool nativeAggregates) : IFunctionTranslator
{
    public IEnumerable<string> Functions => new[] { "auc", "average_precision" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        if (function.Name == "auc" && TranslationContext.Argument(call, function, "predicted_property") is ListExpr columns)
            return ProbabilityRocAucSql.Translate(call, function, columns, context, nativeAggregates);
        var rows = BinaryInputs.Scored(call, function, context);
        if (nativeAggregates) return function.Name == "auc" ? RankingAggregateSql.Auc(rows) : RankingAggregateSql.AveragePrecision(rows);
        return function.Name == "auc" ? RocAucSql.Translate(rows, context) : AveragePrecisionSql.Translate(rows, context);
    }
}
