using System.Text;
using Evaluation.Language.Ast;

namespace Evaluation.Language.Validation;

/// <summary>
/// Renders a diagnostic for people: the message with line and column, the source line, a
/// caret line under the span, and the suggestion.
/// <code>
/// error EVQ020 at line 2, column 10: unknown function `rmsee`
///   | select rmsee(a, b)
///            ^^^^^
///   = help: did you mean `rmse`?
/// </code>
/// </summary>
public static class DiagnosticFormatter
{
    /// <summary>Line and column (both 1-based) of an offset in a text.</summary>
    public static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return (line, column);
    }

    /// <summary>
    /// The one-line header: <c>error EVQ020 at line 2, column 10: message</c>, or with a file
    /// name the compiler-style <c>query.evq:2:10: error EVQ020: message</c> that editors link.
    /// </summary>
    public static string Header(Diagnostic diagnostic, string source, string? sourceName = null)
    {
        var kind = diagnostic.IsError ? "error" : "warning";
        var path = diagnostic.Span.JsonPath is null ? "" : $" ({diagnostic.Span.JsonPath})";
        if (diagnostic.Span.IsNone)
            return sourceName is null ? $"{kind} {diagnostic.Code}: {diagnostic.Message}" : $"{sourceName}: {kind} {diagnostic.Code}: {diagnostic.Message}";
        var (line, column) = LineAndColumn(source, diagnostic.Span.Start);
        return sourceName is null
            ? $"{kind} {diagnostic.Code} at line {line}, column {column}{path}: {diagnostic.Message}"
            : $"{sourceName}:{line}:{column}: {kind} {diagnostic.Code}{path}: {diagnostic.Message}";
    }

    /// <summary>The header, the source line with a caret line under the span, and the suggestion.</summary>
    public static string Format(Diagnostic diagnostic, string source, string? sourceName = null)
    {
        var text = new StringBuilder(Header(diagnostic, source, sourceName));
        var span = diagnostic.Span;
        if (!span.IsNone && span.Start <= source.Length)
        {
            var lineStart = span.Start == 0 ? 0 : source.LastIndexOf('\n', span.Start - 1) + 1;
            var lineEnd = source.IndexOf('\n', span.Start);
            if (lineEnd < 0) lineEnd = source.Length;
            var line = source.Substring(lineStart, lineEnd - lineStart).TrimEnd('\r');
            var column = span.Start - lineStart;
            // The caret line keeps the line's tabs, so the carets stand under the span in any tab width;
            // a span that runs past the line's end is underlined to the end of the line.
            var pad = new StringBuilder();
            for (var i = 0; i < column && i < line.Length; i++) pad.Append(line[i] == '\t' ? '\t' : ' ');
            var width = Math.Max(1, Math.Min(span.Length, line.Length - column));
            text.Append('\n').Append("  | ").Append(line);
            text.Append('\n').Append("  | ").Append(pad).Append('^', width);
        }
        if (diagnostic.Suggestion is not null)
            text.Append('\n').Append("  = help: did you mean `").Append(diagnostic.Suggestion).Append("`?");
        return text.ToString();
    }

    /// <summary>Every diagnostic formatted, separated by blank lines.</summary>
    public static string FormatAll(IEnumerable<Diagnostic> diagnostics, string source, string? sourceName = null) =>
        string.Join("\n\n", diagnostics.Select(d => Format(d, source, sourceName)));
}
