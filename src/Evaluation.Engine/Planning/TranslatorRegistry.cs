using Evaluation.Engine.Sql.Translators;
using Evaluation.Engine.Sql.Translators.Binary;
using Evaluation.Engine.Sql.Translators.Multiclass;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Planning;

/// <summary>The catalog function → translator map; every translator registers here.</summary>
internal sealed class TranslatorRegistry
{
    private readonly Dictionary<string, IFunctionTranslator> _byFunction = new(StringComparer.Ordinal);

    public TranslatorRegistry(IEnumerable<IFunctionTranslator> translators)
    {
        foreach (var translator in translators)
            foreach (var name in translator.Functions)
                _byFunction.Add(name, translator);
    }

    public static TranslatorRegistry Default { get; } = new(new IFunctionTranslator[]
    {
        new StatisticsTranslator(),
        new RowFunctionTranslator(),
        new BiasMitigationTranslator(),
        new RegressionTranslator(),
        new DistributionTranslator(),
        new LabelTranslator(),
        new ConfusionTranslator(),
        new ProbabilityLossTranslator(),
        new RankingMetricsTranslator(),
        new MulticlassLabelTranslator(),
    });

    /// <summary>True when the engine can compute <paramref name="function"/>.</summary>
    public bool Supports(string function) => _byFunction.ContainsKey(function);

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        if (!_byFunction.TryGetValue(function.Name, out var translator))
            throw new QueryException(new[] { DiagnosticDescriptors.NotSupported.At(call.NameSpan.IsNone ? call.Span : call.NameSpan,
                $"the engine cannot compute `{function.Name}` yet (it is in the catalog; see grammar/functions.md and README's status)") });
        return translator.Translate(call, function, context);
    }
}
