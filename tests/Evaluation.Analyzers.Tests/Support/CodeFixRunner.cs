using System.Collections.Immutable;
using Evaluation.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Evaluation.Analyzers.Tests.Support;

/// <summary>A code fix offered for a diagnostic: its title and the statement line after the fix was applied.</summary>
internal sealed record AppliedFix(string Title, string Line, string Text);

/// <summary>Runs an analyzer over a snippet in an <see cref="AdhocWorkspace"/> and applies <see cref="ReplaceNameCodeFix"/> there.</summary>
internal static class CodeFixRunner
{
    /// <summary>
    /// The fix for the diagnostic <paramref name="id"/> on <paramref name="statements"/>, applied through the
    /// workspace; <see cref="AppliedFix.Line"/> is line <paramref name="line"/> of the snippet afterwards. Null when no fix is offered.
    /// </summary>
    public static AppliedFix? Apply(string statements, DiagnosticAnalyzer analyzer, string id, int line = 1, string members = "")
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(projectId, "Sample", "Sample", LanguageNames.CSharp)
            .WithProjectCompilationOptions(projectId, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithProjectParseOptions(projectId, TestCompilation.ParseOptions)
            .AddMetadataReferences(projectId, TestCompilation.References)
            .AddDocument(documentId, "Sample.cs", SourceText.From(Snippets.Statements(statements, members)));
        if (!workspace.TryApplyChanges(solution)) throw new InvalidOperationException("The workspace refused the sample project.");

        var document = workspace.CurrentSolution.GetDocument(documentId)!;
        var compilation = document.Project.GetCompilationAsync().GetAwaiter().GetResult()!;
        var diagnostic = compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Single(d => d.Id == id);

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        new ReplaceNameCodeFix().RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
        if (actions.Count == 0) return null;

        var action = actions.Single();
        foreach (var operation in action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult())
            operation.Apply(workspace, CancellationToken.None);
        var text = workspace.CurrentSolution.GetDocument(documentId)!.GetTextAsync().GetAwaiter().GetResult().ToString();
        return new AppliedFix(action.Title, text.Split('\n')[Snippets.BodyLine - 2 + line], text);
    }
}
