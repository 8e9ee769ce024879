using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Engine.Sql.Translators.Multiclass;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// The threshold family of binary classification: the confusion matrix and everything computed
/// from its four cells. Where scikit-learn substitutes a number for an undefined ratio (0 for
/// precision with no predicted positive, 0 for MCC with an empty row or column) the value is NaN
/// with the reason (LANGUAGE.md §6).
/// </summary>
internal sealed class ConfusionTranslator : IFunctionTranslator
{
    public IEnumerable<string> Functions => new[]
    {
        "confusionMatrix", "confusionMatrixRate", "truePositiveRate", "falsePositiveRate", "trueNegativeRate",
        "falseNegativeRate", "accuracyRate", "balancedAccuracyRate", "f1", "sensitivity", "specificity",
        "precision", "recall", "mcc", "cohen_kappa", "balanced_accuracy",
        "confusionMatrixMulticlass", "confusionMatrixRateMulticlass", "truePositiveRateMulticlass",
        "falsePositiveRateMulticlass", "trueNegativeRateMulticlass", "falseNegativeRateMulticlass",
    };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        // Label columns: the K-class forms (an average over classes, kappa, MCC, balanced accuracy) are the multiclass translator's.
        if (MulticlassLabelTranslator.TakesShared(call, function, context) is { } multiclass) return multiclass;
        var name = OneVsRestNames.TryGetValue(function.Name, out var binaryName) ? binaryName : function.Name;
        var oneVsRest = function.OneVsRest
            || (name is "f1" or "precision" or "recall" && LabelColumns.AreLabels(call, function, context));
        var rows = BinaryInputs.Thresholded(call, function, context, oneVsRest);
        var c = new ConfusionCounts(rows);
        // A ratio names only the cells it reads, so DuckDB counts no more of them than it needs; an empty
        // group then reads as an empty denominator ("no predicted positive").
        PlannedValue Ratio(SqlExpr numerator, SqlExpr denominator, params UndefinedWhen[] undefined) =>
            UndefinedWhen.Metric(Div(numerator, denominator), rows.ClassProblems.Concat(undefined).ToList());

        switch (name)
        {
            case "confusionMatrix":
                return Matrix(rows, c);
            case "confusionMatrixRate":
                return Rates(rows, c, withScores: function.Name == "confusionMatrixRateMulticlass");
            case "truePositiveRate" or "sensitivity" or "recall":
                return Ratio(c.Tp, c.Positives, c.NoPositives);
            case "falseNegativeRate":
                return Ratio(c.Fn, c.Positives, c.NoPositives);
            case "falsePositiveRate":
                return Ratio(c.Fp, c.Negatives, c.NoNegatives);
            case "trueNegativeRate" or "specificity":
                return Ratio(c.Tn, c.Negatives, c.NoNegatives);
            case "accuracyRate":
                return Ratio(Add(c.Tp, c.Tn), c.All, c.NoRows);
            case "precision":
                return Ratio(c.Tp, c.PredictedPositives, c.NoPredictedPositives);
            case "balancedAccuracyRate" or "balanced_accuracy":
                return Ratio(Add(Div(c.Tp, c.Positives), Div(c.Tn, c.Negatives)), Number(2), c.NoRows, c.NoPositives, c.NoNegatives);
            case "f1":
            {
                // 2TP / (2TP + FP + FN): the harmonic mean of precision and recall, and still defined (0)
                // when only one of them is, as scikit-learn gives it.
                var denominator = Add(Mul(Number(2), c.Tp), Add(c.Fp, c.Fn));
                return Ratio(Mul(Number(2), c.Tp), denominator,
                    new UndefinedWhen(ConfusionCounts.IsZero(denominator), "no row of the positive class and no predicted positive"));
            }
            case "mcc":
                return Ratio(Sub(Mul(c.Tp, c.Tn), Mul(c.Fp, c.Fn)),
                    Call("sqrt", Mul(Mul(c.PredictedPositives, c.Positives), Mul(c.Negatives, c.PredictedNegatives))),
                    c.NoRows, c.NoPositives, c.NoNegatives, c.NoPredictedPositives, c.NoPredictedNegatives);
            default:
            {
                // cohen_kappa: (pₒ − pₑ) / (1 − pₑ) written over the cells, 2(TP·TN − FN·FP) / ((TP+FP)(FP+TN) + (TP+FN)(FN+TN)),
                // so the numerator is exact for counts.
                var denominator = Add(Mul(c.PredictedPositives, c.Negatives), Mul(c.Positives, c.PredictedNegatives));
                return Ratio(Mul(Number(2), Sub(Mul(c.Tp, c.Tn), Mul(c.Fn, c.Fp))), denominator, c.NoRows,
                    new UndefinedWhen(ConfusionCounts.IsZero(denominator),
                        "every row has one and the same class in truth and prediction, so agreement by chance is 1 and kappa is 0/0"));
            }
        }
    }

    /// <summary>Arthur's one-vs-rest functions over label columns with a <c>class</c>: the binary function of that class against the rest.</summary>
    private static readonly Dictionary<string, string> OneVsRestNames = new(StringComparer.Ordinal)
    {
        ["confusionMatrixMulticlass"] = "confusionMatrix",
        ["confusionMatrixRateMulticlass"] = "confusionMatrixRate",
        ["truePositiveRateMulticlass"] = "truePositiveRate",
        ["falsePositiveRateMulticlass"] = "falsePositiveRate",
        ["trueNegativeRateMulticlass"] = "trueNegativeRate",
        ["falseNegativeRateMulticlass"] = "falseNegativeRate",
    };

    /// <summary>Arthur's four fields; NULL (with the reason) where the labels are not two classes.</summary>
    private static PlannedValue Matrix(BinaryRows rows, ConfusionCounts c)
    {
        SqlExpr matrix = new SqlStruct(new[]
        {
            ("true_positive", c.TruePositiveCell),
            ("false_positive", c.FalsePositiveCell),
            ("true_negative", c.TrueNegativeCell),
            ("false_negative", c.FalseNegativeCell),
        });
        if (rows.ClassProblems.Count == 0) return new PlannedValue(matrix, ColumnType.Struct);
        return new PlannedValue(new SqlCase(new[] { (UndefinedWhen.Any(rows.ClassProblems), (SqlExpr)SqlConstant.Null) }, matrix),
            ColumnType.Struct, UndefinedWhen.Reasons(rows.ClassProblems));
    }

    /// <summary>
    /// The catalog's five rates in one struct (with <paramref name="withScores"/>, the one-vs-rest
    /// struct's balanced accuracy, precision and F1 too): each field NaN where it is undefined, and
    /// one reason that names the fields.
    /// </summary>
    private static PlannedValue Rates(BinaryRows rows, ConfusionCounts c, bool withScores)
    {
        var always = rows.ClassProblems.Append(c.NoRows).ToList();
        SqlExpr Field(SqlExpr numerator, SqlExpr denominator, UndefinedWhen? undefined) =>
            NaNWhen(UndefinedWhen.Any(undefined is null ? always : always.Append(undefined).ToList()), Div(numerator, denominator));
        var fields = new List<(string, SqlExpr)>
        {
            ("true_positive_rate", Field(c.Tp, c.Positives, c.NoPositives)),
            ("false_positive_rate", Field(c.Fp, c.Negatives, c.NoNegatives)),
            ("true_negative_rate", Field(c.Tn, c.Negatives, c.NoNegatives)),
            ("false_negative_rate", Field(c.Fn, c.Positives, c.NoPositives)),
            ("accuracy_rate", Field(Add(c.Tp, c.Tn), c.All, null)),
        };
        var reasons = always
            .Append(c.NoPositives with { Reason = (withScores ? "true_positive_rate, false_negative_rate and balanced_accuracy_rate: " : "true_positive_rate and false_negative_rate: ") + c.NoPositives.Reason })
            .Append(c.NoNegatives with { Reason = (withScores ? "false_positive_rate, true_negative_rate and balanced_accuracy_rate: " : "false_positive_rate and true_negative_rate: ") + c.NoNegatives.Reason })
            .ToList();
        if (withScores)
        {
            var twiceTp = Mul(Number(2), c.Tp);
            var f1Denominator = Add(twiceTp, Add(c.Fp, c.Fn));
            var noF1 = new UndefinedWhen(ConfusionCounts.IsZero(f1Denominator), "f1: no row of the positive class and no predicted positive");
            fields.Add(("balanced_accuracy_rate", NaNWhen(UndefinedWhen.Any(always.Append(c.NoPositives).Append(c.NoNegatives).ToList()),
                Div(Add(Div(c.Tp, c.Positives), Div(c.Tn, c.Negatives)), Number(2)))));
            fields.Add(("precision", Field(c.Tp, c.PredictedPositives, c.NoPredictedPositives)));
            fields.Add(("f1", Field(twiceTp, f1Denominator, noF1)));
            reasons.Add(c.NoPredictedPositives with { Reason = "precision: " + c.NoPredictedPositives.Reason });
            reasons.Add(noF1);
        }
        return new PlannedValue(new SqlStruct(fields), ColumnType.Struct, UndefinedWhen.Reasons(reasons));
    }
}
