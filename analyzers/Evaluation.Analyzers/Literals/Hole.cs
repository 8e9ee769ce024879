using Microsoft.CodeAnalysis;

namespace Evaluation.Analyzers.Literals;

/// <summary>An interpolation <c>{name}</c> of a constant interpolated string: where it is in the literal's text, and its constant expression.</summary>
internal readonly struct Hole
{
    public Hole(int start, int end, IOperation expression)
    {
        Start = start;
        End = end;
        Expression = expression;
    }

    /// <summary>Offset of the opening brace in the literal's text.</summary>
    public int Start { get; }

    /// <summary>Offset just past the closing brace.</summary>
    public int End { get; }

    /// <summary>The constant inside the braces.</summary>
    public IOperation Expression { get; }
}
