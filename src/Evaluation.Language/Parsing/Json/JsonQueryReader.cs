using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;

namespace Evaluation.Language.Parsing.Json;

/// <summary>
/// Turns a <see cref="JsonNode"/> tree into the AST. The catalog is consulted only to tell a
/// column from a string where a parameter's JSON value is a string, and to put arguments in
/// canonical order; whether a call is valid is the validator's business.
/// </summary>
internal sealed class JsonQueryReader
{
    private static readonly string[] QueryKeys =
        { "select", "from", "subquery", "filter", "group_by", "order_by", "limit", "offset", "page", "page_size", "distinct", "pivot", "on_undefined" };
    private static readonly string[] PivotKeys = { "property", "by" };
    private static readonly string[] ItemKeys = { "property", "function", "alias", "parameters", "stage" };
    private static readonly string[] ConditionKeys = { "property", "comparator", "value" };
    private static readonly string[] RuleKeys = { "conditions", "threshold" };

    private readonly FunctionCatalog _catalog;
    private readonly List<Diagnostic> _diagnostics;

    public JsonQueryReader(FunctionCatalog catalog, List<Diagnostic> diagnostics)
    {
        _catalog = catalog;
        _diagnostics = diagnostics;
    }

    public Query? ReadQuery(JsonNode node)
    {
        if (node is not JsonObject obj)
        {
            Report(DiagnosticDescriptors.WrongValueKind, node.Span, $"a request is a JSON object, not {node.KindName}");
            return null;
        }

        Source? from = null;
        var select = NodeList<SelectItem>.Empty;
        var filter = NodeList<Condition>.Empty;
        var groupBy = NodeList<GroupKey>.Empty;
        var orderBy = NodeList<OrderKey>.Empty;
        NumberLiteral? limit = null, offset = null, page = null, pageSize = null;
        var distinct = false;
        UndefinedPolicy? onUndefined = null;
        Pivot? pivot = null;
        var sawSelect = false;

        foreach (var member in obj.Members)
        {
            var value = member.Value;
            switch (member.Key)
            {
                case "select":
                    sawSelect = true;
                    if (Expect<JsonArray>(value, "`select` is a list of items") is { } items)
                    {
                        if (items.Items.Count == 0)
                            Report(DiagnosticDescriptors.EmptySelect, items.Span, "`select` is empty; select at least one property or function");
                        select = items.Items.Select(ReadSelectItem).OfType<SelectItem>().ToNodeList();
                    }
                    break;
                case "from":
                case "subquery":
                    if (from is not null)
                        Report(DiagnosticDescriptors.DuplicateKey, member.KeySpan, "the request has both `from` and `subquery`; give one source");
                    else if (value is JsonString path && member.Key == "from")
                        from = Source.FromText(path.Value, path.Span);
                    else if (member.Key == "from" && value is JsonObject { Members.Count: 1 } store && store.Members[0].Key == "results")
                    {
                        // {"results": "DIR"}: a results store.
                        if (store.Members[0].Value is JsonString folder) from = new ResultsSource(folder.Value) { Span = value.Span };
                        else Report(DiagnosticDescriptors.WrongValueKind, store.Members[0].Value.Span, $"`results` is the folder of a results store (a string), not {store.Members[0].Value.KindName}");
                    }
                    else if (value is JsonObject)
                        from = ReadQuery(value) is { } inner ? new SubquerySource(inner) { Span = value.Span } : null;
                    else
                        Report(DiagnosticDescriptors.WrongValueKind, value.Span, member.Key == "from"
                            ? $"`from` is a source name, a path or a request object, not {value.KindName}"
                            : $"`subquery` is a request object, not {value.KindName}");
                    break;
                case "filter":
                    if (value is JsonObject single)
                        filter = ReadCondition(single) is { } one ? NodeList.Of(one) : filter;
                    else if (Expect<JsonArray>(value, "`filter` is a list of conditions") is { } conditions)
                        filter = conditions.Items.Select(ReadCondition).OfType<Condition>().ToNodeList();
                    break;
                case "group_by":
                    if (Expect<JsonArray>(value, "`group_by` is a list of `{\"property\": NAME}` or `{\"alias\": NAME}`") is { } keys)
                        groupBy = keys.Items.Select(ReadGroupKey).OfType<GroupKey>().ToNodeList();
                    break;
                case "order_by":
                    if (Expect<JsonArray>(value, "`order_by` is a list of `{\"property\"|\"alias\": NAME, \"direction\": \"asc\"|\"desc\"}`") is { } order)
                        orderBy = order.Items.Select(ReadOrderKey).OfType<OrderKey>().ToNodeList();
                    break;
                case "limit": limit = ReadCount(member); break;
                case "offset": offset = ReadCount(member); break;
                case "page": page = ReadCount(member); break;
                case "page_size": pageSize = ReadCount(member); break;
                case "distinct":
                    if (Expect<JsonBool>(value, "`distinct` is true or false") is { } flag) distinct = flag.Value;
                    break;
                case "on_undefined":
                    onUndefined = ReadUndefinedPolicy(value);
                    break;
                case "pivot":
                    pivot = ReadPivot(value);
                    break;
                default:
                    ReportUnknownKey(member, QueryKeys, "a request");
                    break;
            }
        }

        if (!sawSelect)
            Report(DiagnosticDescriptors.MissingKey, OpeningBrace(obj), "the request has no `select`");

        return new Query(from, select, filter, groupBy, orderBy)
        {
            Span = obj.Span,
            Limit = limit,
            Offset = offset,
            Page = page,
            PageSize = pageSize,
            Distinct = distinct,
            Pivot = pivot,
            OnUndefined = onUndefined,
        };
    }

    /// <summary><c>{"property": "score", "by": "metric"}</c>.</summary>
    private Pivot? ReadPivot(JsonNode node)
    {
        if (Expect<JsonObject>(node, "`pivot` is an object `{\"property\": NAME, \"by\": NAME}`") is not { } obj) return null;
        foreach (var member in obj.Members.Where(m => !PivotKeys.Contains(m.Key)))
            ReportUnknownKey(member, PivotKeys, "a pivot");
        ColumnRef? Column(string key)
        {
            if (obj.Member(key) is not { } member)
            {
                Report(DiagnosticDescriptors.MissingKey, OpeningBrace(obj), $"the pivot has no `{key}`");
                return null;
            }
            return Expect<JsonString>(member.Value, $"`{key}` of a pivot is a column name") is { } name
                ? new ColumnRef(name.Value) { Span = name.Span }
                : null;
        }
        var property = Column("property");
        var by = Column("by");
        return property is null || by is null ? null : new Pivot(property, by) { Span = obj.Span };
    }

    private SelectItem? ReadSelectItem(JsonNode node)
    {
        if (node is JsonString { Value: "*" } star) return new StarItem { Span = star.Span };
        if (node is not JsonObject obj)
        {
            Report(DiagnosticDescriptors.WrongValueKind, node.Span,
                $"a select item is `\"*\"` or an object with `property` or `function`, not {node.KindName}");
            return null;
        }
        foreach (var member in obj.Members.Where(m => !ItemKeys.Contains(m.Key)))
            ReportUnknownKey(member, ItemKeys, "a select item");

        var property = obj.Member("property");
        var function = obj.Member("function");
        Expr? expression = null;
        if (property is not null && function is not null)
            Report(DiagnosticDescriptors.UnknownKey, function.KeySpan, "a select item has `property` or `function`, not both");
        else if (function is not null)
            expression = ReadFunction(obj);
        else if (property is not null)
            expression = ReadColumn(property.Value, "`property` is a column name");
        else
            Report(DiagnosticDescriptors.MissingKey, OpeningBrace(obj), "a select item needs `property` or `function`");
        if (property is not null && obj.Member("parameters") is { } extra)
            Report(DiagnosticDescriptors.UnknownKey, extra.KeySpan, "a `property` item takes no `parameters`");

        Name? alias = null;
        if (obj.Member("alias") is { } aliasMember && Expect<JsonString>(aliasMember.Value, "`alias` is a string") is { } aliasText)
            alias = new Name(aliasText.Value) { Span = aliasText.Span };

        PipelineStage? stage = null;
        if (obj.Member("stage") is { } stageMember && Expect<JsonString>(stageMember.Value, "`stage` is a string") is { } stageText)
        {
            if (PipelineStages.TryParse(stageText.Value, out var parsed)) stage = parsed;
            else Report(DiagnosticDescriptors.UnknownOption, stageText.Span,
                $"unknown stage `{stageText.Value}`; stages are {string.Join(", ", PipelineStages.Names)}",
                Suggestions.Closest(stageText.Value, PipelineStages.Names));
        }

        return expression is null ? null : new ExprItem(expression, alias, stage) { Span = obj.Span };
    }

    private FunctionCall? ReadFunction(JsonObject obj)
    {
        if (Expect<JsonString>(obj.Member("function")!.Value, "`function` is a function name") is not { } name) return null;
        var definition = _catalog.Find(name.Value);
        var arguments = new List<Argument>();
        if (obj.Member("parameters") is { } parameters && Expect<JsonObject>(parameters.Value, "`parameters` is an object of named values") is { } values)
        {
            foreach (var member in values.Members)
            {
                var parameter = definition?.FindParameter(member.Key);
                var value = ReadParameterValue(member.Value, parameter);
                if (value is not null)
                    arguments.Add(new Argument(member.Key, value) { Span = member.KeySpan.To(member.Value.Span), NameSpan = member.KeySpan });
            }
        }
        return new FunctionCall(name.Value, ArgumentOrder.Canonical(definition, arguments)) { Span = obj.Span, NameSpan = name.Span };
    }

    private Expr? ReadParameterValue(JsonNode node, ParameterDefinition? parameter)
    {
        var type = parameter?.Type;
        switch (node)
        {
            case JsonString s:
                return type is ParameterType.Column or ParameterType.Columns or ParameterType.Operand
                    ? new ColumnRef(s.Value) { Span = s.Span }
                    : Literals.FromString(s.Value, s.Span);
            case JsonArray array when type == ParameterType.Conditions:
                return new ListExpr(array.Items.Select(ReadRule).OfType<Expr>().ToNodeList()) { Span = array.Span };
            case JsonArray array:
                return new ListExpr(array.Items.Select(i => ReadParameterValue(i, parameter)).OfType<Expr>().ToNodeList()) { Span = array.Span };
            case JsonObject obj when obj.Member("function") is not null:
                foreach (var member in obj.Members.Where(m => m.Key is not ("function" or "parameters")))
                    ReportUnknownKey(member, new[] { "function", "parameters" }, "a nested function");
                return ReadFunction(obj);
            case JsonObject obj when type == ParameterType.Conditions:
                return ReadRule(obj);
            case JsonObject obj:
                Report(DiagnosticDescriptors.WrongValueKind, obj.Span,
                    "a parameter value is a column name, a literal, a list or a `{\"function\": ...}` object");
                return null;
            default:
                return ReadLiteral(node);
        }
    }

    private Expr? ReadRule(JsonNode node)
    {
        if (Expect<JsonObject>(node, "a threshold rule is an object `{\"conditions\": [...], \"threshold\": NUMBER}`") is not { } obj) return null;
        foreach (var member in obj.Members.Where(m => !RuleKeys.Contains(m.Key)))
            ReportUnknownKey(member, RuleKeys, "a threshold rule");
        var conditions = NodeList<Condition>.Empty;
        if (obj.Member("conditions") is { } c)
        {
            if (Expect<JsonArray>(c.Value, "`conditions` is a list of conditions") is { } list)
                conditions = list.Items.Select(ReadCondition).OfType<Condition>().ToNodeList();
        }
        else Report(DiagnosticDescriptors.MissingKey, OpeningBrace(obj), "a threshold rule needs `conditions`");
        Expr? threshold = null;
        if (obj.Member("threshold") is { } t) threshold = ReadLiteral(t.Value);
        else Report(DiagnosticDescriptors.MissingKey, OpeningBrace(obj), "a threshold rule needs `threshold`");
        return threshold is null ? null : new ThresholdRule(conditions, threshold) { Span = obj.Span };
    }

    private Condition? ReadCondition(JsonNode node)
    {
        if (node is not JsonObject obj)
        {
            Report(DiagnosticDescriptors.WrongValueKind, node.Span, $"a condition is an object, not {node.KindName}");
            return null;
        }
        if (obj.Member("property") is not null) return ReadComparison(obj);
        if (obj.Members.Count == 1 && obj.Members[0].Key is "and" or "or" or "not" or "$and" or "$or" or "$not")
            return ReadLogical(obj.Members[0], obj.Span);
        if (obj.Members.Count == 0)
        {
            Report(DiagnosticDescriptors.MissingKey, obj.Span, "an empty condition; a condition needs `property` and `comparator`");
            return null;
        }
        return ReadOperatorObject(obj);
    }

    private Condition? ReadLogical(JsonMember member, SourceSpan span)
    {
        var op = member.Key.TrimStart('$');
        if (op == "not")
            return ReadCondition(member.Value) is { } operand ? new NotCondition(operand) { Span = span } : null;
        if (Expect<JsonArray>(member.Value, $"`{member.Key}` is a list of conditions") is not { } list) return null;
        if (list.Items.Count == 0)
        {
            Report(DiagnosticDescriptors.WrongValueKind, list.Span, $"`{member.Key}` needs at least one condition");
            return null;
        }
        var operands = list.Items.Select(ReadCondition).OfType<Condition>().ToNodeList();
        return op == "and" ? new AndCondition(operands) { Span = span } : new OrCondition(operands) { Span = span };
    }

    private Condition? ReadComparison(JsonObject obj)
    {
        foreach (var member in obj.Members.Where(m => !ConditionKeys.Contains(m.Key)))
            ReportUnknownKey(member, ConditionKeys, "a condition");
        var property = ReadColumn(obj.Member("property")!.Value, "`property` is a column name");
        Comparator? comparator = null;
        var comparatorSpan = SourceSpan.None;
        if (obj.Member("comparator") is { } c && Expect<JsonString>(c.Value, "`comparator` is a string") is { } name)
        {
            comparatorSpan = name.Span;
            if (Comparators.TryParse(name.Value, out var parsed)) comparator = parsed;
            else
            {
                Report(DiagnosticDescriptors.UnknownComparator, name.Span,
                    $"unknown comparator `{name.Value}`; comparators are {string.Join(", ", Comparators.Names)}",
                    ComparatorSuggestions.For(name.Value));
                return null;
            }
        }
        Expr? value = obj.Member("value") is { } v ? ReadLiteral(v.Value) : null;
        if (value is null && obj.Member("value") is null && (comparator ?? Comparator.Eq).Operand() != ComparatorOperand.None)
        {
            Report(DiagnosticDescriptors.MissingKey, OpeningBrace(obj),
                $"the condition on `{property?.Name}` needs a `value` for `{(comparator ?? Comparator.Eq).Name()}`");
            return null;
        }
        return property is null ? null : new Comparison(property, comparator, value) { Span = obj.Span, ComparatorSpan = comparatorSpan };
    }

    /// <summary>NeMo-style filters: <c>{"NAME": {"$gt": 3}}</c>, <c>{"NAME": VALUE}</c>; several keys are ANDed.</summary>
    private Condition? ReadOperatorObject(JsonObject obj)
    {
        var parts = new List<Condition>();
        foreach (var member in obj.Members)
        {
            if (member.Key.StartsWith("$", StringComparison.Ordinal))
            {
                if (member.Key is "$and" or "$or" or "$not")
                {
                    if (ReadLogical(member, member.KeySpan.To(member.Value.Span)) is { } logical) parts.Add(logical);
                }
                else
                    Report(DiagnosticDescriptors.UnknownComparator, member.KeySpan,
                        $"`{member.Key}` applies to a field: write `{{\"FIELD\": {{\"{member.Key}\": VALUE}}}}`");
                continue;
            }
            var column = new ColumnRef(member.Key) { Span = member.KeySpan };
            if (member.Value is JsonObject ops && ops.Members.Count > 0 && ops.Members.All(m => m.Key.StartsWith("$", StringComparison.Ordinal)))
            {
                foreach (var op in ops.Members)
                    if (ReadDollarComparison(column, op) is { } comparison) parts.Add(comparison);
            }
            else if (ReadLiteral(member.Value) is { } value)
            {
                var comparator = value is ListExpr ? Comparator.In : Comparator.Eq;
                parts.Add(new Comparison(column, comparator, value) { Span = member.KeySpan.To(member.Value.Span) });
            }
        }
        if (parts.Count == 0) return null;
        return parts.Count == 1 ? parts[0] : new AndCondition(parts.ToNodeList()) { Span = obj.Span };
    }

    private Condition? ReadDollarComparison(ColumnRef column, JsonMember op)
    {
        Comparator comparator;
        switch (op.Key)
        {
            case "$eq": comparator = Comparator.Eq; break;
            case "$ne": comparator = Comparator.Ne; break;
            case "$lt": comparator = Comparator.Lt; break;
            case "$lte": comparator = Comparator.Lte; break;
            case "$gt": comparator = Comparator.Gt; break;
            case "$gte": comparator = Comparator.Gte; break;
            case "$in": comparator = Comparator.In; break;
            case "$nin": comparator = Comparator.Nin; break;
            case "$like": comparator = Comparator.Like; break;
            default:
                Report(DiagnosticDescriptors.UnknownComparator, op.KeySpan,
                    $"unknown operator `{op.Key}`; operators are $eq, $ne, $lt, $lte, $gt, $gte, $in, $nin, $like",
                    Suggestions.Closest(op.Key, new[] { "$eq", "$ne", "$lt", "$lte", "$gt", "$gte", "$in", "$nin", "$like" }));
                return null;
        }
        var value = ReadLiteral(op.Value);
        if (value is null) return null;
        // NeMo's $like is a substring match: it becomes a LIKE pattern with wildcards around the text.
        if (comparator == Comparator.Like && value is StringLiteral text)
            value = new StringLiteral("%" + text.Value + "%") { Span = text.Span };
        return new Comparison(column, comparator, value) { Span = op.KeySpan.To(op.Value.Span), ComparatorSpan = op.KeySpan };
    }

    private Expr? ReadLiteral(JsonNode node) => node switch
    {
        JsonString s => Literals.FromString(s.Value, s.Span),
        JsonNumber n => new NumberLiteral(n.Value) { Span = n.Span },
        JsonBool b => new BoolLiteral(b.Value) { Span = b.Span },
        JsonNull z => new NullLiteral { Span = z.Span },
        JsonArray a => new ListExpr(a.Items.Select(ReadLiteral).OfType<Expr>().ToNodeList()) { Span = a.Span },
        _ => ReportNull(DiagnosticDescriptors.WrongValueKind, node.Span,
            $"a value is a number, a string, a boolean, null or a list, not {node.KindName}"),
    };

    private GroupKey? ReadGroupKey(JsonNode node) =>
        ReadKey(node, "a `group_by` entry", new[] { "property", "alias" }) is var (kind, name, span) ? new GroupKey(kind, name) { Span = span } : null;

    private OrderKey? ReadOrderKey(JsonNode node)
    {
        if (ReadKey(node, "an `order_by` entry", new[] { "property", "alias", "direction" }) is not var (kind, name, span)) return null;
        SortDirection? direction = null;
        if (((JsonObject)node).Member("direction") is { } d && Expect<JsonString>(d.Value, "`direction` is \"asc\" or \"desc\"") is { } text)
        {
            if (string.Equals(text.Value, "asc", StringComparison.OrdinalIgnoreCase)) direction = SortDirection.Asc;
            else if (string.Equals(text.Value, "desc", StringComparison.OrdinalIgnoreCase)) direction = SortDirection.Desc;
            else Report(DiagnosticDescriptors.UnknownOption, text.Span, $"unknown direction `{text.Value}`; use \"asc\" or \"desc\"",
                Suggestions.Closest(text.Value, new[] { "asc", "desc" }));
        }
        return new OrderKey(kind, name, direction) { Span = span };
    }

    private (KeyKind, string, SourceSpan)? ReadKey(JsonNode node, string what, string[] allowed)
    {
        if (Expect<JsonObject>(node, $"{what} is an object with `property` or `alias`") is not { } obj) return null;
        foreach (var member in obj.Members.Where(m => !allowed.Contains(m.Key)))
            ReportUnknownKey(member, allowed, what);
        var property = obj.Member("property");
        var alias = obj.Member("alias");
        if ((property is null) == (alias is null))
        {
            Report(DiagnosticDescriptors.MissingKey, OpeningBrace(obj), $"{what} needs exactly one of `property` and `alias`");
            return null;
        }
        var member2 = property ?? alias!;
        if (Expect<JsonString>(member2.Value, $"`{member2.Key}` is a name") is not { } name) return null;
        return (property is null ? KeyKind.Alias : KeyKind.Property, name.Value, obj.Span);
    }

    private NumberLiteral? ReadCount(JsonMember member) =>
        Expect<JsonNumber>(member.Value, $"`{member.Key}` is a whole number") is { } n ? new NumberLiteral(n.Value) { Span = n.Span } : null;

    private UndefinedPolicy? ReadUndefinedPolicy(JsonNode node)
    {
        if (Expect<JsonString>(node, "`on_undefined` is \"nan\", \"null\" or \"error\"") is not { } text) return null;
        switch (text.Value.ToLowerInvariant())
        {
            case "nan": return UndefinedPolicy.Nan;
            case "null": return UndefinedPolicy.Null;
            case "error": return UndefinedPolicy.Error;
            default:
                Report(DiagnosticDescriptors.UnknownOption, text.Span, $"unknown `on_undefined` value `{text.Value}`; use \"nan\", \"null\" or \"error\"",
                    Suggestions.Closest(text.Value, new[] { "nan", "null", "error" }));
                return null;
        }
    }

    private ColumnRef? ReadColumn(JsonNode node, string expectation) =>
        Expect<JsonString>(node, expectation) is { } s ? new ColumnRef(s.Value) { Span = s.Span } : null;

    private T? Expect<T>(JsonNode node, string expectation) where T : JsonNode
    {
        if (node is T typed) return typed;
        Report(DiagnosticDescriptors.WrongValueKind, node.Span, $"{expectation}, not {node.KindName}");
        return null;
    }

    private void ReportUnknownKey(JsonMember member, IReadOnlyList<string> allowed, string where) =>
        Report(DiagnosticDescriptors.UnknownKey, member.KeySpan,
            $"unknown key `{member.Key}` in {where}; expected one of {string.Join(", ", allowed)}",
            Suggestions.Closest(member.Key, allowed));

    private static SourceSpan OpeningBrace(JsonObject obj) => new(obj.Span.Start, 1, obj.Span.JsonPath);

    private void Report(DiagnosticDescriptor descriptor, SourceSpan span, string message, string? suggestion = null) =>
        _diagnostics.Add(descriptor.At(span, message, suggestion));

    private Expr? ReportNull(DiagnosticDescriptor descriptor, SourceSpan span, string message)
    {
        Report(descriptor, span, message);
        return null;
    }
}
