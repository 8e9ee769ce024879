using Evaluation.Engine.Aggregates;
using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// Reads a binary call's arguments into <see cref="BinaryRows"/> (LANGUAGE.md §5 "Scores and
/// labels"): a floating-point prediction is a score, any other holds labels; the positive class is
/// bound as a value of the labels' kind; the threshold and the weight are read. Forms that are not
/// binary (probability columns, <c>classes</c>, an <c>average</c> other than binary) and arguments that
/// do not fit are refused with a diagnostic before any SQL runs.
/// </summary>
internal static class BinaryInputs
{
    /// <summary>
    /// The threshold family: a score is predicted positive when score &gt;= threshold; a label when it equals pos_label.
    /// With <c>oneVsRest</c>, labels of several classes are read one-vs-rest for pos_label (the multiclass one-vs-rest
    /// functions, and f1/precision/recall with average 'binary'), not refused as "not two classes";
    /// a <c>classes</c> list does not change a one-vs-rest value and is accepted.
    /// </summary>
    public static BinaryRows Thresholded(FunctionCall call, FunctionDefinition function, TranslationContext context, bool oneVsRest = false)
    {
        RejectMulticlassForms(call, function, allowClasses: oneVsRest);
        var truth = Required(call, function, context, "ground_truth_property");
        var predicted = Required(call, function, context, "predicted_property");
        var weight = Weight(call, function, context);
        var threshold = TranslationContext.Argument(call, function, "threshold");
        if (predicted.Type != ColumnType.Float)
        {
            if (threshold is not null)
                throw Error(DiagnosticDescriptors.TypeMismatch, threshold.Span,
                    $"`threshold` applies to scores, but `{predicted.Name}` holds labels ({predicted.TypeName}): a row is predicted positive when it equals pos_label; remove `threshold`");
            return LabelRows(call, function, truth, predicted, weight, oneVsRest);
        }

        if (threshold is not NumberLiteral cut)
            throw Error(DiagnosticDescriptors.MissingParameter, NameSpan(call),
                $"`{function.Name}` needs `threshold`: `{predicted.Name}` holds scores ({predicted.TypeName}), and a row is predicted positive when its score >= threshold");
        var rows = ScoreRows(call, function, truth, predicted, weight);
        var bound = new SqlParameter(cut.Value);
        // Present rows have a non-NaN score, so "below" is exactly "not at or above".
        SqlExpr atOrAbove = new SqlBinary(">=", rows.Score!, bound), below = new SqlBinary("<", rows.Score!, bound);
        return rows with
        {
            PredictedPositive = rows.ScoreIsReported ? atOrAbove : below,
            PredictedNegative = rows.ScoreIsReported ? below : atOrAbove,
        };
    }

    /// <summary>The score metrics (auc, average_precision, log_loss, brier_score): the prediction must be a number.</summary>
    public static BinaryRows Scored(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        RejectMulticlassForms(call, function, allowClasses: false);
        var truth = Required(call, function, context, "ground_truth_property");
        var predicted = Required(call, function, context, "predicted_property");
        if (predicted.Type is not (ColumnType.Float or ColumnType.Integer))
            throw Error(DiagnosticDescriptors.TypeMismatch, predicted.Span,
                $"`{function.Name}` needs a score (the probability of the positive class) in `predicted_property`; `{predicted.Name}` holds {predicted.TypeName}");
        return ScoreRows(call, function, truth, predicted, Weight(call, function, context));
    }

    /// <summary>
    /// A score with its truth. With number or boolean labels the classes are 0 and 1 (false and
    /// true) and the score is the probability of 1, whatever pos_label says (scikit-learn); with
    /// string labels the score is the probability of pos_label.
    /// </summary>
    private static BinaryRows ScoreRows(FunctionCall call, FunctionDefinition function, Operand truth, Operand predicted, Operand? weight)
    {
        var kind = KindOf(truth, function, "ground_truth_property");
        var present = Present(truth, predicted, weight);
        var positiveClass = PositiveClass.Bind(call, function, kind, truth);
        var scoreIsReported = true;
        SqlExpr? classAsStored = null;
        var problems = new List<UndefinedWhen>();
        switch (kind)
        {
            case LabelKind.Number:
                var number = Convert.ToDouble(positiveClass.Value, System.Globalization.CultureInfo.InvariantCulture);
                if (number is not (0 or 1))
                    throw Error(DiagnosticDescriptors.OutOfRange, positiveClass.Span,
                        $"with a score in `{predicted.Name}` the classes are 0 and 1 (the score is the probability of 1), so `pos_label` must be 0 or 1; got {positiveClass.Value}");
                scoreIsReported = number == 1;
                if (TwoClasses.NotZeroOrOne(truth,
                        $"`{truth.Name}` holds values other than 0 and 1, but with a score in `{predicted.Name}` the classes are 0 and 1 (several classes are not supported yet)") is { } notTwoClasses)
                    problems.Add(notTwoClasses);
                if (truth.Type == ColumnType.Integer && NativeAggregates.TakesAsClass(truth.TypeName)) classAsStored = truth.Value.Value;
                break;
            case LabelKind.Boolean:
                scoreIsReported = positiveClass.Value is true;
                break;
            case LabelKind.Text:
                problems.Add(TwoClasses.MoreThanOneOther(new[] { truth }, positiveClass.Parameter,
                    $"`{truth.Name}` holds more than one class besides pos_label: binary metrics need two classes (several classes are not supported yet)"));
                break;
        }

        return new BinaryRows
        {
            Present = present,
            NaNGuard = NaNGuard(truth, predicted, weight),
            Positive = Eq(truth.Value.Value, positiveClass.Parameter),
            Negative = new SqlBinary("<>", truth.Value.Value, positiveClass.Parameter),
            Weight = weight?.AsDouble,
            Score = predicted.AsDouble,
            ScoreIsReported = scoreIsReported,
            ScoredClassAsStored = classAsStored,
            ClassProblems = problems,
        };
    }

    /// <summary>Labels on both sides: a row is predicted positive when its prediction equals pos_label.</summary>
    private static BinaryRows LabelRows(FunctionCall call, FunctionDefinition function, Operand truth, Operand predicted, Operand? weight, bool oneVsRest)
    {
        var truthKind = KindOf(truth, function, "ground_truth_property");
        var predictedKind = KindOf(predicted, function, "predicted_property");
        var present = Present(truth, predicted, weight);
        if (truthKind != predictedKind)
        {
            // true/false and 1/0 are the same classes (scikit-learn compares them so); strings are not numbers.
            if (truthKind == LabelKind.Text || predictedKind == LabelKind.Text)
                throw Error(DiagnosticDescriptors.TypeMismatch, predicted.Span,
                    $"`{predicted.Name}` holds {predicted.TypeName} labels but `{truth.Name}` holds {truth.TypeName} ones: a prediction and its truth must be labels of one kind");
            truth = AsInteger(truth);
            predicted = AsInteger(predicted);
            truthKind = LabelKind.Number;
        }

        var positiveClass = PositiveClass.Bind(call, function, truthKind, truth);
        var problems = truthKind == LabelKind.Boolean || oneVsRest || TwoClasses.ProvenZeroOrOne(new[] { truth, predicted }, positiveClass.Value)
            ? Array.Empty<UndefinedWhen>()
            : new[]
            {
                TwoClasses.MoreThanOneOther(new[] { truth, predicted }, positiveClass.Parameter,
                    $"`{truth.Name}` and `{predicted.Name}` hold more than one class besides pos_label: binary metrics need two classes (several classes are not supported yet)"),
            };
        return new BinaryRows
        {
            Present = present,
            NaNGuard = NaNGuard(truth, predicted, weight),
            Positive = Eq(truth.Value.Value, positiveClass.Parameter),
            Negative = new SqlBinary("<>", truth.Value.Value, positiveClass.Parameter),
            PredictedPositive = Eq(predicted.Value.Value, positiveClass.Parameter),
            PredictedNegative = new SqlBinary("<>", predicted.Value.Value, positiveClass.Parameter),
            Weight = weight?.AsDouble,
            ClassProblems = problems,
        };
    }

    private static Operand AsInteger(Operand operand) => operand.Type != ColumnType.Boolean
        ? operand
        : operand with { Value = new PlannedValue(new SqlCast(operand.Value.Value, "INTEGER"), ColumnType.Integer) };

    /// <summary>§6 presence, NULL-propagating (BinaryRows.Present is only used where NULL acts as false).</summary>
    private static SqlExpr Present(Operand truth, Operand predicted, Operand? weight) =>
        TranslationContext.PresentWhereNullIsFalse(Operands(truth, predicted, weight).Select(o => o.Value).ToArray());

    private static SqlExpr? NaNGuard(Operand truth, Operand predicted, Operand? weight)
    {
        var floats = Operands(truth, predicted, weight).Where(o => o.Type == ColumnType.Float).ToArray();
        return floats.Length == 0 ? null : And(floats.Select(o => Not(Call("isnan", o.Value.Value))).ToArray());
    }

    private static IEnumerable<Operand> Operands(Operand truth, Operand predicted, Operand? weight) =>
        weight is null ? new[] { truth, predicted } : new[] { truth, predicted, weight };

    private static LabelKind KindOf(Operand column, FunctionDefinition function, string parameter) =>
        LabelKinds.Of(column.Type) ?? throw Error(DiagnosticDescriptors.TypeMismatch, column.Span,
            $"`{parameter}` of `{function.Name}` must hold class labels (numbers, booleans or strings); `{column.Name}` holds {column.TypeName}");

    private static Operand Required(FunctionCall call, FunctionDefinition function, TranslationContext context, string parameter) =>
        TranslationContext.Argument(call, function, parameter) is { } argument
            ? Operand.Of(argument, context)
            : throw Error(DiagnosticDescriptors.MissingParameter, NameSpan(call), $"`{function.Name}` needs `{parameter}`");

    private static Operand? Weight(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        if (TranslationContext.Argument(call, function, "weight_property") is not { } argument) return null;
        var weight = Operand.Of(argument, context);
        if (weight.Type is not (ColumnType.Float or ColumnType.Integer))
            throw Error(DiagnosticDescriptors.TypeMismatch, weight.Span,
                $"`weight_property` of `{function.Name}` must hold numbers; `{weight.Name}` holds {weight.TypeName}");
        return weight;
    }

    /// <summary>
    /// Probability columns, a label set, an average over classes reach here only with a score (label
    /// columns of several classes go to the multiclass translators first): refused clearly.
    /// </summary>
    private static void RejectMulticlassForms(FunctionCall call, FunctionDefinition function, bool allowClasses)
    {
        if (TranslationContext.Argument(call, function, "predicted_property") is ListExpr columns)
            throw Error(DiagnosticDescriptors.NotSupported, columns.Span,
                $"`{function.Name}` over probability columns (one per class) is not supported by the engine yet; give the score of the positive class");
        if (!allowClasses && TranslationContext.Argument(call, function, "classes") is { } classes)
            throw Error(DiagnosticDescriptors.NotSupported, classes.Span,
                $"`classes` (a multiclass label set) with a score is not supported: a label set needs label columns, and `{function.Name}` of a score reports on pos_label");
        // f1/precision/recall's `average` has 'binary'; auc's and average_precision's combine probability columns and, as in scikit-learn, mean nothing for one score.
        if (function.FindParameter("average") is { } average && average.EnumValues.Contains("binary")
            && TranslationContext.Argument(call, function, "average") is StringLiteral { Value: not "binary" } other)
            throw Error(DiagnosticDescriptors.NotSupported, other.Span,
                $"`average: '{other.Value}'` (an average over several classes) of a score is not supported: averages over classes need label columns, and `{function.Name}` of a score reports on pos_label");
    }

    private static SourceSpan NameSpan(FunctionCall call) => call.NameSpan.IsNone ? call.Span : call.NameSpan;

    internal static QueryException Error(DiagnosticDescriptor descriptor, SourceSpan span, string message) =>
        new(new[] { descriptor.At(span, message) });
}
