using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// <c>rank(property, within, direction)</c> as SQL's <c>rank() OVER (PARTITION BY within ORDER BY key)</c>:
/// the key is the value itself for <c>min</c>, its negation for <c>max</c>, its distance to the
/// target for a number, and for <c>catalog</c> whichever of those the metric named in the row's
/// <c>metric</c> column has in the catalog (<see cref="CatalogDirections"/>). Ties share the lower
/// rank. A row whose value is missing (NULL or NaN) gets no rank and sorts after the others, so it
/// moves no one's rank; so does a row whose metric has no direction in the catalog, with a warning
/// naming the metric (an error under <c>on_undefined: error</c>).
/// </summary>
internal sealed class RankingTranslator : IFunctionTranslator
{
    public IEnumerable<string> Functions => new[] { "rank" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var value = context.Column(call, function, "property");
        if (value.Type is not (ColumnType.Float or ColumnType.Integer or ColumnType.Other))
        {
            var at = TranslationContext.Argument(call, function, "property")!.Span;
            throw new QueryException(new[] { DiagnosticDescriptors.TypeMismatch.At(at,
                $"`{function.Name}` orders numbers; its `property` holds {value.Type.ToString().ToLowerInvariant()} values") });
        }
        var partitions = TranslationContext.Argument(call, function, "within") switch
        {
            ListExpr list => list.Items.Select(i => context.Value(i).Value).ToList(),
            { } single => new List<SqlExpr> { context.Value(single).Value },
            null => new List<SqlExpr>(),
        };
        var score = Double(value.Value);
        SqlExpr? undefined = null;
        SqlExpr key;
        switch (TranslationContext.Argument(call, function, "direction"))
        {
            case NumberLiteral target:
                key = CatalogDirections.BestFirst(score, DirectionKind.Target, new SqlParameter(target.Value));
                break;
            case StringLiteral { Value: "max" }:
                key = CatalogDirections.BestFirst(score, DirectionKind.Max);
                break;
            case StringLiteral { Value: "min" }:
                key = CatalogDirections.BestFirst(score, DirectionKind.Min);
                break;
            default:
                var metric = context.ColumnSql(ResultsColumns.Metric);
                var directions = CatalogDirections.Of(context.Catalog);
                key = directions.Key(metric, score);
                undefined = new SqlCase(new[]
                {
                    ((SqlExpr)And(Present(value), new SqlIsNull(metric, Negated: false)),
                        (SqlExpr)new SqlParameter("the row names no metric, so the catalog gives no direction; give `direction` (max, min or a target number)")),
                    (And(Present(value), Not(directions.Known(metric))),
                        Call("concat", new SqlParameter("the catalog knows no direction for the metric '"), metric,
                            new SqlParameter("'; give `direction` (max, min or a target number), or filter the metric out"))),
                }, null);
                break;
        }
        // Missing values and metrics without a direction have no key: they sort last and get no rank.
        var keyed = new SqlCase(new[] { (Present(value), key) }, null);
        var rank = new SqlWindow(Call("rank"), partitions, new[] { new SqlOrder(keyed, Descending: false, NullsLast: true) });
        return new PlannedValue(new SqlCase(new[] { ((SqlExpr)new SqlIsNull(keyed, Negated: true), (SqlExpr)rank) }, null), ColumnType.Integer, undefined);
    }

    private static SqlExpr Present(PlannedValue value) => TranslationContext.PresentWhereNullIsFalse(value);
}
