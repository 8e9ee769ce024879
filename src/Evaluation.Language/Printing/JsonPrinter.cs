using Evaluation.Language.Ast;

namespace Evaluation.Language.Printing;

/// <summary>
/// Prints an AST as the canonical JSON request: Arthur's keys and shapes, a subquery as
/// <c>"subquery"</c>, conditions as <c>{"property", "comparator", "value"}</c> (NeMo's
/// <c>$</c>-operators print in that form). <c>JsonQueryParser.Parse(Print(q))</c> gives back <c>q</c>.
/// </summary>
public static class JsonPrinter
{
    /// <summary>The request as indented JSON text.</summary>
    public static string Print(Query query) => Request(query).Write();

    /// <summary>The request as a JSON value, to embed in a larger document.</summary>
    public static JsonObjectText Request(Query query)
    {
        var request = new JsonObjectText();
        switch (query.From)
        {
            case SubquerySource sub: request.Add("subquery", Request(sub.Query)); break;
            case NamedSource named: request.Add("from", JsonText.String(named.Name)); break;
            case PathSource path: request.Add("from", JsonText.String(path.Path)); break;
            case ResultsSource store:
                var results = new JsonObjectText();
                results.Add("results", JsonText.String(store.Folder));
                request.Add("from", results);
                break;
        }
        request.Add("select", new JsonArrayText(query.Select.Select(Item)));
        if (query.Filter.Count > 0) request.Add("filter", new JsonArrayText(query.Filter.Select(Condition)));
        if (query.GroupBy.Count > 0)
            request.Add("group_by", new JsonArrayText(query.GroupBy.Select(k => (JsonText)Key(k.Kind, k.Name))));
        if (query.Pivot is { } pivot)
            request.Add("pivot", new JsonObjectText().Add("property", JsonText.String(pivot.Property.Name)).Add("by", JsonText.String(pivot.By.Name)));
        if (query.OrderBy.Count > 0)
            request.Add("order_by", new JsonArrayText(query.OrderBy.Select(k =>
            {
                var key = Key(k.Kind, k.Name);
                if (k.Direction is { } d) key.Add("direction", JsonText.String(d == SortDirection.Asc ? "asc" : "desc"));
                return (JsonText)key;
            })));
        if (query.Limit is not null) request.Add("limit", JsonText.Number(query.Limit.Value));
        if (query.Offset is not null) request.Add("offset", JsonText.Number(query.Offset.Value));
        if (query.Page is not null) request.Add("page", JsonText.Number(query.Page.Value));
        if (query.PageSize is not null) request.Add("page_size", JsonText.Number(query.PageSize.Value));
        if (query.Distinct) request.Add("distinct", JsonText.Bool(true));
        if (query.OnUndefined is { } policy) request.Add("on_undefined", JsonText.String(policy.ToString().ToLowerInvariant()));
        return request;
    }

    private static JsonObjectText Key(KeyKind kind, string name) =>
        new JsonObjectText().Add(kind == KeyKind.Alias ? "alias" : "property", JsonText.String(name));

    private static JsonText Item(SelectItem item)
    {
        if (item is not ExprItem e) return JsonText.String("*");
        var obj = new JsonObjectText();
        switch (e.Expression)
        {
            case FunctionCall call:
                obj.Add("function", JsonText.String(call.Name));
                if (e.Alias is not null) obj.Add("alias", JsonText.String(e.Alias.Text));
                if (call.Arguments.Count > 0) obj.Add("parameters", Parameters(call));
                break;
            case ColumnRef column:
                obj.Add("property", JsonText.String(column.Name));
                if (e.Alias is not null) obj.Add("alias", JsonText.String(e.Alias.Text));
                break;
        }
        if (e.Stage is { } stage) obj.Add("stage", JsonText.String(stage.Name()));
        return obj;
    }

    private static JsonObjectText Parameters(FunctionCall call)
    {
        var parameters = new JsonObjectText();
        foreach (var argument in call.Arguments)
            parameters.Add(argument.Name ?? "?", Value(argument.Value));
        return parameters;
    }

    private static JsonText Value(Expr expression) => expression switch
    {
        ColumnRef c => JsonText.String(c.Name),
        NumberLiteral n => JsonText.Number(n.Value),
        StringLiteral s => JsonText.String(s.Value),
        TimestampLiteral t => JsonText.String(t.Text),
        BoolLiteral b => JsonText.Bool(b.Value),
        NullLiteral => JsonText.Null,
        ListExpr list => new JsonArrayText(list.Items.Select(Value)),
        FunctionCall call => call.Arguments.Count > 0
            ? new JsonObjectText().Add("function", JsonText.String(call.Name)).Add("parameters", Parameters(call))
            : new JsonObjectText().Add("function", JsonText.String(call.Name)),
        ThresholdRule rule => new JsonObjectText()
            .Add("conditions", new JsonArrayText(rule.Conditions.Select(Condition)))
            .Add("threshold", Value(rule.Threshold)),
        _ => JsonText.Null,
    };

    private static JsonText Condition(Condition condition)
    {
        switch (condition)
        {
            case Comparison c:
                var obj = new JsonObjectText().Add("property", JsonText.String(c.Property.Name));
                if (c.Comparator is { } comparator) obj.Add("comparator", JsonText.String(comparator.Name()));
                if (c.Value is not null) obj.Add("value", Value(c.Value));
                return obj;
            case AndCondition a: return new JsonObjectText().Add("and", new JsonArrayText(a.Operands.Select(Condition)));
            case OrCondition o: return new JsonObjectText().Add("or", new JsonArrayText(o.Operands.Select(Condition)));
            case NotCondition n: return new JsonObjectText().Add("not", Condition(n.Operand));
            default: return JsonText.Null;
        }
    }
}
