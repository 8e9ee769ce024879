using System.Globalization;
using Evaluation.Benchmarks;

// Usage: dotnet run -c Release --project tests/Evaluation.Benchmarks [parsing]
// Prints a Markdown table to paste into BENCHMARKS.md, with the machine line.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var which = args.Length == 0 ? "all" : args[0];
var figures = new List<Harness.Figure>();
if (which is "all" or "parsing") figures.AddRange(ParsingBenchmarks.Run());

Console.WriteLine($"Machine: {Harness.MachineLine()}");
Console.WriteLine($"Date: {DateTime.UtcNow:yyyy-MM-dd}");
Console.WriteLine();
Console.WriteLine("| benchmark | ours (µs) | baseline | baseline (µs) | ratio |");
Console.WriteLine("|---|---:|---|---:|---:|");
foreach (var f in figures)
    Console.WriteLine($"| {f.Name} | {f.OursMicroseconds:F1} | {f.BaselineName} | {f.BaselineMicroseconds:F1} | {f.Ratio:F2}× |");
