namespace Evaluation.Analyzers.Literals;

/// <summary>How a piece of C# string literal is written: it decides how a character is escaped when a fix writes one back.</summary>
internal enum LiteralKind
{
    /// <summary>Not written character by character here: the value of a constant declared elsewhere or of an interpolation hole.</summary>
    Opaque,
    /// <summary><c>"…"</c>, with backslash escapes.</summary>
    Regular,
    /// <summary><c>@"…"</c>, a quote doubled.</summary>
    Verbatim,
    /// <summary><c>"""…"""</c>, nothing escaped.</summary>
    Raw,
}

/// <summary>The kind of literal a character came from, and whether it is the text of an interpolated string (braces doubled).</summary>
internal readonly struct LiteralStyle : IEquatable<LiteralStyle>
{
    public LiteralStyle(LiteralKind kind, bool interpolated)
    {
        Kind = kind;
        Interpolated = interpolated;
    }

    public static LiteralStyle Opaque => default;

    public LiteralKind Kind { get; }

    public bool Interpolated { get; }

    /// <summary>
    /// <paramref name="value"/> as this kind of literal writes it, or null when it cannot be written
    /// without changing the literal's shape (a raw string's quotes or line breaks, an interpolation brace).
    /// </summary>
    public string? Encode(string value)
    {
        switch (Kind)
        {
            case LiteralKind.Regular:
                return Braces(RegularEscapes(value));
            case LiteralKind.Verbatim:
                return Braces(value.Replace("\"", "\"\""));
            case LiteralKind.Raw:
                if (value.IndexOf('"') >= 0 || value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0) return null;
                if (Interpolated && (value.IndexOf('{') >= 0 || value.IndexOf('}') >= 0)) return null;
                return value;
            default:
                return null;
        }
    }

    private string Braces(string text) => Interpolated ? text.Replace("{", "{{").Replace("}", "}}") : text;

    private static string RegularEscapes(string value)
    {
        var text = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '"': text.Append("\\\""); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        return text.ToString();
    }

    public bool Equals(LiteralStyle other) => Kind == other.Kind && Interpolated == other.Interpolated;

    public override bool Equals(object? obj) => obj is LiteralStyle other && Equals(other);

    public override int GetHashCode() => ((int)Kind * 2) + (Interpolated ? 1 : 0);
}
