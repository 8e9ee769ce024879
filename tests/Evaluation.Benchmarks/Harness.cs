using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Evaluation.Benchmarks;

/// <summary>
/// Times an operation against a baseline in the same process: warm-up, then rounds of many
/// calls each, reporting the median time per call of each and their ratio. Ratios taken in
/// one run are what to compare: these machines are shared and absolute times move.
/// </summary>
internal static class Harness
{
    public sealed record Figure(string Name, double OursMicroseconds, string BaselineName, double BaselineMicroseconds)
    {
        public double Ratio => OursMicroseconds / BaselineMicroseconds;
    }

    /// <summary>
    /// Alternates rounds of the operation and of the baseline, so that a slow spell of the
    /// machine hits both, and reports the median round of each.
    /// </summary>
    public static Figure Compare(string name, Action ours, string baselineName, Action baseline, int rounds = 11, int callsPerRound = 2000)
    {
        for (var i = 0; i < callsPerRound; i++) { ours(); baseline(); } // warm-up: JIT, caches
        var o = new double[rounds];
        var b = new double[rounds];
        for (var r = 0; r < rounds; r++)
        {
            o[r] = Round(ours, callsPerRound);
            b[r] = Round(baseline, callsPerRound);
        }
        return new Figure(name, Median(o), baselineName, Median(b));
    }

    /// <summary>
    /// For long operations (a query over 10M rows): one call per round, rounds of ours and of the
    /// baseline alternating after two warm-up calls each; median of each, in microseconds. Two,
    /// because the first gigabyte-sized queries of a process (the SQL formulations) leave the
    /// process's native allocator, shared by every DuckDB instance in it, settling for a while:
    /// measured, the AUC calls after the first two SQL-formulation calls took 100–140 ms more CPU
    /// than those after later ones, and run alone they did not.
    /// </summary>
    public static Figure CompareCalls(string name, Action ours, string baselineName, Action baseline, int rounds = 5)
    {
        for (var i = 0; i < 2; i++)
        {
            ours();
            baseline();
        }
        var o = new double[rounds];
        var b = new double[rounds];
        for (var r = 0; r < rounds; r++)
        {
            o[r] = Round(ours, 1);
            b[r] = Round(baseline, 1);
        }
        return new Figure(name, Median(o), baselineName, Median(b));
    }

    /// <summary>Times one call of <paramref name="action"/> (for long operations), median of <paramref name="rounds"/>.</summary>
    public static double MedianOfCalls(Action action, int rounds)
    {
        action();
        var times = new double[rounds];
        for (var r = 0; r < rounds; r++) times[r] = Round(action, 1);
        return Median(times);
    }

    /// <summary>Mean time per call over one round, in microseconds.</summary>
    private static double Round(Action action, int calls)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++) action();
        watch.Stop();
        return watch.Elapsed.TotalMilliseconds * 1000 / calls;
    }

    private static double Median(double[] values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }

    /// <summary>The machine line recorded with every figure in BENCHMARKS.md.</summary>
    public static string MachineLine()
    {
        var cpu = "unknown CPU";
        try
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }
        catch (IOException) { }
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{cpu}, {Environment.ProcessorCount} cores, {memory:F1} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }
}
