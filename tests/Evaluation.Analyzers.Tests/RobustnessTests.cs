using Evaluation.Analyzers.Linq;
using Evaluation.Analyzers.Strings;
using Evaluation.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Evaluation.Analyzers.Tests;

/// <summary>Code being typed is often broken: the analyzers must never throw (AD0001 would fail a build with warnings as errors).</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("engine.Query(\"\"\"\n    from t | select rmsee(a, b)\n")]
    [InlineData("engine.Query(\"\"\"from t | select rmsee(a, b)\"\");")]
    [InlineData("engine.Query($\"from {")]
    [InlineData("engine.Query(\"from t | select \\u00\");")]
    [InlineData("engine.Query(@\"from t | select \"rmsee\" \");")]
    [InlineData("rows.Auc(r => r.Label, r => , average: \"macor\");")]
    public void Broken_code_gives_no_analyzer_failure(string statements)
    {
        var tree = CSharpSyntaxTree.ParseText(Snippets.Statements(statements), TestCompilation.ParseOptions, path: "Sample.cs");
        var compilation = CSharpCompilation.Create("Sample", new[] { tree }, TestCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        TestCompilation.Analyze(compilation, new QueryStringAnalyzer(), new MetricCallAnalyzer()); // asserts no AD0001
    }
}
