using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Evaluation.Analyzers.Literals;

/// <summary>
/// The value of a constant string argument with, for each of its characters, the source
/// characters that wrote it (<c>\n</c> is two, <c>\u0041</c> six, a verbatim <c>""</c> two, a raw
/// string's indentation none), the way Roslyn's embedded languages map "virtual characters".
/// Turns the language's offsets in the value back into source locations.
/// </summary>
internal sealed class ConstantText
{
    private readonly TextSpan[] _sources;
    private readonly LiteralStyle[] _styles;
    private readonly TextSpan _whole;
    private readonly int _end;

    public ConstantText(SyntaxTree tree, string value, TextSpan[] sources, LiteralStyle[] styles, TextSpan whole, int end)
    {
        Tree = tree;
        Value = value;
        _sources = sources;
        _styles = styles;
        _whole = whole;
        _end = end;
    }

    /// <summary>The string's value, as the program sees it.</summary>
    public string Value { get; }

    /// <summary>The tree the characters are in.</summary>
    public SyntaxTree Tree { get; }

    /// <summary>
    /// A value wholly written elsewhere (a constant of another file or assembly): every
    /// character maps to <paramref name="whole"/>, the expression that names it.
    /// </summary>
    public static ConstantText Opaque(SyntaxTree tree, string value, TextSpan whole) =>
        new(tree, value, Enumerable.Repeat(whole, value.Length).ToArray(), new LiteralStyle[value.Length], whole, whole.End);

    /// <summary>
    /// The source span of the value's characters <c>[start, start + length)</c>. An empty range
    /// maps to an empty span before the character at <paramref name="start"/>, or after the last one.
    /// </summary>
    public Location Locate(int start, int length) => Location.Create(Tree, Span(start, length));

    private TextSpan Span(int start, int length)
    {
        if (Value.Length == 0 || start < 0) return _whole;
        if (start >= Value.Length) return new TextSpan(_end, 0);
        if (length <= 0) return new TextSpan(_sources[start].Start, 0);
        var last = Math.Min(start + length, Value.Length) - 1;
        return TextSpan.FromBounds(_sources[start].Start, Math.Max(_sources[start].End, _sources[last].End));
    }

    /// <summary>
    /// How the source must spell <paramref name="replacement"/> in place of the value's characters
    /// <c>[start, start + length)</c>, or null when they are not one run of one literal (a hole, a
    /// constant from elsewhere, a line break of a raw string) or the replacement cannot be written there.
    /// </summary>
    public string? Spell(int start, int length, string replacement)
    {
        if (length <= 0 || start < 0 || start + length > Value.Length) return null;
        var style = _styles[start];
        for (var i = start + 1; i < start + length; i++)
        {
            if (!_styles[i].Equals(style) || _sources[i].Start != _sources[i - 1].End) return null;
        }
        return style.Encode(replacement);
    }
}
