using Evaluation.Language.Ast;

namespace Evaluation.Language.Printing;

/// <summary>
/// The DSL's infix form of the arithmetic calls in a select item: <c>subtract(f1, baseline_f1)</c>
/// prints <c>f1 - baseline_f1</c>, with parentheses only where precedence or left-to-right order
/// needs them, so <c>parse(print(ast)) == ast</c>. A call the form cannot say exactly (a name spelled
/// otherwise, an operand that is not a number, column or call) prints as a call.
/// </summary>
internal static class ArithmeticForm
{
    /// <summary>The item's value in infix form, or null when it is not an arithmetic call the form can say.</summary>
    public static string? Print(FunctionCall call, Func<Expr, string> expression) =>
        Operator(call) is null ? null : Infix(call, expression);

    private static string? Infix(FunctionCall call, Func<Expr, string> expression)
    {
        var op = Operator(call)!;
        var precedence = Precedence(op);
        var left = Operand(call.Arguments[0].Value, expression, precedence, isRight: false);
        var right = Operand(call.Arguments[1].Value, expression, precedence, isRight: true);
        return left is null || right is null ? null : left + " " + op + " " + right;
    }

    private static string? Operand(Expr value, Func<Expr, string> expression, int outer, bool isRight)
    {
        switch (value)
        {
            case NumberLiteral or ColumnRef:
                return expression(value);
            case FunctionCall call when Operator(call) is { } op:
                var inner = Infix(call, expression);
                if (inner is null) return expression(call);
                // Left to right: a - (b - c) keeps its parentheses, (a - b) - c needs none.
                var grouped = Precedence(op) < outer || (isRight && Precedence(op) == outer);
                return grouped ? "(" + inner + ")" : inner;
            case FunctionCall call:
                return expression(call);
            default:
                return null;
        }
    }

    /// <summary>The operator of an arithmetic call with exactly its two operands in order, or null.</summary>
    private static string? Operator(FunctionCall call)
    {
        var op = call.Name switch { "add" => "+", "subtract" => "-", "multiply" => "*", "divide" => "/", _ => null };
        return op is not null && call.Arguments.Count == 2 && call.Arguments[0].Name == "left" && call.Arguments[1].Name == "right" ? op : null;
    }

    private static int Precedence(string op) => op is "+" or "-" ? 1 : 2;
}
