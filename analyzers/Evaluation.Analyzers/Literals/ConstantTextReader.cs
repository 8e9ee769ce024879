using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Evaluation.Analyzers.Literals;

/// <summary>
/// Reads a constant string expression into a <see cref="ConstantText"/>: literals of every kind,
/// interpolated strings whose holes are constants, <c>+</c> of such pieces, and <c>const</c>
/// fields and locals. A constant declared in the same file is mapped into its own literal; one
/// declared elsewhere maps, whole, to the expression that names it.
/// </summary>
internal static class ConstantTextReader
{
    /// <summary>The mapped value of <paramref name="operation"/>, or null when it is not a constant string.</summary>
    public static ConstantText? Read(IOperation operation)
    {
        if (operation.ConstantValue is not { HasValue: true, Value: string value }) return null;
        var tree = operation.Syntax.SyntaxTree;
        var builder = new ConstantTextBuilder();
        Append(builder, operation, tree, depth: 0);
        return builder.Length == value.Length && builder.Since(0) == value
            ? builder.Build(tree, operation.Syntax.Span)
            : ConstantText.Opaque(tree, value, operation.Syntax.Span);
    }

    /// <summary>
    /// Appends the characters of one constant piece. A piece whose decoding does not give the
    /// compiler's value (a form this reader does not know) is kept, but mapped whole to its expression.
    /// </summary>
    private static void Append(ConstantTextBuilder builder, IOperation operation, SyntaxTree tree, int depth)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        if (operation.ConstantValue is not { HasValue: true, Value: string value }) return;
        var mark = builder.Length;
        // Code with syntax errors (an unterminated raw string) is not decoded: its delimiters cannot be trusted.
        if (depth < 8 && operation.Syntax.SyntaxTree == tree && !operation.Syntax.ContainsDiagnostics)
        {
            try
            {
                AppendPiece(builder, operation, tree, depth);
            }
            catch (ArgumentOutOfRangeException)
            {
                // A literal shape this reader does not know: mapped whole below, never an analyzer crash.
            }
            catch (IndexOutOfRangeException)
            {
            }
        }
        if (builder.Length - mark == value.Length && builder.Since(mark) == value) return;
        builder.Truncate(mark);
        builder.AddOpaque(value, operation.Syntax.Span);
    }

    private static void AppendPiece(ConstantTextBuilder builder, IOperation operation, SyntaxTree tree, int depth)
    {
        switch (operation)
        {
            case ILiteralOperation { Syntax: LiteralExpressionSyntax literal }:
                Token(builder, literal.Token);
                break;
            case IInterpolatedStringOperation { Syntax: InterpolatedStringExpressionSyntax syntax } interpolated:
                Interpolated(builder, syntax, interpolated, tree, depth);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                Append(builder, add.LeftOperand, tree, depth + 1);
                Append(builder, add.RightOperand, tree, depth + 1);
                break;
            case IFieldReferenceOperation { Field.IsConst: true } field:
                Declared(builder, field.Field, operation, tree, depth);
                break;
            case ILocalReferenceOperation { Local.IsConst: true } local:
                Declared(builder, local.Local, operation, tree, depth);
                break;
        }
    }

    /// <summary>A <c>const</c> declared in this file: its initializer's characters.</summary>
    private static void Declared(ConstantTextBuilder builder, ISymbol symbol, IOperation reference, SyntaxTree tree, int depth)
    {
        if (symbol.DeclaringSyntaxReferences.FirstOrDefault() is not { } declaration || declaration.SyntaxTree != tree) return;
        if (declaration.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer }) return;
        if (reference.SemanticModel?.GetOperation(initializer) is { } value) Append(builder, value, tree, depth + 1);
    }

    private static void Token(ConstantTextBuilder builder, SyntaxToken token)
    {
        var text = token.Text;
        var origin = token.SpanStart;
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken when text.StartsWith("@", StringComparison.Ordinal):
                EscapedContent.Decode(builder, text, origin, 2, text.Length - 1, new LiteralStyle(LiteralKind.Verbatim, false));
                break;
            case SyntaxKind.StringLiteralToken:
                EscapedContent.Decode(builder, text, origin, 1, text.Length - 1, new LiteralStyle(LiteralKind.Regular, false));
                break;
            case SyntaxKind.SingleLineRawStringLiteralToken:
                RawContent.Decode(builder, text, origin, multiLine: false, Array.Empty<Hole>(), interpolated: false, _ => { });
                break;
            case SyntaxKind.MultiLineRawStringLiteralToken:
                RawContent.Decode(builder, text, origin, multiLine: true, Array.Empty<Hole>(), interpolated: false, _ => { });
                break;
        }
    }

    private static void Interpolated(ConstantTextBuilder builder, InterpolatedStringExpressionSyntax syntax, IInterpolatedStringOperation operation, SyntaxTree tree, int depth)
    {
        var origin = syntax.SpanStart;
        var holes = operation.Parts.OfType<IInterpolationOperation>()
            .Select(hole => new Hole(hole.Syntax.SpanStart - origin, hole.Syntax.Span.End - origin, hole.Expression))
            .ToArray();
        void AppendHole(Hole hole) => Append(builder, hole.Expression, tree, depth + 1);

        var text = syntax.ToString();
        switch (syntax.StringStartToken.Kind())
        {
            case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
                RawContent.Decode(builder, text, origin, multiLine: false, holes, interpolated: true, AppendHole);
                return;
            case SyntaxKind.InterpolatedMultiLineRawStringStartToken:
                RawContent.Decode(builder, text, origin, multiLine: true, holes, interpolated: true, AppendHole);
                return;
        }

        var style = new LiteralStyle(syntax.StringStartToken.Text.Contains("@") ? LiteralKind.Verbatim : LiteralKind.Regular, interpolated: true);
        var from = syntax.StringStartToken.Span.End - origin;
        foreach (var hole in holes)
        {
            EscapedContent.Decode(builder, text, origin, from, hole.Start, style);
            AppendHole(hole);
            from = hole.End;
        }
        EscapedContent.Decode(builder, text, origin, from, syntax.StringEndToken.SpanStart - origin, style);
    }
}
