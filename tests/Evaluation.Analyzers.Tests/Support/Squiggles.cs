using Microsoft.CodeAnalysis;

namespace Evaluation.Analyzers.Tests.Support;

/// <summary>
/// A diagnostic as a test states it: id, line:column (1-based, lines counted from the snippet's first
/// statement, <see cref="Snippets.BodyLine"/>), the squiggled source text, the message.
/// </summary>
internal static class Squiggles
{
    /// <summary><c>EVQ020 1:29 `rmsee` unknown function `rmsee`; did you mean `rmse`?</c></summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree!;
        var span = diagnostic.Location.SourceSpan;
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        var squiggled = tree.GetText().ToString(span);
        return $"{diagnostic.Id} {position.Line + 2 - Snippets.BodyLine}:{position.Character + 1} `{squiggled}` {diagnostic.GetMessage()}";
    }

    /// <summary>Only the squiggled source text.</summary>
    public static string Text(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
