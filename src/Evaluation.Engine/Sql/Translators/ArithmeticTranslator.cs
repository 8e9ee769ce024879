using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// <c>add</c>, <c>subtract</c>, <c>multiply</c>, <c>divide</c> over a row's values (derived metrics:
/// <c>f1 - baseline_f1</c> over a pivot). Operands are cast to DOUBLE; numbers are bound parameters.
/// A NULL or NaN operand gives NULL or NaN; a division by zero is undefined (NaN and a warning, never
/// DuckDB's NULL or infinity), and an operand's own undefined reason carries through.
/// </summary>
internal sealed class ArithmeticTranslator : IFunctionTranslator
{
    public IEnumerable<string> Functions => new[] { "add", "subtract", "multiply", "divide" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var left = Operand(call, function, "left", context);
        var right = Operand(call, function, "right", context);
        var (a, b) = (Double(left.Value), Double(right.Value));
        var result = function.Name switch
        {
            "add" => new PlannedValue(Add(a, b), ColumnType.Float),
            "subtract" => new PlannedValue(Sub(a, b), ColumnType.Float),
            "multiply" => new PlannedValue(Mul(a, b), ColumnType.Float),
            _ => UndefinedWhen.NaNUnless(Div(a, b), (Eq(b, Number(0)), "the divisor is 0")),
        };
        // The operands' reasons first (the root cause), then the division's own.
        var reasons = new[] { left.Undefined, right.Undefined, result.Undefined }.OfType<SqlExpr>().ToArray();
        var undefined = reasons.Length switch { 0 => null, 1 => reasons[0], _ => Call("coalesce", reasons) };
        return result with { Undefined = undefined };
    }

    private static PlannedValue Operand(FunctionCall call, FunctionDefinition function, string parameter, TranslationContext context)
    {
        var argument = TranslationContext.Argument(call, function, parameter)!;
        if (argument is NumberLiteral number) return new PlannedValue(new SqlParameter(number.Value), ColumnType.Float);
        var value = context.Value(argument);
        if (value.Type is ColumnType.Float or ColumnType.Integer or ColumnType.Boolean or ColumnType.Other) return value;
        var name = argument is ColumnRef column ? $"`{column.Name}`" : $"`{((FunctionCall)argument).Name}(…)`";
        throw new QueryException(new[] { DiagnosticDescriptors.TypeMismatch.At(argument.Span,
            $"`{function.Name}` computes with numbers; {name} holds {value.Type.ToString().ToLowerInvariant()} values") });
    }
}
