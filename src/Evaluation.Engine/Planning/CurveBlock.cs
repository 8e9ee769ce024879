using Evaluation.Engine.Sql;
using Evaluation.Engine.Sql.Translators.Binary;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Planning;

/// <summary>
/// Plans a block whose select holds a curve function (<c>roc_curve</c>, <c>pr_curve</c>): one row
/// per kept threshold per group, as scikit-learn's <c>roc_curve</c> (drop_intermediate=True) and
/// <c>precision_recall_curve</c> define them. Every step is SQL over the rows in place:
/// <list type="number">
/// <item>counts: per group and distinct score, the (weighted) positives and negatives;</item>
/// <item>cumulative: TP and FP at each threshold, highest first (scikit-learn's <c>_binary_clf_curve</c>);</item>
/// <item>neighbours: the previous and next points and the group's totals;</item>
/// <item>the kept points, with the first point (+Infinity at the origin, or precision 1 at recall 0)
/// added by <c>unnest</c>ing a two-element list on the row that starts the group.</item>
/// </list>
/// Group keys and the curve's columns are the output; the curve stands alone in its select.
/// </summary>
internal static class CurveBlock
{
    private const string Threshold = "__evalq_curve_t";
    private const string Positives = "__evalq_curve_pos";
    private const string Negatives = "__evalq_curve_neg";
    private const string TruePositives = "__evalq_curve_tps";
    private const string FalsePositives = "__evalq_curve_fps";
    private const string Previous = "__evalq_curve_prev_";
    private const string Next = "__evalq_curve_next_";
    private const string TotalPositives = "__evalq_curve_p";
    private const string TotalNegatives = "__evalq_curve_n";
    private const string First = "__evalq_curve_first";
    private const string FullRecallAt = "__evalq_curve_full";

    /// <summary>The curve item of a block's select, or null when it has none.</summary>
    public static (ExprItem Item, FunctionCall Call, FunctionDefinition Function)? Find(Query query, FunctionCatalog catalog)
    {
        foreach (var item in query.Select.OfType<ExprItem>())
            if (item.Expression is FunctionCall call && catalog.Find(call.Name) is { Kind: FunctionKind.Curve } function)
                return (item, call, function);
        return null;
    }

    /// <summary>The block's plan; <paramref name="keyNames"/> are the output names of the group keys, in group-by order.</summary>
    public static QueryPlan Plan(Query query, (ExprItem Item, FunctionCall Call, FunctionDefinition Function) curve, TranslationContext context,
        SqlRelation relation, SqlExpr? where, IReadOnlyList<string> keyNames)
    {
        Check(query, curve.Item, curve.Function, keyNames);
        var rows = BinaryInputs.Scored(curve.Call, curve.Function, context);
        var keys = keyNames.Select(k => (SqlExpr)new SqlColumn(k)).ToList();
        var isRoc = curve.Function.Name == "roc_curve";

        // 1. Per group and distinct score: the weight of the positives and of the negatives.
        SqlExpr Count(SqlExpr condition) => rows.Weight is { } weight
            ? Call("coalesce", Aggregate("fsum", condition, weight), Number(0)) // a DOUBLE sum: fsum, as everywhere
            : Double(CountStar(condition));
        var counts = new SqlSelect(
            context.GroupKeys.Select((k, i) => new SqlSelectItem(k, keyNames[i]))
                .Append(new SqlSelectItem(rows.Score!, Threshold))
                .Append(new SqlSelectItem(Count(rows.ScoredPositive), Positives))
                .Append(new SqlSelectItem(Count(rows.ScoredNegative), Negatives)).ToList(),
            relation)
        {
            Where = And(where, rows.Present),
            GroupBy = Enumerable.Range(1, keyNames.Count + 1).Select(p => Integer(p)).ToList(),
            Aggregates = true,
        };

        // 2. TP and FP at each threshold: everything scored at or above it.
        var descending = new[] { new SqlOrder(new SqlColumn(Threshold), Descending: true) };
        SqlExpr Running(string column) => new SqlWindow(Call("sum", new SqlColumn(column)), keys, descending);
        var cumulative = new SqlSelect(
            keys.Select((k, i) => new SqlSelectItem(k, keyNames[i]))
                .Append(new SqlSelectItem(new SqlColumn(Threshold), Threshold))
                .Append(new SqlSelectItem(Running(Positives), TruePositives))
                .Append(new SqlSelectItem(Running(Negatives), FalsePositives)).ToList(),
            new SqlSubqueryRelation(counts, "curve_counts"));

        // 3. Neighbours and totals.
        SqlExpr Over(string function, string column) => new SqlWindow(Call(function, new SqlColumn(column)), keys, descending);
        SqlExpr Total(string column) => new SqlWindow(Call("max", new SqlColumn(column)), keys, Array.Empty<SqlOrder>());
        var neighbourItems = keys.Select((k, i) => new SqlSelectItem(k, keyNames[i])).ToList();
        neighbourItems.AddRange(new[]
        {
            new SqlSelectItem(new SqlColumn(Threshold), Threshold),
            new SqlSelectItem(new SqlColumn(TruePositives), TruePositives),
            new SqlSelectItem(new SqlColumn(FalsePositives), FalsePositives),
            new SqlSelectItem(Over("lag", TruePositives), Previous + "tps"),
            new SqlSelectItem(Over("lead", TruePositives), Next + "tps"),
            new SqlSelectItem(Over("lag", FalsePositives), Previous + "fps"),
            new SqlSelectItem(Over("lead", FalsePositives), Next + "fps"),
            new SqlSelectItem(Total(TruePositives), TotalPositives),
            new SqlSelectItem(Total(FalsePositives), TotalNegatives),
            new SqlSelectItem(Eq(new SqlWindow(Call("row_number"), keys, descending), Integer(1)), First),
        });
        var neighbours = new SqlSelect(neighbourItems, new SqlSubqueryRelation(cumulative, "curve_cumulative"));

        var (points, columns) = isRoc
            ? Roc(keys, keyNames, new SqlSubqueryRelation(neighbours, "curve_points"), curve.Function.ResultFields)
            : PrecisionRecall(keys, keyNames, neighbours, curve.Function.ResultFields);

        var select = points;
        SqlSelect? total = null;
        if (query.Limit is not null || query.Offset is not null)
        {
            total = new SqlSelect(new[] { new SqlSelectItem(CountStar(), "total") },
                new SqlSubqueryRelation(select with { OrderBy = Array.Empty<SqlOrder>() }, "counted"));
            if (query.Limit is not null) select = select with { Limit = new SqlParameter((long)query.Limit.Value) };
            if (query.Offset is not null) select = select with { Offset = new SqlParameter((long)query.Offset.Value) };
        }
        var keyColumns = keyNames.Select(k => new PlannedColumn(k, context.Schema(k)?.Type ?? ColumnType.Other));
        return new QueryPlan(select, keyColumns.Concat(columns.Select(c => new PlannedColumn(c, ColumnType.Float, Metric: curve.Function.Name))).ToList())
        {
            GroupColumns = keyNames,
            Total = total,
            Policy = query.OnUndefined ?? UndefinedPolicy.Nan,
        };
    }

    /// <summary>
    /// roc_curve: keep the first and last points and every point where the curve bends (a non-zero
    /// second difference of FP or TP, scikit-learn's drop_intermediate); the group's first row also
    /// yields the +Infinity point at (0, 0).
    /// </summary>
    private static (SqlSelect, IReadOnlyList<string>) Roc(IReadOnlyList<SqlExpr> keys, IReadOnlyList<string> keyNames, SqlRelation points, IReadOnlyList<string> fields)
    {
        SqlExpr C(string name) => new SqlColumn(name);
        SqlExpr Bends(string suffix, string column) => new SqlBinary("<>",
            Add(Sub(C(Previous + suffix), Mul(Number(2), C(column))), C(Next + suffix)), Number(0));
        var kept = Or(new SqlIsNull(C(Previous + "tps"), Negated: false), new SqlIsNull(C(Next + "tps"), Negated: false),
            Bends("fps", FalsePositives), Bends("tps", TruePositives));
        // Both points of a group with no negative (positive) row have a NaN rate, the added origin too (scikit-learn).
        SqlExpr Rate(SqlExpr count, string total) =>
            new SqlCase(new[] { (Eq(C(total), Number(0)), (SqlExpr)SqlConstant.NaN) }, Div(count, C(total)));
        var items = keys.Select((k, i) => new SqlSelectItem(k, keyNames[i])).ToList();
        items.Add(new SqlSelectItem(WithFirst(Number(double.PositiveInfinity), C(Threshold), before: true), fields[0]));
        items.Add(new SqlSelectItem(WithFirst(Rate(Number(0), TotalNegatives), Rate(C(FalsePositives), TotalNegatives), before: true), fields[1]));
        items.Add(new SqlSelectItem(WithFirst(Rate(Number(0), TotalPositives), Rate(C(TruePositives), TotalPositives), before: true), fields[2]));
        var order = Enumerable.Range(1, keys.Count).Select(p => new SqlOrder(Integer(p)))
            .Append(new SqlOrder(Integer(keys.Count + 1), Descending: true)).ToList();
        return (new SqlSelect(items, points) { Where = kept, OrderBy = order }, fields);
    }

    /// <summary>
    /// pr_curve: the points from the highest threshold down to the first that reaches full recall, in
    /// increasing threshold order, then precision 1 at recall 0 with no threshold.
    /// </summary>
    private static (SqlSelect, IReadOnlyList<string>) PrecisionRecall(IReadOnlyList<SqlExpr> keys, IReadOnlyList<string> keyNames, SqlSelect neighbours, IReadOnlyList<string> fields)
    {
        SqlExpr C(string name) => new SqlColumn(name);
        var fullRecall = new SqlWindow(Call("max", new SqlCase(new[] { (Eq(C(TruePositives), C(TotalPositives)), C(Threshold)) }, null)),
            keys, Array.Empty<SqlOrder>());
        var withFull = new SqlSelect(new[] { new SqlSelectItem(new SqlStar(), ""), new SqlSelectItem(fullRecall, FullRecallAt) },
            new SqlSubqueryRelation(neighbours, "curve_points"));
        var predicted = Add(C(TruePositives), C(FalsePositives));
        var precision = new SqlCase(new[] { (Eq(predicted, Number(0)), Number(0)) }, Div(C(TruePositives), predicted));
        var recall = new SqlCase(new[] { (Eq(C(TotalPositives), Number(0)), Number(1)) }, Div(C(TruePositives), C(TotalPositives)));
        var items = keys.Select((k, i) => new SqlSelectItem(k, keyNames[i])).ToList();
        items.Add(new SqlSelectItem(WithFirst(new SqlCast(SqlConstant.Null, "DOUBLE"), C(Threshold), before: false), fields[0]));
        items.Add(new SqlSelectItem(WithFirst(Number(1), precision, before: false), fields[1]));
        items.Add(new SqlSelectItem(WithFirst(Number(0), recall, before: false), fields[2]));
        var order = Enumerable.Range(1, keys.Count).Select(p => new SqlOrder(Integer(p)))
            .Append(new SqlOrder(Integer(keys.Count + 1), Descending: false, NullsLast: true)).ToList();
        var kept = new SqlBinary(">=", C(Threshold), C(FullRecallAt));
        return (new SqlSelect(items, new SqlSubqueryRelation(withFull, "curve_full")) { Where = kept, OrderBy = order }, fields);
    }

    /// <summary>
    /// <c>unnest([extra, value])</c> on the group's first row (<c>[value, extra]</c> when not
    /// <paramref name="before"/>), <c>unnest([value])</c> on the others: the curve's end point is one
    /// more row. The columns of one select unnest in step, so the extra point's fields stay together.
    /// </summary>
    private static SqlExpr WithFirst(SqlExpr extra, SqlExpr value, bool before) =>
        Call("unnest", new SqlCase(new[] { ((SqlExpr)new SqlColumn(First), (SqlExpr)new SqlList(before ? new[] { extra, value } : new[] { value, extra })) },
            new SqlList(new[] { value })));

    private static void Check(Query query, ExprItem curve, FunctionDefinition function, IReadOnlyList<string> keyNames)
    {
        var problems = new List<Diagnostic>();
        var name = ((FunctionCall)curve.Expression).Name;
        foreach (var item in query.Select)
        {
            if (ReferenceEquals(item, curve)) continue;
            if (item is ExprItem e && keyNames.Contains(e.OutputName)) continue;
            problems.Add(DiagnosticDescriptors.MisplacedFunction.At(item.Span,
                $"`{name}` returns rows of its own (one per threshold), so its select holds only it and the group keys; compute other values in a query of their own"));
        }
        if (curve.Alias is not null)
            problems.Add(DiagnosticDescriptors.MisplacedFunction.At(curve.Alias.Span,
                $"`{name}` returns several named columns ({string.Join(", ", function.ResultFields)}), not one to alias; remove the alias"));
        if (query.OrderBy.Count > 0)
            problems.Add(DiagnosticDescriptors.MisplacedStage.At(query.OrderBy[0].Span,
                $"`{name}` returns its rows in the curve's order; sort them in a later stage"));
        if (query.Page is not null || query.PageSize is not null || query.Distinct)
            problems.Add(DiagnosticDescriptors.MisplacedStage.At(curve.Span, $"`{name}` cannot be paged or made distinct; use limit and offset"));
        if (problems.Count > 0) throw new QueryException(problems);
    }
}
