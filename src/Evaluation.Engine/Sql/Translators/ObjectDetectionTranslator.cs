using Evaluation.Engine.Aggregates;
using Evaluation.Engine.Aggregates.Detection;
using Evaluation.Engine.Planning;
using Evaluation.Engine.Sql.Translators.Binary;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// meanAveragePrecision over list-of-box columns, one row per image, as a call of the C# aggregate
/// (<see cref="MeanAveragePrecisionAggregate"/>; the definition is <see cref="DetectionMatches"/>'s).
/// Each list is rewritten to the aggregate's box struct (class_id BIGINT, confidence and the four
/// coordinates DOUBLE) by a <c>list_transform</c>, after checking the source's element fields.
/// Rows whose detected or ground-truth list is NULL are left out (§6); an empty list is an image
/// without boxes. There is no pure-SQL formulation (greedy per-image matching has none that is
/// both exact and reasonable), so the portable path refuses it by name.
/// </summary>
internal sealed class ObjectDetectionTranslator(bool nativeAggregates) : IFunctionTranslator
{
    private const string Box = "__evalq_box";

    public IEnumerable<string> Functions => new[] { "meanAveragePrecision" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        if (!nativeAggregates)
            throw BinaryInputs.Error(DiagnosticDescriptors.NotSupported, call.NameSpan.IsNone ? call.Span : call.NameSpan,
                "`meanAveragePrecision` needs the engine's C# aggregates: it has no pure-SQL formulation, so --portable-sql cannot plan it");
        var detected = Boxes(call, function, context, "predicted_property", withConfidence: true);
        var truth = Boxes(call, function, context, "ground_truth_property", withConfidence: false);
        var matching = TranslationContext.Text(call, function, "matching") == "voc" ? BoxMatching.Voc : BoxMatching.Coco;
        var interpolation = TranslationContext.Text(call, function, "interpolation") == "101_point" ? PrecisionInterpolation.Point101 : PrecisionInterpolation.AllPoint;
        // A single IoU threshold, or NULL for COCO's 0.50:0.95 range.
        var iou = TranslationContext.Number(call, function, "threshold") is { } threshold
            ? new SqlCast(new SqlParameter(threshold), "DOUBLE")
            : new SqlCast(SqlConstant.Null, "DOUBLE");

        var present = And(new SqlIsNull(detected.Column, Negated: true), new SqlIsNull(truth.Column, Negated: true));
        // The aggregate leaves out rows with a NULL list itself; present only counts the ground truth.
        var value = Call(NativeAggregates.MeanAveragePrecision(matching, interpolation), detected.Boxes, truth.Boxes, iou);
        var truthBoxes = Call("coalesce", Aggregate("sum", present, Call("len", truth.Column)), Integer(0));
        return UndefinedWhen.NaNUnless(value, (Eq(truthBoxes, Integer(0)), "no ground-truth box in the group"));
    }

    /// <summary>The list column of a parameter, checked, and rewritten to the aggregate's box struct.</summary>
    private static (SqlExpr Column, SqlExpr Boxes) Boxes(FunctionCall call, FunctionDefinition function, TranslationContext context, string parameter, bool withConfidence)
    {
        var name = TranslationContext.ColumnName(call, function, parameter);
        var span = TranslationContext.Argument(call, function, parameter)?.Span ?? call.Span;
        var schema = name is null ? null : context.Schema(name);
        var fields = BoxFields.Names(withConfidence);
        if (schema is not { Type: ColumnType.List, Fields.Count: > 0 })
            throw BinaryInputs.Error(DiagnosticDescriptors.TypeMismatch, span,
                $"`{parameter}` of `meanAveragePrecision` must be a list of boxes ({string.Join(", ", fields)}); `{name}` is {(schema is null ? "not a column" : "not a list of structs")}");
        var box = new SqlColumn(Box);
        var members = new List<(string, SqlExpr)>();
        foreach (var field in fields)
        {
            var found = schema.Fields.FirstOrDefault(f => f.Name == field)
                ?? throw BinaryInputs.Error(DiagnosticDescriptors.UnknownColumn, span,
                    $"the boxes in `{name}` have no field `{field}`; `meanAveragePrecision` reads {string.Join(", ", fields)}");
            var wanted = field == "class_id" ? found.Type == ColumnType.Integer : found.IsNumeric;
            if (!wanted)
                throw BinaryInputs.Error(DiagnosticDescriptors.TypeMismatch, span,
                    $"`{name}.{field}` must hold {(field == "class_id" ? "whole numbers" : "numbers")}; it holds {found.Native ?? found.Type.ToString()}");
            members.Add((field, new SqlCast(new SqlColumn(field, Box), field == "class_id" ? "BIGINT" : "DOUBLE")));
        }
        var list = context.Value(new ColumnRef(name!) { Span = span }).Value;
        return (list, Call("list_transform", list, new SqlLambda(Box, new SqlStruct(members))));
    }
}
