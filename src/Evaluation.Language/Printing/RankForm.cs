using Evaluation.Language.Ast;

namespace Evaluation.Language.Printing;

/// <summary>
/// The DSL's own form of a <c>rank</c> select item (LANGUAGE.md §5):
/// <c>rank score within metric direction min</c>. The printer uses it for every <c>rank</c> call
/// that the form can say exactly, so <c>parse(print(ast)) == ast</c>: the name spelled <c>rank</c>,
/// a column to rank, <c>within</c> a column or a list of columns, <c>direction</c> one of
/// <c>max</c>, <c>min</c>, <c>catalog</c> or a number. Any other <c>rank</c> call prints as a call.
/// </summary>
internal static class RankForm
{
    /// <summary>The call in the rank form, or null when only the call form can say it.</summary>
    public static string? Print(FunctionCall call)
    {
        if (!string.Equals(call.Name, "rank", StringComparison.Ordinal)) return null;
        string? property = null, within = null, direction = null;
        foreach (var argument in call.Arguments)
        {
            switch (argument.Name, argument.Value)
            {
                case ("property", ColumnRef c) when property is null:
                    property = DslNames.Column(c.Name);
                    break;
                case ("within", ColumnRef c) when within is null:
                    within = DslNames.Column(c.Name);
                    break;
                case ("within", ListExpr list) when within is null && list.Items.All(i => i is ColumnRef):
                    within = "[" + string.Join(", ", list.Items.Cast<ColumnRef>().Select(c => DslNames.Column(c.Name))) + "]";
                    break;
                case ("direction", StringLiteral { Value: "max" or "min" or "catalog" } s) when direction is null:
                    direction = s.Value;
                    break;
                case ("direction", NumberLiteral n) when direction is null:
                    direction = DslNames.Number(n.Value);
                    break;
                default:
                    return null;
            }
        }
        if (property is null) return null;
        return "rank " + property + (within is null ? "" : " within " + within) + (direction is null ? "" : " direction " + direction);
    }
}
