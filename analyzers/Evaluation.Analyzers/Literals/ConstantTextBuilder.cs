using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Evaluation.Analyzers.Literals;

/// <summary>Collects a constant string's characters with the source span and literal style of each.</summary>
internal sealed class ConstantTextBuilder
{
    private readonly StringBuilder _value = new();
    private readonly List<TextSpan> _sources = new();
    private readonly List<LiteralStyle> _styles = new();

    /// <summary>Characters so far.</summary>
    public int Length => _value.Length;

    /// <summary>The position just after the last character's source, for diagnostics at the end of the value.</summary>
    public int End { get; set; }

    public void Add(char c, TextSpan source, LiteralStyle style)
    {
        _value.Append(c);
        _sources.Add(source);
        _styles.Add(style);
    }

    /// <summary>Every character of <paramref name="text"/> written by the one span <paramref name="source"/>.</summary>
    public void AddOpaque(string text, TextSpan source)
    {
        foreach (var c in text) Add(c, source, LiteralStyle.Opaque);
        End = source.End;
    }

    /// <summary>The characters added since <paramref name="start"/>.</summary>
    public string Since(int start) => _value.ToString(start, _value.Length - start);

    /// <summary>Forgets the characters from <paramref name="length"/> on (a piece that could not be mapped).</summary>
    public void Truncate(int length)
    {
        _value.Length = length;
        _sources.RemoveRange(length, _sources.Count - length);
        _styles.RemoveRange(length, _styles.Count - length);
    }

    public ConstantText Build(SyntaxTree tree, TextSpan whole) =>
        new(tree, _value.ToString(), _sources.ToArray(), _styles.ToArray(), whole, End);
}
