namespace Evaluation.Language.Parsing.Json;

/// <summary>Builds JSON paths: <c>$.select[2].parameters.threshold</c>, <c>$['odd key']</c>.</summary>
internal static class JsonPaths
{
    public static string Member(string parent, string key)
    {
        var plain = key.Length > 0 && (char.IsLetter(key[0]) || key[0] == '_' || key[0] == '$')
                    && key.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '$');
        return plain ? parent + "." + key : parent + "['" + key.Replace("'", "\\'") + "']";
    }

    public static string Index(string parent, int index) => parent + "[" + index + "]";
}
