using System.Linq.Expressions;
using Evaluation.Language.Ast;

namespace Evaluation.Linq.Translation;

/// <summary>
/// A <c>Where</c> predicate as the language's filter algebra: comparisons of a column with a client
/// value (either side), <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, null checks and <c>HasValue</c>, a bool
/// column alone, string <c>Contains/StartsWith/EndsWith</c> (like), and <c>values.Contains(column)</c>
/// (in). The condition is built from the client values at each execution, so a captured value that
/// is null one time becomes <c>is null</c> that time.
/// </summary>
internal sealed class ConditionBuilder(Func<Expression, string?> columnOf, Dictionary<Expression, int> slots)
{
    /// <summary>Conditions on the rows of a source: <c>r.Member</c> is the member's column.</summary>
    public ConditionBuilder(ParameterExpression row, Dictionary<Expression, int> slots)
        : this(e => ColumnNames.Column(e, row), slots)
    {
    }

    public Func<object?[], Condition> Build(Expression predicate)
    {
        switch (predicate)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } logical:
            {
                var left = Build(logical.Left);
                var right = Build(logical.Right);
                return logical.NodeType == ExpressionType.AndAlso
                    ? v => new AndCondition(NodeList.Of(left(v), right(v)))
                    : v => new OrCondition(NodeList.Of(left(v), right(v)));
            }
            case UnaryExpression { NodeType: ExpressionType.Not } not:
            {
                var operand = Build(not.Operand);
                return v => new NotCondition(operand(v));
            }
            case BinaryExpression binary when Comparators.TryGetValue(binary.NodeType, out var comparator):
                return Compare(binary, comparator);
            case MemberExpression { Member.Name: "HasValue" } hasValue when hasValue.Expression is not null && columnOf(hasValue.Expression) is { } nullable:
                return _ => new Comparison(new ColumnRef(nullable), Comparator.NotNull, null);
            case MethodCallExpression call:
                return Call(call);
        }
        if (columnOf(predicate) is { } flag && ColumnNames.StripConversions(predicate).Type == typeof(bool))
            return _ => new Comparison(new ColumnRef(flag), Comparator.Eq, new BoolLiteral(true));
        throw Unsupported(predicate);
    }

    private static readonly Dictionary<ExpressionType, Comparator> Comparators = new()
    {
        [ExpressionType.Equal] = Comparator.Eq,
        [ExpressionType.NotEqual] = Comparator.Ne,
        [ExpressionType.LessThan] = Comparator.Lt,
        [ExpressionType.LessThanOrEqual] = Comparator.Lte,
        [ExpressionType.GreaterThan] = Comparator.Gt,
        [ExpressionType.GreaterThanOrEqual] = Comparator.Gte,
    };

    private static Comparator Flipped(Comparator comparator) => comparator switch
    {
        Comparator.Lt => Comparator.Gt,
        Comparator.Lte => Comparator.Gte,
        Comparator.Gt => Comparator.Lt,
        Comparator.Gte => Comparator.Lte,
        _ => comparator,
    };

    private Func<object?[], Condition> Compare(BinaryExpression binary, Comparator comparator)
    {
        var (column, value, side) = (columnOf(binary.Left), Slot(binary.Right), binary.Left);
        if (column is null || value is null)
        {
            (column, value, side) = (columnOf(binary.Right), Slot(binary.Left), binary.Right);
            comparator = Flipped(comparator);
        }
        if (column is null || value is not { } slot) throw Unsupported(binary);
        var property = new ColumnRef(column);
        // An enum column compares as its number in the expression tree; its value is sent by name.
        var enumType = EnumType(side);
        if (enumType is not null && comparator is not (Comparator.Eq or Comparator.Ne))
            throw new NotSupportedException($"`{binary}` orders enum values; enums are stored by name, so only == and != translate.");
        return v => v[slot] is null
            ? comparator switch
            {
                Comparator.Eq => new Comparison(property, Comparator.IsNull, null),
                Comparator.Ne => new Comparison(property, Comparator.NotNull, null),
                _ => throw new NotSupportedException($"`{binary}` compares with null by order; only == null and != null have a meaning."),
            }
            : new Comparison(property, comparator, Literals.From(enumType is null ? v[slot] : Enum.ToObject(enumType, v[slot]!)));
    }

    /// <summary>The enum type of a column expression under the compiler's conversions, or null.</summary>
    private static Type? EnumType(Expression column)
    {
        var type = ColumnNames.StripConversions(column).Type;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum ? type : null;
    }

    private Func<object?[], Condition> Call(MethodCallExpression call)
    {
        // column.Contains(text), column.StartsWith(text), column.EndsWith(text): like.
        if (call.Method.DeclaringType == typeof(string) && call.Object is not null && call.Arguments.Count == 1
            && columnOf(call.Object) is { } text && Slot(call.Arguments[0]) is { } pattern
            && call.Method.Name is "Contains" or "StartsWith" or "EndsWith")
        {
            var property = new ColumnRef(text);
            var name = call.Method.Name;
            return v =>
            {
                var part = v[pattern] as string ?? throw new NotSupportedException($"`{call}`: the text to look for is null.");
                if (part.IndexOfAny(new[] { '%', '_' }) >= 0)
                    throw new NotSupportedException($"`{call}`: '{part}' holds % or _, which a like pattern would take as wildcards.");
                var like = name switch { "Contains" => "%" + part + "%", "StartsWith" => part + "%", _ => "%" + part };
                return new Comparison(property, Comparator.Like, new StringLiteral(like));
            };
        }
        // values.Contains(column): Enumerable.Contains(values, column) or a collection's own Contains.
        var (list, item) = call.Method.IsStatic && call.Arguments.Count == 2 ? (call.Arguments[0], call.Arguments[1])
            : call.Object is not null && call.Arguments.Count == 1 ? (call.Object, call.Arguments[0])
            : (null, null);
        if (call.Method.Name == "Contains" && list is not null && Slot(list) is { } values && columnOf(item!) is { } member)
        {
            var property = new ColumnRef(member);
            return v => new Comparison(property, Comparator.In, Literals.From(v[values]));
        }
        throw Unsupported(call);
    }

    private int? Slot(Expression expression) => slots.TryGetValue(expression, out var slot) ? slot
        // An array or list made a span for MemoryExtensions.Contains: the array is the value.
        : expression.Type.IsByRefLike && expression switch
        {
            MethodCallExpression { Method.Name: "op_Implicit", Arguments.Count: 1 } implicitCall => implicitCall.Arguments[0],
            UnaryExpression { NodeType: ExpressionType.Convert } convert => convert.Operand,
            _ => null,
        } is { } array && slots.TryGetValue(array, out var inner) ? inner : null;

    private static NotSupportedException Unsupported(Expression expression)
    {
        var what = expression is MethodCallExpression call ? $"the method `{call.Method.DeclaringType?.Name}.{call.Method.Name}`" : $"`{expression.NodeType}`";
        return new NotSupportedException(
            $"{what} in the filter `{expression}` cannot be translated: a filter compares a column with a value (==, !=, <, <=, >, >=, null checks), " +
            "combines comparisons with &&, || and !, or uses string Contains/StartsWith/EndsWith and list.Contains(column).");
    }
}
