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
        SqlExpr value = function.Name switch
        {
            "add" => Add(a, b),
            "subtract" => Sub(a, b),
            "multiply" => Mul(a, b),
            _ => NaNWhen(Eq(b, Number(0)), Div(a, b)),
        };
        var reasons = new List<SqlExpr>();
        if (left.Undefined is not null) reasons.Add(left.Undefined);
        if (right.Undefined is not null) reasons.Add(right.Undefined);
        if (function.Name == "divide")
            reasons.Add(new SqlCase(new[] { (Eq(b, Number(0)), (SqlExpr)new SqlParameter("the divisor is 0")) }, null));
        var undefined = reasons.Count switch { 0 => null, 1 => reasons[0], _ => Call("coalesce", reasons.ToArray()) };
        return new PlannedValue(value, ColumnType.Float, undefined);
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
