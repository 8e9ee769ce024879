namespace Evaluation.Language.Catalog;

/// <summary>
/// One parameter of a catalog function. Required parameters may be written positionally in
/// the DSL, in the order the function lists them; any parameter may be named.
/// </summary>
public sealed record ParameterDefinition(string Name, ParameterType Type, string Description)
{
    /// <summary>True when the call must give it (or, for a <see cref="Role"/>, a dataset descriptor must).</summary>
    public bool Required { get; init; }

    /// <summary>The default when omitted, as the DSL would write it (<c>'avg'</c>, <c>0.5</c>), or null for none.</summary>
    public string? Default { get; init; }

    /// <summary>Inclusive lower bound for numbers.</summary>
    public double? Min { get; init; }

    /// <summary>Inclusive upper bound for numbers.</summary>
    public double? Max { get; init; }

    /// <summary>The allowed strings for <see cref="ParameterType.Enum"/> (and extra strings a number parameter accepts).</summary>
    public IReadOnlyList<string> EnumValues { get; init; } = Array.Empty<string>();

    /// <summary>
    /// For a column parameter: the column must hold numbers (a score, probabilities, a measured value, a weight);
    /// a boolean or text column does not fit. The analyzer reads it to check LINQ selectors' types.
    /// </summary>
    public bool Numeric { get; init; }

    /// <summary>Other accepted names (<c>class</c> for <c>pos_label</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    /// <summary>
    /// What a dataset descriptor can supply when the call omits it (ground truth, prediction,
    /// positive class, timestamp); <see cref="DescriptorRole.None"/> when nothing can.
    /// </summary>
    public DescriptorRole Role { get; init; }

    /// <summary>True when <paramref name="name"/> is this parameter's name or one of its aliases.</summary>
    public bool IsNamed(string name) =>
        string.Equals(Name, name, StringComparison.Ordinal) || Aliases.Contains(name, StringComparer.Ordinal);
}

/// <summary>What a dataset descriptor (LANGUAGE.md §7) can supply for an omitted parameter.</summary>
public enum DescriptorRole
{
    /// <summary>Nothing.</summary>
    None,
    /// <summary>The ground-truth column.</summary>
    GroundTruth,
    /// <summary>The predicted column (score, label or probability columns).</summary>
    Prediction,
    /// <summary>The positive class.</summary>
    PositiveClass,
    /// <summary>The decision threshold.</summary>
    Threshold,
    /// <summary>The timestamp column.</summary>
    Timestamp,
}
