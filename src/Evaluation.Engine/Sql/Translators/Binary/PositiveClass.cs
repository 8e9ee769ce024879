using System.Globalization;
using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// The positive class (<c>pos_label</c>, alias <c>class</c>) as a bound parameter of the labels'
/// own kind, so DuckDB compares like with like: 1 or true by default; strings have no default.
/// </summary>
internal sealed record PositiveClass(object Value, SqlParameter Parameter, SourceSpan Span)
{
    public static PositiveClass Bind(FunctionCall call, FunctionDefinition function, LabelKind kind, Operand labels)
    {
        var given = TranslationContext.Argument(call, function, "pos_label");
        object? value = (kind, given) switch
        {
            (LabelKind.Number, null) => 1L,
            (LabelKind.Boolean, null) => true,
            (LabelKind.Text, null) => throw BinaryInputs.Error(DiagnosticDescriptors.MissingParameter, call.NameSpan.IsNone ? call.Span : call.NameSpan,
                $"`{function.Name}` needs `pos_label`: `{labels.Name}` holds strings, so there is no default positive class (1 or true)"),
            (LabelKind.Number, NumberLiteral n) => n.IsInteger && Math.Abs(n.Value) < 9e15 ? (object)(long)n.Value : n.Value,
            (LabelKind.Number, BoolLiteral b) => b.Value ? 1L : 0L,
            (LabelKind.Boolean, BoolLiteral b) => b.Value,
            (LabelKind.Boolean, NumberLiteral { Value: 0 or 1 } n) => n.Value == 1,
            (LabelKind.Text, StringLiteral s) => s.Value,
            (LabelKind.Text, NumberLiteral n) => n.Value.ToString("R", CultureInfo.InvariantCulture),
            (LabelKind.Text, BoolLiteral b) => b.Value ? "true" : "false",
            _ => (object?)null,
        };
        if (value is null)
            throw BinaryInputs.Error(DiagnosticDescriptors.TypeMismatch, given!.Span,
                $"`pos_label` of `{function.Name}` must be one of the labels of `{labels.Name}`, which holds {labels.TypeName}");
        return new PositiveClass(value, new SqlParameter(value), given?.Span ?? (call.NameSpan.IsNone ? call.Span : call.NameSpan));
    }
}
