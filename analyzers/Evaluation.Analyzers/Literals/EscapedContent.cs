using Microsoft.CodeAnalysis.Text;

namespace Evaluation.Analyzers.Literals;

/// <summary>
/// Decodes the content of a regular (<c>"…"</c>) or verbatim (<c>@"…"</c>) literal, or the text
/// between the holes of an interpolated one, character by character.
/// </summary>
internal static class EscapedContent
{
    /// <summary>Decodes <c>text[from..to)</c>, where <paramref name="text"/> starts at source position <paramref name="origin"/>.</summary>
    public static void Decode(ConstantTextBuilder builder, string text, int origin, int from, int to, LiteralStyle style)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (style.Interpolated && (c == '{' || c == '}') && i + 1 < to && text[i + 1] == c)
            {
                builder.Add(c, new TextSpan(origin + i, 2), style);
                i += 2;
            }
            else if (style.Kind == LiteralKind.Verbatim && c == '"' && i + 1 < to && text[i + 1] == '"')
            {
                builder.Add('"', new TextSpan(origin + i, 2), style);
                i += 2;
            }
            else if (style.Kind == LiteralKind.Regular && c == '\\' && i + 1 < to)
            {
                var length = Escape(text, i, to, out var value);
                foreach (var v in value) builder.Add(v, new TextSpan(origin + i, length), style);
                i += length;
            }
            else
            {
                builder.Add(c, new TextSpan(origin + i, 1), style);
                i++;
            }
        }
        builder.End = origin + to;
    }

    /// <summary>The escape sequence at <paramref name="at"/> (a backslash): its length and the characters it stands for.</summary>
    private static int Escape(string text, int at, int to, out string value)
    {
        var kind = text[at + 1];
        switch (kind)
        {
            case 'u':
                value = ((char)Hex(text, at + 2, 4, to, out _)).ToString();
                return 6;
            case 'U':
                var code = Hex(text, at + 2, 8, to, out _);
                // The compiler refuses a code point past U+10FFFF; the value is then not constant anyway.
                value = code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
                return 10;
            case 'x':
                value = ((char)Hex(text, at + 2, 4, to, out var digits)).ToString();
                return 2 + digits;
            default:
                value = Simple(kind).ToString();
                return 2;
        }
    }

    private static char Simple(char kind) => kind switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        'e' => '\u001b',
        'f' => '\f',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\v',
        _ => kind, // \' \" \\
    };

    /// <summary>Up to <paramref name="most"/> hex digits from <paramref name="start"/>.</summary>
    private static int Hex(string text, int start, int most, int to, out int digits)
    {
        var value = 0;
        digits = 0;
        while (digits < most && start + digits < to && Uri.IsHexDigit(text[start + digits]))
        {
            value = (value * 16) + Convert.ToInt32(text[start + digits].ToString(), 16);
            digits++;
        }
        return value;
    }
}
