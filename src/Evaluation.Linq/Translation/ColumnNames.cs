using System.Linq.Expressions;
using System.Reflection;
using Evaluation.Engine.Sources;

namespace Evaluation.Linq.Translation;

/// <summary>Members of row types as column names: the member's name, or the one <c>[Column]</c> gives.</summary>
internal static class ColumnNames
{
    /// <summary>The engine's rule (<see cref="ObjectBatches.ColumnName"/>), so the columns objects are written to are the ones queries read.</summary>
    public static string Of(MemberInfo member) => ObjectBatches.ColumnName(member);

    /// <summary>
    /// The column a row-parameter expression reads: <c>r.Score</c>, with conversions the compiler
    /// adds (<c>(double)r.Label</c>, an enum read as its number, a nullable lifted) looked through.
    /// Null when the expression is anything else.
    /// </summary>
    public static string? Column(Expression expression, ParameterExpression row)
    {
        var inner = StripConversions(expression);
        if (inner is MemberExpression { Member.Name: "Value" } nullable && Nullable.GetUnderlyingType(nullable.Expression?.Type ?? typeof(object)) is not null)
            inner = StripConversions(nullable.Expression!);
        return inner is MemberExpression member && member.Expression == row ? Of(member.Member) : null;
    }

    public static Expression StripConversions(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
            expression = convert.Operand;
        return expression;
    }
}
