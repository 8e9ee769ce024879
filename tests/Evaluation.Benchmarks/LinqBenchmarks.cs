using System.ComponentModel.DataAnnotations.Schema;
using Evaluation.Linq;
using Evaluation.Linq.Translation;

namespace Evaluation.Benchmarks;

/// <summary>
/// The LINQ provider (issue 6): translating a query whose shape is cached (collecting its captured
/// values and building the AST) against parsing the same query's DSL text; and a cached LINQ query
/// on the 10-million-row file against the same query run as DSL text, results read in both.
/// </summary>
internal static class LinqBenchmarks
{
    private sealed record Row
    {
        [Column("model")] public string Model { get; init; } = "";
        [Column("y_true")] public double Truth { get; init; }
        [Column("y_pred")] public double Prediction { get; init; }
        [Column("score")] public double Score { get; init; }
        [Column("label")] public long Label { get; init; }
    }

    public static IEnumerable<Harness.Figure> Run()
    {
        EngineBenchmarks.EnsureData();
        using var eval = EvaluationContext.Open();
        var file = EngineBenchmarks.DataFile;
        IQueryable<(string Model, double Rmse, double Auc)> Query(double minimum) => eval.Parquet<Row>(file)
            .Where(r => r.Score >= minimum)
            .GroupBy(r => r.Model)
            .Select(g => ValueTuple.Create(g.Key, g.Rmse(r => r.Truth, r => r.Prediction), g.Auc(r => r.Label, r => r.Score)));
        var dsl = Query(0.1).ToDsl();
        var minimum = 0.1;
        var built = Query(minimum).Expression;
        // Tiered JIT: let both sides reach optimised code before they are timed.
        for (var i = 0; i < 20_000; i++)
        {
            TranslationCache.Get(Query(minimum).Expression);
            Evaluation.Language.QueryText.Parse(dsl);
        }
        yield return Harness.Compare("LINQ translation of a cached shape (values collected, AST built)",
            () => TranslationCache.Get(built),
            "DSL parse of the same query", () => Evaluation.Language.QueryText.Parse(dsl), rounds: 11, callsPerRound: 2000);
        yield return Harness.Compare("… with the expression tree built anew each time (a new captured value)",
            () => TranslationCache.Get(Query(minimum += 1e-9).Expression),
            "DSL parse of the same query", () => Evaluation.Language.QueryText.Parse(dsl), rounds: 11, callsPerRound: 2000);
        yield return Harness.CompareCalls("LINQ query (cached shape) on 10M rows: rmse + auc by model, score >= 0.1",
            () => Query(0.1).ToList(), "the same query as DSL text", () => eval.Engine.Query(dsl), rounds: 5);
    }
}
