using System.Globalization;
using Evaluation.Benchmarks;

// Usage: dotnet run -c Release --project tests/Evaluation.Benchmarks [all|parsing|engine|aggregates [NAME PART]|sums|linq|analyzer]
// (engine generates a 10M-row Parquet file under the temp folder on first use, about 200 MB)
// Prints a Markdown table to paste into BENCHMARKS.md, with the machine line.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var which = args.Length == 0 ? "all" : args[0];
if (which == "memory-child")
{
    AggregateBenchmarks.AucMemoryChild();
    return;
}
if (which == "memory-child-groups")
{
    AggregateBenchmarks.GroupsMemoryChild();
    return;
}
if (which == "analyzer")
{
    // `-- analyzer`, not part of "all": builds a generated project with and without the evalq analyzer (a few minutes).
    var lines = AnalyzerBuildBenchmarks.Run();
    Console.WriteLine($"Machine: {Harness.MachineLine()}");
    Console.WriteLine($"Date: {DateTime.UtcNow:yyyy-MM-dd}");
    Console.WriteLine();
    Console.WriteLine("| benchmark | with the analyzer | baseline | baseline time | ratio |");
    Console.WriteLine("|---|---:|---|---:|---:|");
    foreach (var line in lines) Console.WriteLine(line);
    return;
}
var figures = new List<Harness.Figure>();
if (which is "all" or "parsing") figures.AddRange(ParsingBenchmarks.Run());
if (which is "all" or "engine") figures.AddRange(EngineBenchmarks.Run());
if (which is "all" or "aggregates") figures.AddRange(AggregateBenchmarks.Run(args.Length > 1 ? args[1] : null));
if (which is "all" or "sums") figures.AddRange(SumBenchmarks.Run());
if (which is "all" or "linq") figures.AddRange(LinqBenchmarks.Run());
var memory = which is "all" || (which == "aggregates" && args.Length == 1) ? AggregateBenchmarks.MeasureAucMemory() : null;

Console.WriteLine($"Machine: {Harness.MachineLine()}");
Console.WriteLine($"Date: {DateTime.UtcNow:yyyy-MM-dd}");
Console.WriteLine();
Console.WriteLine("| benchmark | ours | baseline | baseline time | ratio |");
Console.WriteLine("|---|---:|---|---:|---:|");
foreach (var f in figures)
    Console.WriteLine(f.OursMicroseconds >= 10_000
        ? $"| {f.Name} | {f.OursMicroseconds / 1000:F0} ms | {f.BaselineName} | {f.BaselineMicroseconds / 1000:F0} ms | {f.Ratio:F2}× |"
        : $"| {f.Name} | {f.OursMicroseconds:F1} µs | {f.BaselineName} | {f.BaselineMicroseconds:F1} µs | {f.Ratio:F2}× |");
if (memory is not null)
{
    Console.WriteLine();
    Console.WriteLine(memory);
}
