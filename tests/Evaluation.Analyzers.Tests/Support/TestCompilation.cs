using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Evaluation.Analyzers.Tests.Support;

/// <summary>Compiles a C# snippet in memory (against the running framework and the engine) and runs analyzers over it.</summary>
internal static class TestCompilation
{
    /// <summary>The framework's assemblies and every assembly beside the tests (the engine, the language).</summary>
    public static ImmutableArray<MetadataReference> References { get; } = LoadReferences();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>A library compilation of <paramref name="sources"/> (files Sample.cs, Other1.cs, …); fails the test on any compiler error.</summary>
    public static CSharpCompilation Create(IReadOnlyList<string> sources) =>
        Create(sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: i == 0 ? "Sample.cs" : $"Other{i}.cs")), OutputKind.DynamicallyLinkedLibrary);

    /// <summary>A compilation of <paramref name="trees"/>; fails the test on any compiler error.</summary>
    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, OutputKind kind)
    {
        var compilation = CSharpCompilation.Create("Sample", trees, References,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The test's source does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        return compilation;
    }

    /// <summary>The diagnostics <paramref name="analyzers"/> report on <paramref name="sources"/>, in source order.</summary>
    public static IReadOnlyList<Diagnostic> Analyze(IReadOnlyList<string> sources, params DiagnosticAnalyzer[] analyzers) =>
        Analyze(Create(sources), analyzers);

    /// <summary>The diagnostics <paramref name="analyzers"/> report on <paramref name="compilation"/>, in source order.</summary>
    public static IReadOnlyList<Diagnostic> Analyze(Compilation compilation, params DiagnosticAnalyzer[] analyzers)
    {
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzers));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var failures = diagnostics.Where(d => d.Id == "AD0001").ToArray();
        Assert.True(failures.Length == 0, "An analyzer threw:\n" + string.Join("\n", failures.Select(f => f.GetMessage())));
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Where(IsManaged);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
