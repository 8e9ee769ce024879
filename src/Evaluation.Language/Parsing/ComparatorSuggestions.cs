using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;

namespace Evaluation.Language.Parsing;

/// <summary>"Did you mean" for comparators: common spellings from other languages, then edit distance.</summary>
internal static class ComparatorSuggestions
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["equals"] = "eq", ["equal"] = "eq", ["=="] = "eq", ["="] = "eq", ["is"] = "eq",
        ["notequals"] = "ne", ["not_equal"] = "ne", ["neq"] = "ne", ["!="] = "ne", ["<>"] = "ne",
        ["<"] = "lt", ["<="] = "lte", [">"] = "gt", [">="] = "gte", ["le"] = "lte", ["ge"] = "gte",
        ["not_in"] = "nin", ["notin"] = "nin", ["not_like"] = "notLike", ["is_null"] = "isNull",
        ["not_null"] = "notNull", ["isnotnull"] = "notNull", ["range"] = "between",
    };

    public static string? For(string written) =>
        Synonyms.TryGetValue(written, out var known) ? known : Suggestions.Closest(written, Comparators.Names);
}
