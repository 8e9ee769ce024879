using Evaluation.Engine;

namespace Evaluation.Benchmarks;

/// <summary>
/// The exact floating-point aggregates (deterministic whatever the thread count) against DuckDB's
/// own sum/avg/var_pop on the same query: the engine with the C# aggregates against the engine on
/// the portable path, which keeps DuckDB's, over the 10-million-row file of <see cref="EngineBenchmarks"/>.
/// </summary>
internal static class SumBenchmarks
{
    private static int[] Rows = Array.Empty<int>();

    public static IEnumerable<Harness.Figure> Run()
    {
        EngineBenchmarks.EnsureData();
        var from = $"from '{EngineBenchmarks.DataFile}'";
        using var exact = EvaluationEngine.Open();
        using var duckDb = EvaluationEngine.Open(new EngineOptions { PortableSql = true });
        var cases = new (string Name, string Query)[]
        {
            ("sum(y_true), ungrouped", $"{from} | select s = sum(y_true)"),
            ("avg(y_true) by model", $"{from} | group by model | select a = avg(y_true)"),
            ("variance(y_true) by model", $"{from} | group by model | select v = variance(y_true)"),
            ("rmse by model", $"{from} | group by model | select e = rmse(y_true, y_pred)"),
            ("rmse + mae + r2 by model", $"{from} | group by model | select rmse = rmse(y_true, y_pred), mae = mae(y_true, y_pred), r2 = r2(y_true, y_pred)"),
        };
        // The kernel alone, one thread: 10M values through the exact batch against a plain loop of +=.
        var random = new Random(1);
        var values = Enumerable.Range(0, 10_000_000).Select(_ => random.NextDouble() * 100).ToArray();
        Rows = Enumerable.Range(0, values.Length).ToArray();
        var total = 0.0;
        yield return Harness.CompareCalls("kernel: exact sum of 10M doubles, one thread", () =>
        {
            var moments = new Evaluation.Engine.Aggregates.Kernels.ExactMoments(squares: false);
            moments.AddRows(values, Rows, ReadOnlySpan<ulong>.Empty);
            total += moments.Sum;
        }, "a plain loop of +=", () =>
        {
            var sum = 0.0;
            foreach (var v in values) sum += v;
            total += sum;
        }, rounds: 5);
        foreach (var (name, query) in cases)
            yield return Harness.CompareCalls(name + ": exact C# sums", () => exact.Query(query),
                "DuckDB's sum/avg/var_pop (--portable-sql)", () => duckDb.Query(query), rounds: 5);
    }
}
