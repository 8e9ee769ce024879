using Evaluation.Engine.Sources;
using Evaluation.Engine.Sql;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Descriptors;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Planning;

/// <summary>
/// AST → SQL tree. Resolves the innermost source and reads its schema, validates the whole
/// query against it (nothing runs when there is an error), then plans each block: the
/// filter, the select items through the function translators, grouping and ordering by
/// output position, paging, and a subquery block for each stage that JSON writes as a subquery.
/// </summary>
internal sealed class Planner
{
    /// <summary>Prefix of the hidden columns that carry undefined-value reasons.</summary>
    public const string ReasonPrefix = "__evalq_undefined_";

    private readonly SourceResolver _sources;
    private readonly FunctionCatalog _catalog;
    private readonly TranslatorRegistry _translators;

    public Planner(SourceResolver sources, FunctionCatalog? catalog = null, TranslatorRegistry? translators = null)
    {
        _sources = sources;
        _catalog = catalog ?? FunctionCatalog.Default;
        _translators = translators ?? TranslatorRegistry.Default;
    }

    public QueryPlan Plan(Query query)
    {
        var innermost = query;
        while (innermost.From is SubquerySource sub) innermost = sub.Query;
        var source = _sources.Resolve(innermost.From);
        if (source.Descriptor is { } descriptor)
        {
            // Omitted parameters default from the descriptor before validation, so what runs is what explain shows.
            var (described, problems) = DescriptorDefaults.Apply(query, descriptor, _catalog);
            if (problems.Any(p => p.IsError)) throw new QueryException(problems);
            query = described;
        }
        var diagnostics = QueryValidator.Validate(query, new ValidationOptions { Catalog = _catalog, Schema = source.Schema });
        if (diagnostics.Any(d => d.IsError)) throw new QueryException(diagnostics);
        var plan = PlanBlock(query, source, depth: 0);
        return plan with { Warnings = diagnostics, Query = query };
    }

    private QueryPlan PlanBlock(Query query, ResolvedSource innermost, int depth)
    {
        SqlRelation relation;
        SourceSchema schema;
        Func<string, ValueRange?> rangeOf = _ => null;
        if (query.From is SubquerySource sub)
        {
            var inner = PlanBlock(sub.Query, innermost, depth + 1);
            relation = new SqlSubqueryRelation(inner.Select, "q" + (depth + 1));
            schema = new SourceSchema(inner.Columns.Select(c => new SchemaColumn(c.Name, c.Type)));
        }
        else
        {
            relation = innermost.Relation;
            schema = innermost.Schema;
            rangeOf = name => innermost.Statistics.Value.RangeOf(name);
        }

        // A block that names a list's fields reads one row per element of that list (Arthur's objects_detected).
        var exploded = NestedLists.Exploded(query, schema);
        Func<string, SqlExpr> columnSql = name => new SqlColumn(name);
        if (exploded is not null)
        {
            relation = new SqlUnnestRelation(relation, exploded, NestedLists.Element);
            columnSql = name => NestedLists.Sql(name, exploded);
            rangeOf = _ => null;
        }
        // Group keys as SQL, translated once and before any other call: windows over "the group's
        // rows" partition by them, and the keys' own select items reuse them.
        var keyContext = new TranslationContext(schema, _translators, _catalog) { ColumnSql = columnSql };
        var computedKeys = new Dictionary<SelectItem, PlannedValue>(ReferenceEqualityComparer.Instance);
        foreach (var key in query.GroupBy.Select(key => KeyItem(query, key)))
            if (key is ExprItem { Expression: FunctionCall call })
                computedKeys.TryAdd(key, _translators.Translate(call, _catalog.Find(call.Name)!, keyContext));
        var context = new TranslationContext(schema, _translators, _catalog)
        {
            ColumnSql = columnSql,
            RangeOf = rangeOf,
            GroupKeys = query.GroupBy.Select(key => KeyItem(query, key)).Select(item => computedKeys.TryGetValue(item, out var key)
                ? key.Value
                : columnSql(((ColumnRef)((ExprItem)item).Expression).Name)).ToList(),
        };
        var conditions = context.Conditions;
        var where = conditions.All(query.Filter);
        if (CurveBlock.Find(query, _catalog) is { } curve)
            return CurveBlock.Plan(query, curve, context, relation, where, query.GroupBy.Select(key => ((ExprItem)KeyItem(query, key)).OutputName).ToList());

        var items = new List<SqlSelectItem>();
        var columns = new List<PlannedColumn>();
        var reasons = new List<SqlSelectItem>();
        var aggregated = query.GroupBy.Count > 0;
        var positions = new Dictionary<SelectItem, int>(ReferenceEqualityComparer.Instance);
        foreach (var item in query.Select)
        {
            positions[item] = items.Count + 1;
            switch (item)
            {
                case StarItem:
                    items.Add(new SqlSelectItem(new SqlStar(), ""));
                    columns.AddRange(schema.Columns.Select(c => new PlannedColumn(c.Name, c.Type)));
                    break;
                case ExprItem { Expression: ColumnRef column } e when column.Name == exploded && e.Alias is null:
                    // The exploded list itself: one output column per field of its elements, named list.field.
                    foreach (var field in schema.Find(column.Name)!.Fields)
                    {
                        var name = column.Name + "." + field.Name;
                        items.Add(new SqlSelectItem(columnSql(name), name));
                        columns.Add(new PlannedColumn(name, field.Type));
                    }
                    break;
                case ExprItem { Expression: ColumnRef column } e:
                    items.Add(new SqlSelectItem(columnSql(column.Name), e.OutputName));
                    columns.Add(new PlannedColumn(e.OutputName, schema.Find(column.Name)?.Type ?? ColumnType.Other));
                    break;
                case ExprItem { Expression: FunctionCall call } e:
                    var function = _catalog.Find(call.Name)!;
                    aggregated |= function.Kind == FunctionKind.Aggregate;
                    var value = computedKeys.TryGetValue(item, out var key) ? key : _translators.Translate(call, function, context);
                    // on_undefined: null turns an undefined value into NULL in the SQL itself, so rows and Arrow batches agree.
                    var output = value.Undefined is not null && query.OnUndefined == UndefinedPolicy.Null
                        ? new SqlCase(new[] { ((SqlExpr)new SqlIsNull(value.Undefined, Negated: true), (SqlExpr)SqlConstant.Null) }, value.Value)
                        : value.Value;
                    items.Add(new SqlSelectItem(output, e.OutputName));
                    string? reasonColumn = null;
                    if (value.Undefined is not null)
                    {
                        reasonColumn = ReasonPrefix + reasons.Count;
                        reasons.Add(new SqlSelectItem(value.Undefined, reasonColumn));
                    }
                    columns.Add(new PlannedColumn(e.OutputName, value.Type, reasonColumn, function.Name));
                    break;
            }
        }

        var groupPositions = query.GroupBy.Select(key => positions[KeyItem(query, key)]).ToList();
        var order = new List<SqlOrder>();
        foreach (var key in query.OrderBy)
        {
            var descending = key.Direction == SortDirection.Desc;
            var position = OrderPosition(query, key, positions);
            order.Add(new SqlOrder(position is { } p ? Sql.Sql.Integer(p) : columnSql(key.Name), descending));
        }
        // Results are deterministic: a grouped result is ordered by its keys after any order the query gives.
        foreach (var p in groupPositions.Where(p => !order.Any(o => o.Expression is SqlConstant { Value: long n } && n == p)))
            order.Add(new SqlOrder(Sql.Sql.Integer(p)));

        var selectItems = QuantileMerging.Merge(items.Concat(reasons).ToList());
        // Ungrouped ranking metrics over a score column whose values repeat: the rows are counted per score first.
        if (groupPositions.Count == 0 && exploded is null && context.RowColumns.Count == 0 && query.From is not SubquerySource
            && order.All(o => o.Expression is SqlConstant)
            && CountedScores.TryRewrite(selectItems, relation, where, name => innermost.Statistics.Value.Repeats(name)) is { } counted)
        {
            (selectItems, relation, where) = (counted.Items, counted.From, null);
        }
        else
        {
            // Per-row windows (TranslationContext.PerRow) must see exactly the rows the aggregates
            // see: the filter moves into an inner select that adds them, partitioned by the group keys.
            // The same select computes, once a row, each presence test that several aggregates repeat.
            var rowItems = context.RowColumns.Select(c => new SqlSelectItem(c.Build(context.GroupKeys), c.Name)).ToList();
            if (exploded is null)
            {
                (selectItems, var presence) = PresenceColumns.Hoist(selectItems);
                rowItems.AddRange(presence);
            }
            if (rowItems.Count > 0)
            {
                rowItems.Insert(0, new SqlSelectItem(new SqlStar(), ""));
                relation = new SqlSubqueryRelation(new SqlSelect(rowItems, relation) { Where = where }, "rows" + depth);
                where = null;
            }
        }

        var select = new SqlSelect(selectItems, relation)
        {
            Where = where,
            GroupBy = groupPositions.Select(p => Sql.Sql.Integer(p)).ToList(),
            OrderBy = order,
            Distinct = query.Distinct,
            Aggregates = aggregated,
        };
        var groupColumns = groupPositions.Select(p => columns[p - 1].Name).ToList();
        if (query.Pivot is { } pivot)
        {
            // The order and paging belong to the pivoted result.
            (select, columns, groupColumns) = PivotBlock.Plan(query, pivot, select with { OrderBy = Array.Empty<SqlOrder>() }, columns, _sources, depth);
        }
        return Paged(query, select, columns, groupColumns, depth);
    }

    /// <summary>The block's plan with its paging (limit/offset or page/page_size) and the count of all its rows when it pages.</summary>
    private static QueryPlan Paged(Query query, SqlSelect select, IReadOnlyList<PlannedColumn> columns, IReadOnlyList<string> groupColumns, int depth)
    {
        (long Page, long PageSize)? paging = null;
        SqlSelect? total = null;
        if (query.Page is not null || query.PageSize is not null)
        {
            var pageSize = (long)(query.PageSize?.Value ?? 100);
            var page = (long)(query.Page?.Value ?? 1);
            paging = (page, pageSize);
            total = CountOf(select, depth);
            select = select with { Limit = new SqlParameter(pageSize), Offset = new SqlParameter((page - 1) * pageSize) };
        }
        else
        {
            if (query.Limit is not null || query.Offset is not null) total = CountOf(select, depth);
            if (query.Limit is not null) select = select with { Limit = new SqlParameter((long)query.Limit.Value) };
            if (query.Offset is not null) select = select with { Offset = new SqlParameter((long)query.Offset.Value) };
        }

        return new QueryPlan(select, columns)
        {
            GroupColumns = groupColumns,
            Total = total,
            Paging = paging,
            Policy = query.OnUndefined ?? UndefinedPolicy.Nan,
        };
    }

    private static SqlSelect CountOf(SqlSelect select, int depth) =>
        new(new[] { new SqlSelectItem(Sql.Sql.CountStar(), "total") }, new SqlSubqueryRelation(select with { OrderBy = Array.Empty<SqlOrder>() }, "counted" + depth));

    private static SelectItem KeyItem(Query query, GroupKey key) =>
        query.Select.OfType<ExprItem>().First(i => key.Kind == KeyKind.Alias
            ? i.Alias?.Text == key.Name
            : i.Expression is ColumnRef c && c.Name == key.Name);

    /// <summary>The output position an order key names, or null when it names a column of the source.</summary>
    private static int? OrderPosition(Query query, OrderKey key, Dictionary<SelectItem, int> positions)
    {
        var item = query.Select.OfType<ExprItem>().FirstOrDefault(i => key.Kind == KeyKind.Alias
            ? i.Alias?.Text == key.Name
            : i.OutputName == key.Name || (i.Alias is null && i.Expression is ColumnRef c && c.Name == key.Name));
        return item is null ? null : positions[item];
    }

}
