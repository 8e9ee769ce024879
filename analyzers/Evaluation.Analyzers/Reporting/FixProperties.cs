namespace Evaluation.Analyzers.Reporting;

/// <summary>
/// Keys of the properties a diagnostic carries for the code fix: the analyzer knows how the
/// literal is written, so it spells the replacement; the fix only puts it in place.
/// </summary>
public static class FixProperties
{
    /// <summary>The source text that replaces the diagnostic's span (escaped for its literal).</summary>
    public const string Replacement = "evalq.replacement";

    /// <summary>The name suggested, as the fix's title shows it.</summary>
    public const string Suggestion = "evalq.suggestion";
}
