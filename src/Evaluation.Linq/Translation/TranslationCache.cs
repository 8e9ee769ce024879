using System.Collections.Concurrent;
using System.Linq.Expressions;
using Evaluation.Language.Ast;

namespace Evaluation.Linq.Translation;

/// <summary>
/// Translations by expression shape (<see cref="ExpressionShape"/>): the first execution of a shape
/// translates it; later ones only collect their client values and build the AST from them.
/// </summary>
internal static class TranslationCache
{
    private static readonly ConcurrentDictionary<string, TranslatedQuery> ByShape = new(StringComparer.Ordinal);

    /// <summary>The shape's translation, the query built from this execution's values, and the values (which the reader also reads).</summary>
    public static (TranslatedQuery Translated, Query Query, object?[] Values) Get(Expression expression)
    {
        var shape = ExpressionShape.Of(expression);
        if (!ByShape.TryGetValue(shape.Key, out var translated))
        {
            translated = QueryTranslator.Translate(expression, shape.Slots);
            ByShape.TryAdd(shape.Key, translated);
        }
        return (translated, translated.Build(shape.Values), shape.Values);
    }
}
