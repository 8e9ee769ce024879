using System.Text.RegularExpressions;

namespace Evaluation.Engine.Results.Store;

/// <summary>
/// The rule for result names, which are also file names in the store: a letter or digit, then
/// letters, digits, <c>.</c>, <c>_</c> or <c>-</c>, at most 200 characters. Nothing else can reach
/// a path, so a name never escapes its folder or collides with the store's own temporary files.
/// </summary>
public static class ResultNames
{
    private static readonly Regex Valid = new("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$", RegexOptions.CultureInvariant);

    /// <summary>Null when <paramref name="name"/> is a valid result name, else why not.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "a result needs a name";
        if (!Valid.IsMatch(name))
            return $"`{name}` is not a valid result name: use letters, digits, '.', '_' and '-' (starting with a letter or digit), at most 200 characters";
        return null;
    }

    /// <summary>A valid name made from free text (an imported run's id or title): other characters become '-'.</summary>
    public static string From(string text)
    {
        var cleaned = Regex.Replace(text, "[^A-Za-z0-9._-]+", "-").Trim('-', '.', '_');
        if (cleaned.Length == 0) cleaned = "result";
        return cleaned.Length > 200 ? cleaned.Substring(0, 200) : cleaned;
    }
}
