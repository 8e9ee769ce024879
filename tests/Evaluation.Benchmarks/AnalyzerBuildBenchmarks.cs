using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Evaluation.Benchmarks;

/// <summary>
/// The build-time cost of the evalq analyzer: a generated class library with 200 query literals
/// (DSL and JSON; regular, verbatim and raw strings) passed to a <c>[StringSyntax("evalq")]</c>
/// parameter, rebuilt with <c>dotnet build --no-incremental</c> with and without the analyzer, rounds
/// alternating, median of each: once as this machine is set up (<c>UseSharedCompilation=false</c>,
/// so every build runs a fresh compiler that loads the analyzer and compiles its code again), and once
/// with the compiler server, the SDK's default, which keeps the analyzer loaded between builds.
/// Wall-clock time on a shared 2-core machine moves by ±10% from build to build, so the cold
/// comparison takes 21 rounds; builds with <c>ReportAnalyzer</c> also give the analyzer's own CPU
/// time inside the compiler against the compiler task's time (medians of 3), for 200 literals and for 20.
/// </summary>
internal static class AnalyzerBuildBenchmarks
{
    private const int Files = 20;
    private const int QueriesPerFile = 10;

    public static IReadOnlyList<string> Run(int rounds = 21)
    {
        var root = RepositoryRoot();
        Dotnet(root, "build", "analyzers/Evaluation.Analyzers/Evaluation.Analyzers.csproj", "-c", "Release", "-nologo", "-v:q");
        var analyzers = Path.Combine(root, "analyzers", "Evaluation.Analyzers", "bin", "Release", "netstandard2.0");
        var project = Generate(analyzers, Files);
        var small = Generate(analyzers, Files / 10);

        void Build(bool analyzer, bool server) => Dotnet(project, "build", "--no-restore", "--no-incremental", "-nologo", "-v:q",
            "-p:EvalqAnalyzer=" + (analyzer ? "true" : "false"), "-p:UseSharedCompilation=" + (server ? "true" : "false"));
        var figure = Harness.CompareCalls("dotnet build --no-incremental, 200 query literals, a fresh compiler each build",
            () => Build(true, server: false), "the same build without the analyzer", () => Build(false, server: false), rounds);
        var served = Harness.CompareCalls("the same, with the compiler server (the SDK's default)",
            () => Build(true, server: true), "the same build without the analyzer", () => Build(false, server: true), rounds);
        Dotnet(project, "build-server", "shutdown");

        var (ours, csc) = InsideTheCompiler(project);
        var (oursSmall, cscSmall) = InsideTheCompiler(small);
        return new[]
        {
            $"| {figure.Name} | {figure.OursMicroseconds / 1000:F0} ms | {figure.BaselineName} | {figure.BaselineMicroseconds / 1000:F0} ms | {figure.Ratio:F3}× |",
            $"| {served.Name} | {served.OursMicroseconds / 1000:F0} ms | {served.BaselineName} | {served.BaselineMicroseconds / 1000:F0} ms | {served.Ratio:F3}× |",
            "",
            "Inside the compiler (ReportAnalyzer, medians of 3 builds; analyzers run concurrently, so these are CPU times):",
            "",
            "| project | evalq analyzer | Csc task | analyzer / Csc |",
            "|---|---:|---:|---:|",
            $"| 200 query literals | {ours:F0} ms | {csc:F0} ms | {ours / csc:P1} |",
            $"| 20 query literals | {oursSmall:F0} ms | {cscSmall:F0} ms | {oursSmall / cscSmall:P1} |",
        };
    }

    /// <summary>The analyzer's CPU time and the Csc task's time, medians of <paramref name="builds"/> builds with ReportAnalyzer.</summary>
    private static (double Analyzer, double Csc) InsideTheCompiler(string project, int builds = 3)
    {
        var analyzer = new List<double>();
        var csc = new List<double>();
        for (var i = 0; i < builds; i++)
        {
            var report = Dotnet(project, "build", "--no-restore", "--no-incremental", "-nologo", "-v:diag", "-clp:PerformanceSummary", "-p:ReportAnalyzer=true", "-p:EvalqAnalyzer=true");
            analyzer.Add(1000 * Seconds(report, @"^\s*(?<s>[\d.]+)\s+\S+\s+Evaluation\.Analyzers, Version"));
            csc.Add(Milliseconds(report, @"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls"));
        }
        return (analyzer.OrderBy(x => x).ElementAt(builds / 2), csc.OrderBy(x => x).ElementAt(builds / 2));
    }

    /// <summary>
    /// Writes a project of <paramref name="files"/> files of ten queries each under the temp folder
    /// (outside the repository, so none of its build settings apply), and restores it.
    /// </summary>
    private static string Generate(string analyzers, int files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "evalq-analyzer-bench-" + (files * QueriesPerFile));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Bench.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup Condition="'$(EvalqAnalyzer)' == 'true'">
                <Analyzer Include="{analyzers}/Evaluation.Analyzers.dll" />
                <Analyzer Include="{analyzers}/Evaluation.Language.dll" />
                <Analyzer Include="{analyzers}/Superpower.dll" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Evalq.cs"), """
            using System.Diagnostics.CodeAnalysis;

            namespace Bench;

            public static class Evalq
            {
                public static int Query([StringSyntax("evalq")] string text) => text.Length;
            }
            """);
        for (var f = 0; f < files; f++)
        {
            var text = new StringBuilder();
            text.Append("namespace Bench;\n\npublic sealed class Queries").Append(f).Append("\n{\n");
            for (var q = 0; q < QueriesPerFile; q++)
            {
                var n = (f * QueriesPerFile) + q;
                text.Append("    public int Run").Append(q).Append("(IReadOnlyList<int> values)\n    {\n")
                    .Append("        var total = values.Where(v => v > ").Append(n).Append(").Select(v => v * 2).Sum();\n")
                    .Append("        return total + Evalq.Query(").Append(Literal(n)).Append(");\n    }\n\n");
            }
            text.Append("}\n");
            File.WriteAllText(Path.Combine(folder, $"Queries{f}.cs"), text.ToString());
        }
        Dotnet(folder, "restore", "-nologo", "-v:q");
        return folder;
    }

    /// <summary>Four shapes of literal in turn: a one-line DSL query, a raw multi-line DSL query, verbatim JSON, raw JSON.</summary>
    private static string Literal(int n) => (n % 4) switch
    {
        0 => $"\"from 'data/{n}.parquet' | where SEX == 1 | group by model_version | select model_version, e = rmse(y_true, y_pred), n = count()\"",
        1 => $"\"\"\"\n            from 'data/{n}/*.parquet'\n            | where inference_timestamp >= @2026-01-01 and score > 0.{n % 10}\n            | group by model_version, day = roundTimestamp(inference_timestamp, 'day')\n            | select model_version, day, a = auc(label, score), f = f1(label, score, threshold: 0.5), m = mae(y, p, aggregation: 'median')\n            | order by a desc\n            | limit {n + 1}\n            \"\"\"",
        2 => $"@\"{{\"\"select\"\": [{{\"\"property\"\": \"\"model_version\"\"}}, {{\"\"function\"\": \"\"rmse\"\", \"\"alias\"\": \"\"e\"\", \"\"parameters\"\": {{\"\"ground_truth_property\"\": \"\"y\"\", \"\"predicted_property\"\": \"\"p{n}\"\"}}}}], \"\"group_by\"\": [{{\"\"property\"\": \"\"model_version\"\"}}]}}\"",
        _ => $"\"\"\"\n            {{\"select\": [{{\"function\": \"confusionMatrix\", \"parameters\": {{\"ground_truth_property\": \"label\", \"predicted_property\": \"score\", \"threshold\": 0.{n % 10}}}}}],\n             \"filter\": [{{\"property\": \"SEX\", \"comparator\": \"eq\", \"value\": {n % 3}}}]}}\n            \"\"\"",
    };

    private static string Dotnet(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed:\n{output}\n{error.Result}");
        return output;
    }

    private static double Seconds(string text, string pattern) =>
        Regex.Matches(text, pattern, RegexOptions.Multiline).Select(m => double.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(double.NaN).Max();

    private static double Milliseconds(string text, string pattern) =>
        Regex.Matches(text, pattern, RegexOptions.Multiline).Select(m => double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(double.NaN).Max();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Evaluation.sln"))) return dir.FullName;
        throw new InvalidOperationException("Evaluation.sln not found above " + AppContext.BaseDirectory);
    }
}
