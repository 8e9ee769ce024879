using Evaluation.Language;
using Microsoft.CodeAnalysis;

namespace Evaluation.Analyzers.Strings;

/// <summary>
/// Which query text a parameter, property or field takes, from its <c>[StringSyntax("evalq")]</c> or
/// <c>[StringSyntax("evalq-json")]</c>. The attribute is matched by its full name, so a
/// polyfilled copy (for netstandard2.0 libraries) counts too.
/// </summary>
internal static class QuerySyntax
{
    /// <summary>A query in either form: JSON when it starts with <c>{</c>, else the DSL (as <see cref="QueryText.Detect"/> decides).</summary>
    public const string Evalq = "evalq";

    /// <summary>A query in the JSON dialect.</summary>
    public const string EvalqJson = "evalq-json";

    /// <summary>
    /// True when <paramref name="symbol"/> (a parameter, property or field of type
    /// <paramref name="type"/>) takes query text; <paramref name="format"/> is then
    /// <see cref="QueryFormat.Json"/> for <c>evalq-json</c>, or null to detect it from the text.
    /// </summary>
    public static bool TryGet(ISymbol symbol, ITypeSymbol type, out QueryFormat? format)
    {
        format = null;
        if (type.SpecialType != SpecialType.System_String) return false;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: "StringSyntaxAttribute" } attributeType
                || attributeType.ContainingNamespace?.ToDisplayString() != "System.Diagnostics.CodeAnalysis"
                || attribute.ConstructorArguments.Length == 0
                || attribute.ConstructorArguments[0].Value is not string syntax) continue;
            if (syntax == Evalq) return true;
            if (syntax == EvalqJson)
            {
                format = QueryFormat.Json;
                return true;
            }
        }
        return false;
    }
}
