using Evaluation.Engine;

namespace AnalyzerSample;

/// <summary>Deliberate mistakes, each reported by the analyzer at its characters when the project builds.</summary>
internal static class Mistakes
{
    public static void Run(EvaluationEngine engine)
    {
        engine.Query("group by model_version | select model_version, e = rmsee(FICO_actual, FICO_predicted)");

        engine.Query("""
            group by model_version
            | select model_version,
                     e = mae(FICO_actual, FICO_predicted, aggregation: 'mean')
            """);

        engine.Explain(@"{""select"": [{""function"": ""confusionMatrix"", ""parameters"": {""threshold"": 1.5}}]}");
    }
}
