using Microsoft.CodeAnalysis;

namespace Evaluation.Analyzers.Linq;

/// <summary>
/// Selector parameters of the metric methods (<c>Func&lt;T, X&gt;</c>, or
/// <c>Expression&lt;Func&lt;T, X&gt;&gt;</c> in a query) and the type of value they give.
/// </summary>
internal static class SelectorTypes
{
    /// <summary>True for a delegate type or an expression tree of one.</summary>
    public static bool IsSelector(ITypeSymbol type) => Delegate(type) is not null;

    /// <summary>
    /// The words for a selector's value type when a numeric column cannot hold it (<c>bool</c>,
    /// <c>string</c>, <c>char</c>), or null when it can or cannot be told (a number, a generic type, an object).
    /// </summary>
    public static string? NonNumeric(ITypeSymbol selectorType)
    {
        if (Delegate(selectorType)?.DelegateInvokeMethod?.ReturnType is not { } returned) return null;
        if (returned is IArrayTypeSymbol array) returned = array.ElementType;
        if (returned is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) returned = nullable.TypeArguments[0];
        return returned.SpecialType switch
        {
            SpecialType.System_Boolean => "bool",
            SpecialType.System_String => "string",
            SpecialType.System_Char => "char",
            _ => null,
        };
    }

    private static INamedTypeSymbol? Delegate(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Delegate } direct) return direct;
        if (type is INamedTypeSymbol { Name: "Expression", Arity: 1 } expression
            && expression.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions"
            && expression.TypeArguments[0] is INamedTypeSymbol { TypeKind: TypeKind.Delegate } wrapped)
            return wrapped;
        return null;
    }
}
