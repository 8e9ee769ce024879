using System.Linq.Expressions;
using Evaluation.Engine;
using Evaluation.Engine.Sources;
using Evaluation.Language.Ast;
using Evaluation.Linq.Materialization;
using Evaluation.Linq.Translation;

namespace Evaluation.Linq;

/// <summary>
/// Runs a metric call over in-memory rows on the engine itself: each selector becomes a column
/// (c0, c1, …) of the rows passed to DuckDB as Arrow batches — the engine's own conversion of .NET
/// objects (<see cref="ObjectBatches"/>) — the other arguments literals, and the catalog call runs on
/// a fresh in-memory engine: the very SQL and C# aggregates a query would use, so the numbers are
/// the engine's.
/// </summary>
internal static class InMemoryTable
{
    public static TResult Run<T, TResult>(InMemoryCall<T> call)
    {
        var columns = new List<(string Name, LambdaExpression Read)>();
        var arguments = new List<Argument>();
        ColumnRef Column(Delegate selector)
        {
            var row = Expression.Parameter(typeof(T), "row");
            var name = "c" + columns.Count;
            columns.Add((name, Expression.Lambda(Expression.Invoke(Expression.Constant(selector), row), row)));
            return new ColumnRef(name);
        }
        foreach (var (parameter, value) in call.Arguments)
        {
            Expr argument = value switch
            {
                Delegate[] list => new ListExpr(list.Select(s => (Expr)Column(s)).ToNodeList()), // probability columns in class order
                Delegate selector => Column(selector),
                _ => Literals.From(value),
            };
            arguments.Add(new Argument(parameter, argument));
        }
        if (columns.Count == 0) throw new NotSupportedException($"`{call.Function}` reads no column in memory.");
        using var engine = EvaluationEngine.Open();
        engine.RegisterArrow("rows", ObjectBatches.SchemaOf<T>(columns), ObjectBatches.Batches(call.Rows, columns));
        var query = Query.Create(new NamedSource("rows"), NodeList.Of<SelectItem>(
            new ExprItem(new FunctionCall(call.Function, arguments.ToNodeList()), new Name("v"), null)));
        var result = engine.QueryArrow(query).Batches.First(b => b.Length > 0);
        return ArrowRead.Value<TResult>(result.Column(result.Schema.GetFieldIndex("v")), 0);
    }
}
