namespace Evaluation.Language.Ast;

/// <summary>Every column an expression or condition reads, in order: through calls, lists, threshold rules and nested conditions.</summary>
public static class ColumnReferences
{
    /// <summary>The columns <paramref name="expression"/> reads.</summary>
    public static IEnumerable<ColumnRef> Of(Expr expression) => expression switch
    {
        ColumnRef c => new[] { c },
        FunctionCall f => f.Arguments.SelectMany(a => Of(a.Value)),
        ListExpr l => l.Items.SelectMany(Of),
        ThresholdRule r => r.Conditions.SelectMany(Of),
        _ => Array.Empty<ColumnRef>(),
    };

    /// <summary>The columns <paramref name="condition"/> reads.</summary>
    public static IEnumerable<ColumnRef> Of(Condition condition) => condition switch
    {
        Comparison c => new[] { c.Property },
        AndCondition a => a.Operands.SelectMany(Of),
        OrCondition o => o.Operands.SelectMany(Of),
        NotCondition n => Of(n.Operand),
        _ => Array.Empty<ColumnRef>(),
    };
}
