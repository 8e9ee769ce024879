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
    private readonly bool _exactFloatSums;

    /// <param name="translators">One translator per catalog function.</param>
    /// <param name="exactFloatSums">Replace DuckDB's floating-point sums by the exact C# aggregates (<see cref="ExactFloatSums"/>).</param>
    public TranslatorRegistry(IEnumerable<IFunctionTranslator> translators, bool exactFloatSums = false)
    {
        _exactFloatSums = exactFloatSums;
        foreach (var translator in translators)
            foreach (var name in translator.Functions)
                _byFunction.Add(name, translator);
    }

    /// <summary>DuckDB with the engine's C# aggregates registered: the fast path.</summary>
    public static TranslatorRegistry Default { get; } = Create(nativeAggregates: true);

    /// <summary>
    /// Pure SQL only: what an engine that cannot run .NET code would be sent, and the oracle the
    /// C# aggregates are tested against.
    /// </summary>
    public static TranslatorRegistry Portable { get; } = Create(nativeAggregates: false);

    private static TranslatorRegistry Create(bool nativeAggregates) => new(new IFunctionTranslator[]
    {
        new StatisticsTranslator(),
        new RowFunctionTranslator(),
        new BiasMitigationTranslator(),
        new RegressionTranslator(nativeAggregates),
        new DistributionTranslator(),
        new LabelTranslator(),
        new ConfusionTranslator(),
        new ProbabilityLossTranslator(),
        new RankingMetricsTranslator(nativeAggregates),
        new MulticlassLabelTranslator(),
        new ObjectDetectionTranslator(nativeAggregates),
        new RankingTranslator(),
        new ArithmeticTranslator(),
    }, exactFloatSums: nativeAggregates);

    /// <summary>True when the engine can compute <paramref name="function"/>.</summary>
    public bool Supports(string function) => _byFunction.ContainsKey(function);

    /// <summary>A select item's or group key's call as SQL (with the exact float aggregates where they run).</summary>
    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var value = TranslateNested(call, function, context);
        return _exactFloatSums ? ExactFloatSums.Apply(value) : value;
    }

    /// <summary>A call inside another call (a row function used as a column): the outer call's <see cref="Translate"/> rewrites the whole tree once.</summary>
    public PlannedValue TranslateNested(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        if (!_byFunction.TryGetValue(function.Name, out var translator))
            throw new QueryException(new[] { DiagnosticDescriptors.NotSupported.At(call.NameSpan.IsNone ? call.Span : call.NameSpan,
                $"the engine cannot compute `{function.Name}` yet (it is in the catalog; see grammar/functions.md and README's status)") });
        return translator.Translate(call, function, context);
    }
}
