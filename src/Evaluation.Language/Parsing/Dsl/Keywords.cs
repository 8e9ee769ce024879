namespace Evaluation.Language.Parsing.Dsl;

/// <summary>
/// The DSL's reserved words: they cannot be bare names (write <c>`order`</c> for a column
/// called order). Other words the grammar uses (<c>by</c>, <c>asc</c>, <c>desc</c>,
/// <c>size</c>, <c>missing</c>, <c>empty</c>, <c>all</c>) are keywords only where the grammar
/// expects them and stay usable as names.
/// </summary>
public static class Keywords
{
    /// <summary>Words that begin a stage.</summary>
    public static IReadOnlyList<string> Stages { get; } =
        new[] { "from", "where", "group", "select", "pivot", "order", "limit", "offset", "page", "on_undefined" };

    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "where", "group", "select", "pivot", "order", "limit", "offset", "page", "on_undefined", "let",
        "and", "or", "not", "in", "like", "ilike", "is", "between", "contains", "true", "false", "null",
        "distinct", "stage", "when", "then",
    };

    /// <summary>True for a reserved word, in any case.</summary>
    public static bool IsReserved(string word) => ReservedWords.Contains(word);

    /// <summary>True for a word that begins a stage, in any case.</summary>
    public static bool IsStage(string word) => Stages.Contains(word, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every reserved word, sorted.</summary>
    public static IEnumerable<string> Reserved => ReservedWords.OrderBy(w => w, StringComparer.Ordinal);
}
