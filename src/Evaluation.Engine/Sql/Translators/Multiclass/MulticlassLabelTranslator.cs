using Evaluation.Engine.Planning;
using Evaluation.Engine.Sql.Translators.Binary;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sql.Translators.Multiclass;

/// <summary>
/// Multiclass metrics over label columns (LANGUAGE.md §5 "Multiclass"): accuracyRateMulticlass and
/// multiclass_confusion_matrix of its own, and the K-class forms of the functions it shares with
/// binary classification (f1/precision/recall with an average over classes, cohen_kappa, mcc,
/// balanced_accuracy), which <see cref="ConfusionTranslator"/> hands over through <see cref="TakesShared"/>.
/// </summary>
internal sealed class MulticlassLabelTranslator : IFunctionTranslator
{
    public IEnumerable<string> Functions => new[] { "accuracyRateMulticlass", "multiclass_confusion_matrix" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        if (TranslationContext.Argument(call, function, "predicted_property") is ListExpr columns)
            throw BinaryInputs.Error(DiagnosticDescriptors.NotSupported, columns.Span,
                $"`{function.Name}` over probability columns is not supported by the engine yet; give the column of predicted labels");
        var labels = LabelColumns.Read(call, function, context);
        if (labels.Predicted.Type == ColumnType.Float)
            throw BinaryInputs.Error(DiagnosticDescriptors.TypeMismatch, labels.Predicted.Span,
                $"`{function.Name}` compares labels, but `{labels.Predicted.Name}` holds scores ({labels.Predicted.TypeName})");
        return function.Name == "accuracyRateMulticlass" ? AgreementSql.Accuracy(labels) : ConfusionMatrixSql.Translate(labels);
    }

    /// <summary>
    /// The K-class form of a function shared with binary classification when the call is one
    /// (label columns, and for f1/precision/recall an average other than 'binary'); else null.
    /// </summary>
    public static PlannedValue? TakesShared(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var name = function.Name;
        if (name is not ("f1" or "precision" or "recall" or "mcc" or "cohen_kappa" or "balanced_accuracy")) return null;
        if (!LabelColumns.AreLabels(call, function, context)) return null;
        var average = TranslationContext.Text(call, function, "average") ?? "binary";
        if (name is "f1" or "precision" or "recall" && average == "binary") return null;
        if (TranslationContext.Argument(call, function, "threshold") is { } threshold)
            throw BinaryInputs.Error(DiagnosticDescriptors.TypeMismatch, threshold.Span,
                "`threshold` applies to scores, but the prediction holds labels: remove `threshold`");
        var labels = LabelColumns.Read(call, function, context);
        return name switch
        {
            "mcc" => AgreementSql.Mcc(labels),
            "cohen_kappa" => AgreementSql.CohenKappa(labels),
            "balanced_accuracy" => AgreementSql.BalancedAccuracy(labels),
            _ => AveragedScoresSql.Translate(name, average, labels),
        };
    }
}
