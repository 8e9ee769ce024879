using Evaluation.Engine;
using Evaluation.Engine.Results;

// The query text below is checked when this project compiles: EvaluationEngine.Query's text parameter is
// marked [StringSyntax("evalq")], and the analyzer parses and validates constant text with the language itself.
var data = args.Length > 0 ? args[0] : "samples/data/credit/*.parquet";
using var engine = EvaluationEngine.Open(new EngineOptions { Sources = new Dictionary<string, string> { ["inference"] = data } });

const string ByVersion = """
    group by model_version
    | select error = rmse(FICO_actual, FICO_predicted), n = count()
    | order by model_version
    """;
Console.WriteLine(ResultJson.Write(engine.Query(ByVersion)));
