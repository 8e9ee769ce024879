using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// Counting and simple statistics: count, countIf, rate, sum, avg, avgAbs, min, max,
/// count_distinct, nan_count. Missing values (NULL, NaN) are left out and counted by nan_count.
/// </summary>
internal sealed class StatisticsTranslator : IFunctionTranslator
{
    public IEnumerable<string> Functions => new[] { "count", "countIf", "rate", "sum", "avg", "avgAbs", "min", "max", "count_distinct", "nan_count" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        switch (function.Name)
        {
            case "count":
                if (TranslationContext.Argument(call, function, "property") is null)
                    return new PlannedValue(CountStar(), ColumnType.Integer);
                var counted = context.Column(call, function, "property");
                return new PlannedValue(CountStar(TranslationContext.Present(counted)), ColumnType.Integer);
            case "countIf":
                return new PlannedValue(CountStar(Condition(call, function, context)), ColumnType.Integer);
            case "rate":
            {
                var total = CountStar();
                return new PlannedValue(
                    NaNWhen(Eq(total, Integer(0)), Div(Double(CountStar(Condition(call, function, context))), Double(total))),
                    ColumnType.Float,
                    Reason(Eq(total, Integer(0)), "the group has no rows"));
            }
            case "nan_count":
                return new PlannedValue(CountStar(NanCountFilter(call, function, context)), ColumnType.Integer);
            case "count_distinct":
            {
                var value = context.Column(call, function, "property");
                return new PlannedValue(new SqlCall("count", new[] { value.Value }) { Distinct = true, Filter = TranslationContext.Present(value) }, ColumnType.Integer);
            }
        }

        var property = context.Column(call, function, "property");
        var present = TranslationContext.Present(property);
        var values = Aggregate("count", present, property.Value);
        var none = Eq(values, Integer(0));
        var noValues = Reason(none, "no non-missing values");
        return function.Name switch
        {
            // An empty sum is 0, as NeMo and numpy give it.
            "sum" => new PlannedValue(Call("coalesce", Aggregate("sum", present, Double(property.Value)), Number(0)), ColumnType.Float),
            "avg" => new PlannedValue(NaNWhen(none, Aggregate("avg", present, Double(property.Value))), ColumnType.Float, noValues),
            "avgAbs" => new PlannedValue(NaNWhen(none, Aggregate("avg", present, Call("abs", Double(property.Value)))), ColumnType.Float, noValues),
            "min" => new PlannedValue(NaNWhen(none, Aggregate("min", present, Double(property.Value))), ColumnType.Float, noValues),
            _ => new PlannedValue(NaNWhen(none, Aggregate("max", present, Double(property.Value))), ColumnType.Float, noValues),
        };
    }

    /// <summary>countIf's condition: <c>property comparator value</c>, as a filter condition.</summary>
    private static SqlExpr Condition(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var property = (ColumnRef)TranslationContext.Argument(call, function, "property")!;
        var comparatorName = TranslationContext.Text(call, function, "comparator") ?? "eq";
        Comparators.TryParse(comparatorName, out var comparator);
        var value = TranslationContext.Argument(call, function, "value");
        var comparison = new Comparison(property, comparator, value);
        return context.Conditions.Translate(comparison);
    }

    /// <summary>Rows where the property (or any of a list of properties) is NULL or NaN.</summary>
    private static SqlExpr NanCountFilter(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var argument = TranslationContext.Argument(call, function, "property")!;
        IReadOnlyList<Expr> columns = argument is ListExpr list ? list.Items : new[] { argument };
        return Or(columns.Select(c => Not(TranslationContext.Present(context.Value(c)))).ToArray());
    }

    /// <summary>A reason as a VARCHAR expression: the text where the condition holds, else NULL.</summary>
    internal static SqlExpr Reason(SqlExpr when, string why) => new SqlCase(new[] { (when, (SqlExpr)new SqlParameter(why)) }, null);
}
