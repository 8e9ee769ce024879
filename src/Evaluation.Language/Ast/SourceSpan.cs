namespace Evaluation.Language.Ast;

/// <summary>
/// Where a node came from: an offset and length in the text it was parsed from, and for
/// JSON input also the JSON path of the value (<c>$.select[2].parameters.threshold</c>).
/// </summary>
public readonly struct SourceSpan : IEquatable<SourceSpan>
{
    /// <summary>Creates a span.</summary>
    public SourceSpan(int start, int length, string? jsonPath = null)
    {
        Start = start;
        Length = length;
        JsonPath = jsonPath;
    }

    /// <summary>A span for nodes built in code rather than parsed.</summary>
    public static SourceSpan None => new(-1, 0);

    /// <summary>Offset of the first character, 0-based; -1 when the node was not parsed.</summary>
    public int Start { get; }

    /// <summary>Number of characters covered.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The JSON path of the value, for nodes parsed from the JSON dialect.</summary>
    public string? JsonPath { get; }

    /// <summary>True when the node was not parsed from text.</summary>
    public bool IsNone => Start < 0;

    /// <summary>The span from the start of this one to the end of <paramref name="last"/>.</summary>
    public SourceSpan To(SourceSpan last) =>
        IsNone ? last : last.IsNone ? this : new SourceSpan(Start, Math.Max(End, last.End) - Start, JsonPath);

    /// <summary>The same characters under another JSON path.</summary>
    public SourceSpan WithPath(string? jsonPath) => new(Start, Length, jsonPath);

    /// <inheritdoc />
    public bool Equals(SourceSpan other) => Start == other.Start && Length == other.Length && JsonPath == other.JsonPath;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Start * 397) ^ Length;

    /// <inheritdoc />
    public override string ToString() => JsonPath is null ? $"{Start}+{Length}" : $"{JsonPath} ({Start}+{Length})";
}
