using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Evaluation.Analyzers.Linq;

/// <summary>
/// Where a metric may be called in a query. The rule: inside a lambda that becomes an expression
/// tree (a query the LINQ provider translates), a metric is an aggregate of the language's select
/// list, so the innermost lambda around it must be a projection: the <c>selector</c> of
/// <c>Select</c>, or any method's <c>resultSelector</c> (<c>GroupBy</c>, <c>Join</c>, <c>GroupJoin</c>,
/// <c>SelectMany</c>). Anywhere else in such a lambda (a <c>Where</c> predicate, an <c>OrderBy</c> or
/// <c>GroupBy</c> key, an <c>Any</c>/<c>Count</c> predicate, another metric's selector) it is misplaced:
/// select the metric first, then filter or sort the result. A call outside any lambda (a terminal
/// call on a query) is fine, and so is any call in a delegate: LINQ to objects runs metrics as plain C#.
/// </summary>
internal static class AggregatePosition
{
    /// <summary>The method and parameter of the lambda that misplaces <paramref name="invocation"/>, or null when it is in place.</summary>
    public static (string Method, string Parameter)? Misplaced(IInvocationOperation invocation)
    {
        var model = invocation.SemanticModel;
        if (model is null) return null;
        AnonymousFunctionExpressionSyntax? innermost = null;
        var inExpressionTree = false;
        for (var node = invocation.Syntax.Parent; node is not null && node is not MemberDeclarationSyntax; node = node.Parent)
        {
            if (node is not AnonymousFunctionExpressionSyntax lambda) continue;
            innermost ??= lambda;
            if (IsExpressionTree(model.GetTypeInfo(lambda).ConvertedType))
            {
                inExpressionTree = true;
                break;
            }
        }
        if (!inExpressionTree || innermost?.Parent is not ArgumentSyntax argumentSyntax) return null;
        if (model.GetOperation(argumentSyntax) is not IArgumentOperation { Parameter: { } parameter }) return null;
        var method = parameter.ContainingSymbol.Name;
        if (method == "Select" || parameter.Name == "resultSelector") return null;
        return (method, parameter.Name);
    }

    private static bool IsExpressionTree(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Expression", Arity: 1 } expression
        && expression.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions";
}
