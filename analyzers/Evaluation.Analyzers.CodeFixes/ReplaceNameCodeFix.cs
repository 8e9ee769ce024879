using System.Collections.Immutable;
using System.Composition;
using Evaluation.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Evaluation.Analyzers.CodeFixes;

/// <summary>
/// "Replace with `rmse`": puts the catalog's suggestion in place of a misspelt function, parameter,
/// value or key inside a query literal. The analyzer has already spelled the replacement for the
/// literal it sits in (escapes, doubled quotes), so the fix is a text change at the diagnostic's span.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceNameCodeFix)), Shared]
public sealed class ReplaceNameCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        EvalqDescriptors.All.Select(d => d.Id).ToImmutableArray();

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.Replacement, out var replacement) || replacement is null) continue;
            diagnostic.Properties.TryGetValue(FixProperties.Suggestion, out var suggestion);
            var title = $"Replace with `{suggestion ?? replacement}`";
            var document = context.Document;
            var span = diagnostic.Location.SourceSpan;
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellation => Replace(document, span, replacement, cancellation), equivalenceKey: title),
                diagnostic);
        }
        return Task.CompletedTask;
    }

    private static async Task<Document> Replace(Document document, TextSpan span, string replacement, CancellationToken cancellation)
    {
        var text = await document.GetTextAsync(cancellation).ConfigureAwait(false);
        return document.WithText(text.WithChanges(new TextChange(span, replacement)));
    }
}
