using Evaluation.Analyzers.Linq;
using Evaluation.Analyzers.Strings;
using Evaluation.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Evaluation.Analyzers.Tests;

/// <summary>
/// samples/AnalyzerSample (not in the solution, since it fails to build on purpose) compiled here in memory:
/// its C# is clean, and the analyzer reports exactly the errors the README shows from `dotnet build`.
/// </summary>
public sealed class SampleTests
{
    private const string Folder = "samples/AnalyzerSample";

    /// <summary>The SDK's implicit usings of a console project.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [Fact]
    public void The_sample_compiles_and_reports_its_deliberate_mistakes_at_their_line_and_column()
    {
        var trees = Directory.GetFiles(RepositoryRoot.File(Folder), "*.cs")
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), TestCompilation.ParseOptions, path: Path.GetFileName(path)))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, TestCompilation.ParseOptions, path: "GlobalUsings.cs"));
        var compilation = TestCompilation.Create(trees, OutputKind.ConsoleApplication);

        var reported = TestCompilation.Analyze(compilation, new QueryStringAnalyzer(), new MetricCallAnalyzer())
            .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): error {d.Id}: {d.GetMessage()}");
        Assert.Equal(new[]
        {
            "Mistakes.cs(10,74): error EVQ020: unknown function `rmsee`; did you mean `rmse`?",
            "Mistakes.cs(15,72): error EVQ025: `aggregation` of `mae` must be one of 'avg', 'min', 'max', 'median'; got 'mean'",
            "Mistakes.cs(18,108): error EVQ024: `threshold` of `confusionMatrix` must be between 0 and 1; got 1.5",
        }, reported);
    }
}
