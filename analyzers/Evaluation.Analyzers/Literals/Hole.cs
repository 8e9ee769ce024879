namespace Evaluation.Analyzers.Literals;

/// <summary>An interpolation <c>{Name}</c> of a constant interpolated string: where it is in the literal's text, and the constant it stands for.</summary>
internal readonly struct Hole
{
    public Hole(int start, int end, string value)
    {
        Start = start;
        End = end;
        Value = value;
    }

    /// <summary>Offset of the opening brace in the literal's text.</summary>
    public int Start { get; }

    /// <summary>Offset just past the closing brace.</summary>
    public int End { get; }

    /// <summary>The constant's value.</summary>
    public string Value { get; }
}
