namespace Evaluation.Engine.Results.Scores;

/// <summary>
/// NeMo's aggregate fields of one categorical ("rubric") score: how many rows got each label,
/// and the most frequent label (ties go to the alphabetically first, ordinal comparison).
/// Missing labels (NULL) are counted in <see cref="NanCount"/> and nowhere else.
/// </summary>
/// <param name="Count">The rows with a label.</param>
/// <param name="NanCount">The rows without one.</param>
/// <param name="Distribution">Each label and its count, sorted by label.</param>
/// <param name="Mode">The most frequent label; null when no row has a label.</param>
public sealed record RubricSummary(long Count, long NanCount, IReadOnlyList<LabelCount> Distribution, string? Mode);

/// <summary>A label and the number of rows that got it.</summary>
/// <param name="Label">The label.</param>
/// <param name="Count">The rows with it.</param>
public sealed record LabelCount(string Label, long Count);
