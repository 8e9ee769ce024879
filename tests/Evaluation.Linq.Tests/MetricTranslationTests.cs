using System.Linq.Expressions;
using System.Reflection;
using Evaluation.Language.Printing;
using Evaluation.Linq.Translation;
using Xunit;

namespace Evaluation.Linq.Tests;

/// <summary>
/// Every generated metric method translates: called inside a grouping with a column for each
/// selector (a list of three for a column list) and nothing else given, its AST prints as the catalog
/// call with those columns — checked on the printed DSL, for all of them, without running anything.
/// </summary>
public sealed class MetricTranslationTests : IDisposable
{
    public sealed record Row(double A, double B, double C, double D);

    private readonly EvaluationContext _eval = EvaluationContext.Open();

    public static TheoryData<string> Methods()
    {
        var data = new TheoryData<string>();
        foreach (var method in typeof(EvaluationMetrics).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.GetCustomAttribute<EvaluationFunctionAttribute>() is not null))
            data.Add(method.Name + "/" + method.GetParameters().Length + "/" + (method.GetParameters().Any(p => p.ParameterType.IsArray && p.ParameterType.GetElementType()!.IsSubclassOf(typeof(Delegate)) && !p.IsOptional) ? "list" : "one"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Each_metric_method_prints_as_its_catalog_call(string key)
    {
        var method = typeof(EvaluationMetrics).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.GetCustomAttribute<EvaluationFunctionAttribute>() is not null
                         && m.Name + "/" + m.GetParameters().Length + "/" + (m.GetParameters().Any(p => p.ParameterType.IsArray && p.ParameterType.GetElementType()!.IsSubclassOf(typeof(Delegate)) && !p.IsOptional) ? "list" : "one") == key);
        var name = method.GetCustomAttribute<EvaluationFunctionAttribute>()!.Name;
        var generic = method.MakeGenericMethod(method.GetGenericArguments().Select(_ => typeof(Row)).Take(1)
            .Concat(method.GetGenericArguments().Skip(1).Select(_ => typeof(double))).ToArray());
        var group = Expression.Parameter(typeof(IGrouping<int, Row>), "g");
        var columns = new Queue<string>(new[] { "A", "B", "C", "D" });
        var written = new List<string>();
        Expression Selector(Type type)
        {
            var r = Expression.Parameter(typeof(Row), "r");
            var column = columns.Dequeue();
            written.Add(column);
            var returns = type.GetGenericArguments()[1];
            return Expression.Lambda(type, Expression.Convert(Expression.Property(r, column), returns), r);
        }
        var arguments = new List<Expression> { group };
        foreach (var parameter in generic.GetParameters().Skip(1))
        {
            var type = parameter.ParameterType;
            if (!parameter.IsOptional && type.IsArray)
                arguments.Add(Expression.NewArrayInit(type.GetElementType()!, Enumerable.Range(0, 2).Select(_ => Selector(type.GetElementType()!))));
            else if (!parameter.IsOptional && typeof(Delegate).IsAssignableFrom(type))
                arguments.Add(Selector(type));
            else if (!parameter.IsOptional)
                arguments.Add(Expression.Constant(0.5, type)); // a required number (meanAveragePrecision's threshold)
            else
                arguments.Add(Expression.Constant(null, type));
        }
        var body = Expression.Call(generic, arguments);
        var selector = Expression.Lambda(body, group);
        var source = _eval.Objects(new[] { new Row(1, 2, 3, 4) });
        var grouped = source.GroupBy(r => 1);
        var select = Expression.Call(typeof(Queryable), nameof(Queryable.Select), new[] { typeof(IGrouping<int, Row>), body.Type }, grouped.Expression, Expression.Quote(selector));

        var (_, query, _) = TranslationCache.Get(select);
        var dsl = DslPrinter.Print(query);
        Assert.Contains(name + "(", dsl);
        foreach (var column in written) Assert.Contains(column, dsl);
    }

    public void Dispose() => _eval.Dispose();
}
