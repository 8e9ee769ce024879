using Evaluation.Engine.Aggregates;
using Evaluation.Engine.Planning;
using Evaluation.Engine.Sql.Translators.Binary;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Multiclass;

/// <summary>
/// ROC AUC over probability columns (scikit-learn roc_auc_score with multi_class): each row's
/// probabilities renormalised to sum 1 (as scikit-learn requires), the class of column k the k-th
/// label (the <c>classes</c> list, else the sorted distinct ground-truth labels of the group, a
/// per-row window so aggregates can compare with it).
/// <list type="bullet">
/// <item>ovr: column k against truth == class k, by <see cref="RocAucSql"/>'s exact rank sum
/// (twice the average descending rank over the group's rows), averaged unweighted (macro) or by
/// true count (weighted);</item>
/// <item>ovo (Hand &amp; Till): for each pair j &lt; k, (A(j|k) + A(k|j)) / 2 over the rows of the
/// two classes, where A(j|k) scores by column j; the pairs' counts come from one running
/// <c>histogram</c> of the truth per column (rows at or above a score, ties included), so
/// A = ½ + (S₂ − S₁) / (2·Pⱼ·Pₖ) as RocAucSql's weighted form with unit weights; the mean
/// over pairs, unweighted (macro) or by the pair's rows (weighted).</item>
/// </list>
/// With the C# aggregates, each one-vs-rest or one-vs-one AUC is one <c>evalq_auc</c> call over the
/// rows it reads, in place of the windows. micro (pooling every row-class pair) is not supported yet.
/// </summary>
internal static class ProbabilityRocAucSql
{
    public static PlannedValue Translate(FunctionCall call, FunctionDefinition function, ListExpr columnList, TranslationContext context, bool nativeAggregates)
    {
        var truth = LabelColumns.Required(call, function, context, "ground_truth_property");
        var kind = LabelColumns.KindOf(truth, function, "ground_truth_property");
        if (TranslationContext.Argument(call, function, "weight_property") is { } weight)
            throw BinaryInputs.Error(DiagnosticDescriptors.NotSupported, weight.Span,
                $"`weight_property` on `{function.Name}` over probability columns is not supported by the engine yet");
        var average = TranslationContext.Text(call, function, "average") ?? "macro";
        if (average == "micro")
            throw BinaryInputs.Error(DiagnosticDescriptors.NotSupported, TranslationContext.Argument(call, function, "average")!.Span,
                $"`average: 'micro'` of `{function.Name}` over probability columns is not supported by the engine yet; use 'macro' or 'weighted'");
        var multiClass = TranslationContext.Text(call, function, "multi_class") ?? "ovr";
        var probabilities = columnList.Items.Select(item => Operand.Of(item, context)).ToList();
        foreach (var p in probabilities.Where(p => p.Type is not (ColumnType.Float or ColumnType.Integer)))
            throw BinaryInputs.Error(DiagnosticDescriptors.TypeMismatch, p.Span,
                $"the probability columns of `{function.Name}` must hold numbers; `{p.Name}` holds {p.TypeName}");
        if (probabilities.Count < 2)
            throw BinaryInputs.Error(DiagnosticDescriptors.OutOfRange, columnList.Span, $"`{function.Name}` over probability columns needs one column per class, at least two");
        var classes = LabelColumns.ClassList(call, function, kind);
        if (classes is not null && classes.Count != probabilities.Count)
            throw BinaryInputs.Error(DiagnosticDescriptors.OutOfRange, TranslationContext.Argument(call, function, "classes")!.Span,
                $"`classes` names {classes.Count} labels but there are {probabilities.Count} probability columns");

        var present = TranslationContext.AllPresent(probabilities.Select(p => p.Value).Prepend(truth.Value).ToArray());
        var t = truth.Value.Value;
        SqlExpr total = probabilities.Select(p => p.AsDouble).Aggregate(Add);
        var scores = probabilities.Select(p => Div(p.AsDouble, total)).ToList();
        var keys = context.GroupKeys.Append(present).ToList();
        // The label set per row: the classes, or the group's sorted distinct truths (a window over the group's present rows).
        SqlExpr labels = classes is not null
            ? new SqlList(classes)
            : context.BeforeGrouping(Call("list_sort", Call("map_keys", new SqlWindow(Call("histogram", t), keys, Array.Empty<SqlOrder>()))));
        SqlExpr Label(int k) => Call("list_extract", labels, Integer(k + 1));
        SqlExpr Is(int k) => Eq(t, Label(k));
        SqlExpr Count(int k) => Double(CountStar(And(present, Is(k))));

        var undefined = new List<UndefinedWhen>
        {
            new(Eq(CountStar(present), Integer(0)), "no row has both a ground truth and probabilities"),
            classes is not null
                ? new UndefinedWhen(new SqlBinary(">", CountStar(And(present, new SqlIn(t, classes, Negated: true))), Integer(0)),
                    "a ground-truth label is not in `classes`")
                : new UndefinedWhen(new SqlBinary("<>", Aggregate("max", present, Call("len", labels)), Integer(probabilities.Count)),
                    $"the number of ground-truth classes differs from the number of probability columns ({probabilities.Count})"),
        };

        var values = new List<(SqlExpr Value, SqlExpr Weight, SqlExpr Undefined)>();
        var rows = Double(CountStar(present));
        if (nativeAggregates)
        {
            SqlExpr Auc(int column, int positive, SqlExpr rowsRead) => Aggregate(NativeAggregates.Auc, rowsRead, scores[column], Is(positive));
            if (multiClass == "ovr")
            {
                for (var k = 0; k < probabilities.Count; k++)
                {
                    var p = Count(k);
                    values.Add((Auc(k, k, present), p, Or(Eq(p, Number(0)), Eq(Sub(rows, p), Number(0)))));
                }
            }
            else
            {
                for (var j = 0; j < probabilities.Count; j++)
                    for (var k = j + 1; k < probabilities.Count; k++)
                    {
                        var pair = And(present, Or(Is(j), Is(k)));
                        values.Add((Div(Add(Auc(j, j, pair), Auc(k, k, pair)), Number(2)), Add(Count(j), Count(k)),
                            Or(Eq(Count(j), Number(0)), Eq(Count(k), Number(0)))));
                    }
            }
        }
        else if (multiClass == "ovr")
        {
            for (var k = 0; k < probabilities.Count; k++)
            {
                var order = new[] { new SqlOrder(scores[k], Descending: true) };
                var twiceRank = context.BeforeGrouping(Add(new SqlWindow(Call("rank"), keys, order), new SqlWindow(CountStar(), keys, order)));
                var p = Count(k);
                var n = Sub(rows, p);
                var twiceWrong = Sub(Double(Aggregate("sum", And(present, Is(k)), twiceRank)), Mul(p, Add(p, Number(1))));
                values.Add((Sub(Number(1), Div(twiceWrong, Mul(Number(2), Mul(p, n)))), p, Or(Eq(p, Number(0)), Eq(n, Number(0)))));
            }
        }
        else
        {
            // Per column, a running histogram of the truth: rows of each class at or above the row's score.
            var above = scores.Select(score => context.BeforeGrouping(new SqlWindow(Call("histogram", t), keys, new[] { new SqlOrder(score, Descending: true) }))).ToList();
            SqlExpr AtOrAbove(int column, int @class) => Call("coalesce", Call("map_extract_value", above[column], Label(@class)), Integer(0));
            SqlExpr Auc(int column, int positive, int negative)
            {
                var s1 = Double(Aggregate("sum", And(present, Is(positive)), AtOrAbove(column, negative)));
                var s2 = Double(Aggregate("sum", And(present, Is(negative)), AtOrAbove(column, positive)));
                return Add(Number(0.5), Div(Sub(s2, s1), Mul(Number(2), Mul(Count(positive), Count(negative)))));
            }
            for (var j = 0; j < probabilities.Count; j++)
                for (var k = j + 1; k < probabilities.Count; k++)
                    values.Add((Div(Add(Auc(j, j, k), Auc(k, k, j)), Number(2)), Add(Count(j), Count(k)),
                        Or(Eq(Count(j), Number(0)), Eq(Count(k), Number(0)))));
        }

        undefined.Add(new UndefinedWhen(Or(values.Select(v => v.Undefined).ToArray()),
            multiClass == "ovr" ? "a class has no row in the ground truth, or every row is of that class, so its one-vs-rest AUC is undefined"
                : "a class has no row in the ground truth, so the AUC of its pairs is undefined"));
        var value = average == "weighted"
            ? Div(values.Select(v => Mul(v.Weight, v.Value)).Aggregate(Add), values.Select(v => v.Weight).Aggregate(Add))
            : Div(values.Select(v => v.Value).Aggregate(Add), Number(values.Count));
        return UndefinedWhen.Metric(value, undefined);
    }
}
