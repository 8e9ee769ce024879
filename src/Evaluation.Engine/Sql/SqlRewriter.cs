namespace Evaluation.Engine.Sql;

/// <summary>
/// Rebuilds a SQL tree, replacing the nodes a function maps: the planner's passes over trees the
/// translators built (QuantileMerging, PresenceColumns, CountedScores, ExactFloatSums), and the
/// walk the passes look with. The function sees each node before its children; a
/// node it replaces is not visited further. Subqueries are left as they are.
/// </summary>
internal static class SqlRewriter
{
    public static SqlExpr Rewrite(SqlExpr expression, Func<SqlExpr, SqlExpr?> replace)
    {
        if (replace(expression) is { } replaced) return replaced;
        SqlExpr R(SqlExpr e) => Rewrite(e, replace);
        IReadOnlyList<SqlExpr> All(IReadOnlyList<SqlExpr> list) => list.Select(R).ToList();
        IReadOnlyList<SqlOrder> Orders(IReadOnlyList<SqlOrder> orders) => orders.Select(o => o with { Expression = R(o.Expression) }).ToList();
        SqlCall Call(SqlCall call) => call with
        {
            Arguments = All(call.Arguments),
            Filter = call.Filter is null ? null : R(call.Filter),
            OrderWithin = Orders(call.OrderWithin),
        };

        return expression switch
        {
            SqlCall call => Call(call),
            SqlBinary binary => binary with { Left = R(binary.Left), Right = R(binary.Right) },
            SqlUnary unary => unary with { Operand = R(unary.Operand) },
            SqlIsNull isNull => isNull with { Operand = R(isNull.Operand) },
            SqlIn @in => @in with { Operand = R(@in.Operand), Items = All(@in.Items) },
            SqlCase @case => new SqlCase(@case.Branches.Select(b => (R(b.When), R(b.Then))).ToList(), @case.Else is null ? null : R(@case.Else)),
            SqlCast cast => cast with { Operand = R(cast.Operand) },
            SqlStruct @struct => new SqlStruct(@struct.Fields.Select(f => (f.Name, R(f.Value))).ToList()),
            SqlList list => new SqlList(All(list.Items)),
            // A window's own call is not offered for replacement: it is not an aggregate of the group.
            SqlWindow window => new SqlWindow(Call(window.Call), All(window.PartitionBy), Orders(window.OrderBy)),
            SqlLambda lambda => lambda with { Body = R(lambda.Body) },
            _ => expression,
        };
    }

    /// <summary>The items with each expression rewritten by <paramref name="replace"/> (as <see cref="Rewrite"/>).</summary>
    public static IReadOnlyList<SqlSelectItem> RewriteItems(IReadOnlyList<SqlSelectItem> items, Func<SqlExpr, SqlExpr?> replace) =>
        items.Select(i => i with { Expression = Rewrite(i.Expression, replace) }).ToList();

    /// <summary>
    /// Calls <paramref name="visit"/> on every node the rewriter would offer for replacement, parents
    /// before children, without building anything (a pass that only looks runs at every plan).
    /// </summary>
    public static void Walk(SqlExpr expression, Action<SqlExpr> visit)
    {
        visit(expression);
        foreach (var child in Children(expression)) Walk(child, visit);
    }

    /// <summary>The nodes <see cref="Rewrite"/> offers right below <paramref name="expression"/>, in its order.</summary>
    public static IEnumerable<SqlExpr> Children(SqlExpr expression)
    {
        static IEnumerable<SqlExpr> OfCall(SqlCall call) =>
            call.Arguments.Concat(call.Filter is null ? Array.Empty<SqlExpr>() : new[] { call.Filter }).Concat(call.OrderWithin.Select(o => o.Expression));

        return expression switch
        {
            SqlCall call => OfCall(call),
            SqlBinary binary => new[] { binary.Left, binary.Right },
            SqlUnary unary => new[] { unary.Operand },
            SqlIsNull isNull => new[] { isNull.Operand },
            SqlIn @in => @in.Items.Prepend(@in.Operand),
            SqlCase @case => @case.Branches.SelectMany(b => new[] { b.When, b.Then }).Concat(@case.Else is null ? Array.Empty<SqlExpr>() : new[] { @case.Else }),
            SqlCast cast => new[] { cast.Operand },
            SqlStruct @struct => @struct.Fields.Select(f => f.Value),
            SqlList list => list.Items,
            // As in Rewrite: a window's own call is not offered, its arguments are.
            SqlWindow window => OfCall(window.Call).Concat(window.PartitionBy).Concat(window.OrderBy.Select(o => o.Expression)),
            SqlLambda lambda => new[] { lambda.Body },
            _ => Array.Empty<SqlExpr>(),
        };
    }
}
