using Evaluation.Language.Validation;

namespace Evaluation.Analyzers.Reporting;

/// <summary>
/// What a diagnostic's suggestion replaces in the query text. The language puts a diagnostic on
/// a name (<c>rmsee</c>), on a quoted value (<c>'mean'</c>, <c>"rmsee"</c> in JSON) or on a larger
/// piece (a whole <c>{"alias": …}</c> object); only the first two have a one-name replacement.
/// </summary>
internal static class Replacement
{
    private const string Quotes = "'\"`";

    /// <summary>The text to put in place of the diagnostic's span of <paramref name="text"/>, or null when there is none.</summary>
    public static string? For(Diagnostic diagnostic, string text)
    {
        var span = diagnostic.Span;
        if (diagnostic.Suggestion is not { Length: > 0 } suggestion || span.IsNone || span.Length == 0 || span.End > text.Length) return null;
        var written = text.Substring(span.Start, span.Length);
        // A column written as a string: the suggestion is the whole bare name that replaces it.
        if (diagnostic.Code == DiagnosticDescriptors.ParameterType.Code) return suggestion;
        if (IsName(written)) return suggestion;
        var quote = written[0];
        return written.Length > 2 && Quotes.IndexOf(quote) >= 0 && written[written.Length - 1] == quote && IsName(written.Substring(1, written.Length - 2))
            ? quote + suggestion + quote
            : null;
    }

    private static bool IsName(string text) =>
        text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '$');
}
