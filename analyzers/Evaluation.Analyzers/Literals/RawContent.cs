using Microsoft.CodeAnalysis.Text;

namespace Evaluation.Analyzers.Literals;

/// <summary>
/// Decodes a raw string literal (<c>"""…"""</c>, <c>$"""…"""</c>), single- or multi-line. In a
/// multi-line one the first and last lines are delimiters, and the whitespace before the closing
/// quotes is removed from the start of every content line (a whitespace-only line becomes empty);
/// line breaks between content lines stay as written.
/// </summary>
internal static class RawContent
{
    /// <summary>
    /// Decodes <paramref name="text"/>, the whole literal written at source position <paramref name="origin"/>
    /// (with its <c>$</c>s and quotes); <paramref name="holes"/> are its interpolations, in order, whose
    /// characters <paramref name="appendHole"/> adds.
    /// </summary>
    public static void Decode(ConstantTextBuilder builder, string text, int origin, bool multiLine, IReadOnlyList<Hole> holes, bool interpolated, Action<Hole> appendHole)
    {
        var style = new LiteralStyle(LiteralKind.Raw, interpolated);
        var open = 0;
        while (open < text.Length && text[open] == '$') open++;
        var quotes = 0;
        while (open + quotes < text.Length && text[open + quotes] == '"') quotes++;
        var close = text.Length - quotes;
        var start = open + quotes;
        var end = close;
        var indentation = "";
        if (multiLine)
        {
            start = text.IndexOf('\n', start) + 1;
            var lastLine = text.LastIndexOf('\n', close - 1);
            indentation = text.Substring(lastLine + 1, close - lastLine - 1);
            end = lastLine > 0 && text[lastLine - 1] == '\r' ? lastLine - 1 : lastLine;
            if (start <= 0 || end < start) return;
        }

        var hole = 0;
        var lineStart = multiLine;
        var i = start;
        while (i < end)
        {
            if (lineStart)
            {
                lineStart = false;
                if (string.CompareOrdinal(text, i, indentation, 0, indentation.Length) == 0) i += indentation.Length;
                else while (i < end && text[i] is ' ' or '\t') i++;
                continue;
            }
            if (hole < holes.Count && holes[hole].Start == i)
            {
                appendHole(holes[hole]);
                i = holes[hole].End;
                hole++;
                continue;
            }
            var c = text[i];
            builder.Add(c, new TextSpan(origin + i, 1), style);
            i++;
            if (c == '\n' || (c == '\r' && (i >= end || text[i] != '\n'))) lineStart = multiLine;
        }
        builder.End = origin + end;
    }
}
