using Evaluation.Analyzers.Linq;
using Evaluation.Analyzers.Strings;

namespace Evaluation.Analyzers.Tests.Support;

/// <summary>Shorthands: run the analyzers over a snippet and describe what they report.</summary>
internal static class Analyze
{
    /// <summary>What the query-string analyzer reports on <paramref name="statements"/> (and <paramref name="members"/>).</summary>
    public static string[] Strings(string statements, string members = "", string? otherFile = null) =>
        TestCompilation.Analyze(Files(Snippets.Statements(statements, members), otherFile), new QueryStringAnalyzer()).Select(Squiggles.Describe).ToArray();

    private static string[] Files(string program, string? otherFile) => otherFile is null ? new[] { program } : new[] { program, otherFile };

    /// <summary>What the metric-call analyzer reports on <paramref name="statements"/>, with the stub LINQ library beside them.</summary>
    public static string[] Metrics(string statements) =>
        TestCompilation.Analyze(new[] { Snippets.Statements(statements) }, new MetricCallAnalyzer()).Select(Squiggles.Describe).ToArray();
}
