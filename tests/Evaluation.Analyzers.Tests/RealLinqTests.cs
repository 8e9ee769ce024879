using Evaluation.Analyzers.Linq;
using Evaluation.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Evaluation.Analyzers.Tests;

/// <summary>
/// The metric-call checks against the real LINQ library (src/Evaluation.Linq, its methods generated
/// from the catalog), not the stub the other tests use: a bad constant and a text selector where the
/// catalog wants a score are reported where they are written. (Every argument is written out: the
/// Roslyn the tests compile with predates optional arguments in expression trees, which C# 14 allows.)
/// </summary>
public sealed class RealLinqTests
{
    private const string Source = """
        using System.Linq;
        using Evaluation.Linq;

        public sealed record Row(long Label, double Score, string Name, double Weight);

        public static class Queries
        {
            public static void Run(IQueryable<Row> rows)
            {
                var a = rows.GroupBy(r => r.Name).Select(g => g.ConfusionMatrix(r => r.Label, r => r.Score, 1.5, null, null)).ToList();
                var b = rows.GroupBy(r => r.Name).Select(g => g.Auc(r => r.Label, r => r.Name, null, null, null, null, null)).ToList();
                var c = rows.GroupBy(r => r.Name).Select(g => g.F1(r => r.Label, r => r.Score, 0.5, null, null, "mean", null)).ToList();
                var d = rows.GroupBy(r => r.Name).Select(g => new { Rmse = g.Rmse(r => r.Weight, r => r.Score, r => r.Weight), Ok = g.Auc(r => r.Label, r => r.Score, null, null, null, null, null) }).ToList();
            }
        }
        """;

    [Fact]
    public void Metric_calls_on_the_real_library_are_checked()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0
        var linq = RepositoryRoot.File($"src/Evaluation.Linq/bin/{configuration}/net10.0/Evaluation.Linq.dll");
        Assert.True(File.Exists(linq), $"{linq} is built before these tests (a build-only project reference)");
        var compilation = CSharpCompilation.Create("Sample",
            new[] { CSharpSyntaxTree.ParseText(Source, TestCompilation.ParseOptions, path: "Sample.cs") },
            TestCompilation.References.Add(MetadataReference.CreateFromFile(linq)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var reported = TestCompilation.Analyze(compilation, new MetricCallAnalyzer())
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1} `{Squiggles.Text(d)}`").ToArray();
        // Threshold out of [0, 1] (through the double? conversion), a text column where a score is wanted, an unknown average.
        Assert.Equal(new[] { "EVQ024 10 `1.5`", "EVQ041 11 `r.Name`", "EVQ025 12 `mean`" }, reported);
    }
}
