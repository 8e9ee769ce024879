using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Evaluation.Analyzers.Literals;

/// <summary>The shapes of expression that can be a constant string, told from syntax alone (no binding).</summary>
internal static class ConstantSyntax
{
    /// <summary>
    /// True for a string literal of any kind, an interpolated string, a <c>+</c>, a parenthesised
    /// expression, or a name (a <c>const</c> field or local); false for everything else (calls,
    /// lambdas, numbers, <c>new</c>, …), which cannot be a constant string.
    /// </summary>
    public static bool MayBeString(ExpressionSyntax expression) => expression.Kind() switch
    {
        SyntaxKind.StringLiteralExpression => true,
        SyntaxKind.InterpolatedStringExpression => true,
        SyntaxKind.AddExpression => true,
        SyntaxKind.ParenthesizedExpression => true,
        SyntaxKind.IdentifierName => true,
        SyntaxKind.SimpleMemberAccessExpression => true,
        _ => false,
    };
}
