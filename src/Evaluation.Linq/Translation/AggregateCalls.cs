using System.Linq.Expressions;
using System.Reflection;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;

namespace Evaluation.Linq.Translation;

/// <summary>
/// An aggregate over a group's rows as a catalog call: LINQ's <c>Count</c>, <c>LongCount</c>,
/// <c>Count(predicate)</c> (countIf), <c>Sum</c>, <c>Average</c>, <c>Min</c>, <c>Max</c>, and every
/// method marked <see cref="EvaluationFunctionAttribute"/>. Selectors become columns; other
/// arguments are client values, passed as literals (left out when null, so the catalog's default holds).
/// </summary>
internal sealed class AggregateCalls(ParameterExpression group, Dictionary<Expression, int> slots)
{
    private static readonly FunctionCatalog Catalog = FunctionCatalog.Default;

    /// <summary>The call as a template, or null when it is not an aggregate of the group.</summary>
    public Func<object?[], FunctionCall>? Translate(MethodCallExpression call)
    {
        if (call.Arguments.Count == 0 || call.Arguments[0] != group) return null;
        var method = call.Method;
        if (method.GetCustomAttribute<EvaluationFunctionAttribute>() is { } marked) return Metric(call, marked.Name);
        if (method.DeclaringType != typeof(Enumerable)) return null;
        switch (method.Name)
        {
            case "Count" or "LongCount" when call.Arguments.Count == 1:
                return _ => new FunctionCall("count", NodeList<Argument>.Empty);
            case "Count" or "LongCount":
                return CountIf(call, Lambda(call.Arguments[1], call));
            case "Sum" or "Average" or "Min" or "Max" when call.Arguments.Count == 2:
            {
                var column = Column(Lambda(call.Arguments[1], call), call);
                var name = method.Name switch { "Sum" => "sum", "Average" => "avg", "Min" => "min", _ => "max" };
                var arguments = NodeList.Of(new Argument("property", new ColumnRef(column)));
                return _ => new FunctionCall(name, arguments);
            }
            default:
                throw new NotSupportedException($"`Enumerable.{method.Name}` over a group in `{call}` cannot be translated: use Count, LongCount, Count(predicate), Sum, Average, Min, Max or a metric method.");
        }
    }

    private Func<object?[], FunctionCall> CountIf(MethodCallExpression call, LambdaExpression predicate)
    {
        // countIf takes one comparison: property comparator value.
        var conditions = new ConditionBuilder(predicate.Parameters[0], slots).Build(predicate.Body);
        return v => conditions(v) is Comparison { Value: { } value } comparison
            ? new FunctionCall("countIf", NodeList.Of(
                new Argument("property", comparison.Property),
                new Argument("comparator", new StringLiteral(comparison.EffectiveComparator.Name())),
                new Argument("value", value)))
            : throw new NotSupportedException($"`{call}`: Count(predicate) over a group takes one comparison of a column with a value (countIf).");
    }

    private Func<object?[], FunctionCall> Metric(MethodCallExpression call, string name)
    {
        var function = Catalog.Find(name) ?? throw new NotSupportedException($"`{call.Method.Name}` names `{name}`, which the catalog does not have.");
        var parameters = call.Method.GetParameters();
        var arguments = new List<(ParameterDefinition Parameter, Func<object?[], Expr?> Value)>();
        for (var i = 1; i < parameters.Length; i++)
        {
            var parameter = CatalogParameter(function, parameters[i]);
            arguments.Add((parameter, Argument(call.Arguments[i], call)));
        }
        // The catalog's order, as the parsers leave a resolved call.
        var ordered = arguments.OrderBy(a => function.Parameters.ToList().IndexOf(a.Parameter)).ToList();
        return v => new FunctionCall(function.Name, ordered
            .Select(a => (a.Parameter, Value: a.Value(v)))
            .Where(a => a.Value is not null)
            .Select(a => new Argument(a.Parameter.Name, a.Value!))
            .ToNodeList());
    }

    /// <summary>The catalog parameter a C# parameter maps to: the one its attribute names, else its own name (<see cref="FunctionDefinition.FindParameterForMember"/>).</summary>
    public static ParameterDefinition CatalogParameter(FunctionDefinition function, ParameterInfo parameter) =>
        function.FindParameterForMember(parameter.GetCustomAttribute<EvaluationParameterAttribute>()?.Name ?? parameter.Name!)
        ?? throw new NotSupportedException($"The parameter `{parameter.Name}` of `{parameter.Member.Name}` matches no parameter of `{function.Name}`.");

    private Func<object?[], Expr?> Argument(Expression argument, MethodCallExpression call)
    {
        if (slots.TryGetValue(argument, out var slot)) return v => v[slot] is null ? null : Literals.From(v[slot]);
        if (Unquoted(argument) is LambdaExpression lambda)
        {
            var column = new ColumnRef(Column(lambda, call));
            return _ => column;
        }
        if (argument is NewArrayExpression array)
        {
            var columns = new ListExpr(array.Expressions.Select(e => (Expr)new ColumnRef(Column(Lambda(e, call), call))).ToNodeList());
            return _ => columns;
        }
        throw new NotSupportedException($"The argument `{argument}` of `{call.Method.Name}` in `{call}` cannot be translated: pass a column selector (r => r.Column) or a value.");
    }

    private static Expression Unquoted(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : e;

    private static LambdaExpression Lambda(Expression argument, MethodCallExpression call) =>
        Unquoted(argument) as LambdaExpression ?? throw new NotSupportedException($"`{call}`: expected a lambda, got `{argument}`.");

    private static string Column(LambdaExpression selector, MethodCallExpression call) =>
        ColumnNames.Column(selector.Body, selector.Parameters[0])
        ?? throw new NotSupportedException($"The selector `{selector}` in `{call.Method.Name}` (`{call}`) cannot be translated: a selector reads one column (r => r.Score); " +
                                           "compute other values before the query or in the projection.");
}
