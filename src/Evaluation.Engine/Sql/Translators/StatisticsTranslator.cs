using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// Counting and simple statistics: count, countIf, rate, sum, avg, avgAbs, min, max,
/// count_distinct, nan_count. Missing values (NULL, NaN) are left out and counted by nan_count.
/// The numeric statistics read their column through <see cref="NumericValues"/>, as the distribution ones do.
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
                return UndefinedWhen.NaNUnless(Div(Double(CountStar(Condition(call, function, context))), Double(total)),
                    (Eq(total, Integer(0)), "the group has no rows"));
            }
            case "nan_count":
                return new PlannedValue(CountStar(NanCountFilter(call, function, context)), ColumnType.Integer);
            case "count_distinct":
            {
                var value = context.Column(call, function, "property");
                return new PlannedValue(new SqlCall("count", new[] { value.Value }) { Distinct = true, Filter = TranslationContext.Present(value) }, ColumnType.Integer);
            }
        }

        // sum, avg, avgAbs, min, max: over the present values (NumericValues: one CASE shared by every aggregate of the column).
        var values = NumericValues.Of(call, function, context);
        if (function.Name == "sum")
            return new PlannedValue(Call("coalesce", values.Over("fsum"), Number(0)), ColumnType.Float); // an empty sum is 0, as NeMo and numpy give it
        var statistic = function.Name == "avgAbs" ? Call("avg", Call("abs", values.OnlyPresent)) : values.Over(function.Name);
        // The statistic itself is NULL exactly when no value is present: it witnesses the empty group without a count.
        return UndefinedWhen.NaNUnless(statistic, values.None(statistic));
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
}
