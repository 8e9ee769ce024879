using System.Globalization;
using Evaluation.Engine.Planning;
using Evaluation.Engine.Sql.Translators.Binary;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Multiclass;

/// <summary>
/// A multiclass call over label columns (LANGUAGE.md §5 "Multiclass"): the truth and the
/// prediction as labels of one kind, the rows it reads (§6: both present), and the label set:
/// the <c>classes</c> list when given (bound parameters, in its order), else the sorted distinct
/// labels of the group's truth and predictions.
/// </summary>
internal sealed record LabelColumns
{
    public required Operand Truth { get; init; }
    public required Operand Predicted { get; init; }

    /// <summary>Both labels are present (not NULL, not NaN).</summary>
    public required SqlExpr Present { get; init; }

    /// <summary>The labels of the <c>classes</c> argument as bound parameters, or null for the default label set.</summary>
    public IReadOnlyList<SqlExpr>? Classes { get; init; }

    /// <summary>The call's function name, for diagnostics.</summary>
    public required string Function { get; init; }

    /// <summary>True when the call is a multiclass form over label columns (its prediction is not a score).</summary>
    public static bool AreLabels(FunctionCall call, FunctionDefinition function, TranslationContext context) =>
        TranslationContext.Argument(call, function, "predicted_property") is { } predicted and not ListExpr
        && context.Value(predicted).Type != ColumnType.Float;

    public static LabelColumns Read(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var truth = Required(call, function, context, "ground_truth_property");
        var predicted = Required(call, function, context, "predicted_property");
        if (TranslationContext.Argument(call, function, "weight_property") is { } weight)
            throw BinaryInputs.Error(DiagnosticDescriptors.NotSupported, weight.Span,
                $"`weight_property` on multiclass `{function.Name}` over label columns is not supported by the engine yet");
        var truthKind = KindOf(truth, function, "ground_truth_property");
        var predictedKind = KindOf(predicted, function, "predicted_property");
        if (truthKind != predictedKind)
        {
            if (truthKind == LabelKind.Text || predictedKind == LabelKind.Text)
                throw BinaryInputs.Error(DiagnosticDescriptors.TypeMismatch, predicted.Span,
                    $"`{predicted.Name}` holds {predicted.TypeName} labels but `{truth.Name}` holds {truth.TypeName} ones: a prediction and its truth must be labels of one kind");
            truth = AsInteger(truth);
            predicted = AsInteger(predicted);
            truthKind = LabelKind.Number;
        }

        return new LabelColumns
        {
            Truth = truth,
            Predicted = predicted,
            Present = TranslationContext.AllPresent(truth.Value, predicted.Value),
            Classes = ClassList(call, function, truthKind),
            Function = function.Name,
        };
    }

    /// <summary>The <c>classes</c> list bound as parameters of the labels' kind.</summary>
    public static IReadOnlyList<SqlExpr>? ClassList(FunctionCall call, FunctionDefinition function, LabelKind kind)
    {
        if (TranslationContext.Argument(call, function, "classes") is not { } argument) return null;
        if (argument is not ListExpr { Items.Count: > 0 } list || list.Items.Any(i => i is not Literal))
            throw BinaryInputs.Error(DiagnosticDescriptors.TypeMismatch, argument.Span, "`classes` must be a non-empty list of labels");
        var values = list.Items.Select(item => Label((Literal)item, kind, function)).ToList();
        if (values.Distinct().Count() != values.Count)
            throw BinaryInputs.Error(DiagnosticDescriptors.OutOfRange, argument.Span, "`classes` names a label more than once");
        return values.Select(v => (SqlExpr)new SqlParameter(v)).ToList();
    }

    private static object Label(Literal literal, LabelKind kind, FunctionDefinition function) => (kind, literal) switch
    {
        (LabelKind.Text, StringLiteral s) => s.Value,
        (LabelKind.Text, NumberLiteral n) => n.Value.ToString("R", CultureInfo.InvariantCulture),
        (LabelKind.Number, NumberLiteral n) => n.IsInteger && Math.Abs(n.Value) < 9e15 ? (long)n.Value : n.Value,
        (LabelKind.Number, BoolLiteral b) => b.Value ? 1L : 0L,
        (LabelKind.Boolean, BoolLiteral b) => b.Value,
        _ => throw BinaryInputs.Error(DiagnosticDescriptors.TypeMismatch, literal.Span,
            $"a label in `classes` of `{function.Name}` must be of the labels' kind ({kind})"),
    };

    /// <summary>The rows the label set covers: with <c>classes</c>, both labels are in it (scikit-learn's confusion_matrix with labels).</summary>
    public SqlExpr WithinClasses => Classes is null
        ? Present
        : And(Present, new SqlIn(Truth.Value.Value, Classes, Negated: false), new SqlIn(Predicted.Value.Value, Classes, Negated: false));

    private static Operand AsInteger(Operand operand) => operand.Type != ColumnType.Boolean
        ? operand
        : operand with { Value = new PlannedValue(new SqlCast(operand.Value.Value, "INTEGER"), ColumnType.Integer) };

    internal static LabelKind KindOf(Operand column, FunctionDefinition function, string parameter) =>
        LabelKinds.Of(column.Type) ?? throw BinaryInputs.Error(DiagnosticDescriptors.TypeMismatch, column.Span,
            $"`{parameter}` of `{function.Name}` must hold class labels (numbers, booleans or strings); `{column.Name}` holds {column.TypeName}");

    internal static Operand Required(FunctionCall call, FunctionDefinition function, TranslationContext context, string parameter) =>
        TranslationContext.Argument(call, function, parameter) is { } argument
            ? Operand.Of(argument, context)
            : throw BinaryInputs.Error(DiagnosticDescriptors.MissingParameter, call.NameSpan.IsNone ? call.Span : call.NameSpan,
                $"`{function.Name}` needs `{parameter}`");
}
