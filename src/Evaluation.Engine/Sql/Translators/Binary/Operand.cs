using Evaluation.Engine.Planning;
using Evaluation.Engine.Sources;
using Evaluation.Language.Ast;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>A column argument of a binary call: its SQL, and what a diagnostic says about it (name, type, span).</summary>
internal sealed record Operand(PlannedValue Value, string Name, string TypeName, SourceSpan Span)
{
    public ColumnType Type => Value.Type;

    /// <summary>The range the source's statistics prove for a column read as it is, or null.</summary>
    public ValueRange? Range { get; init; }

    /// <summary>The value as DOUBLE (no cast when it already is one).</summary>
    public SqlExpr AsDouble => Type == ColumnType.Float && TypeName == "DOUBLE" ? Value.Value : Sql.Double(Value.Value);

    public static Operand Of(Expr argument, TranslationContext context)
    {
        var value = context.Value(argument);
        return argument switch
        {
            ColumnRef column => new Operand(value, column.Name, context.NativeType(column.Name) ?? value.Type.ToString(), argument.Span)
            {
                Range = context.RangeOf(column.Name),
            },
            FunctionCall call => new Operand(value, call.Name + "(…)", value.Type.ToString(), argument.Span),
            _ => new Operand(value, "?", value.Type.ToString(), argument.Span),
        };
    }
}
