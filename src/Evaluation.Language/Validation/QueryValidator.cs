using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;

namespace Evaluation.Language.Validation;

/// <summary>
/// Validates a query against the catalog and, when given, the source's schema: function
/// calls, conditions, paging, aliases, group-by/select consistency, nested-field rules,
/// column names and comparison types. Returns every problem found; never throws.
/// </summary>
public static class QueryValidator
{
    /// <summary>Validates one query (and its subqueries).</summary>
    public static IReadOnlyList<Diagnostic> Validate(Query query, ValidationOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        new Walker(options ?? ValidationOptions.Default, diagnostics).Query(query, options?.Schema);
        return diagnostics;
    }

    /// <summary>Validates every query of a script. The schema applies to queries over the default source.</summary>
    public static IReadOnlyList<Diagnostic> Validate(Script script, ValidationOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var walker = new Walker(options ?? ValidationOptions.Default, diagnostics);
        foreach (var statement in script.Statements)
        {
            var query = statement switch { LetStatement l => l.Query, QueryStatement q => q.Query, _ => null };
            if (query is not null) walker.Query(query, query.From is null ? options?.Schema : null);
        }
        return diagnostics;
    }

    private sealed class Walker
    {
        private readonly ValidationOptions _options;
        private readonly List<Diagnostic> _diagnostics;
        private SourceSchema? _schema;

        public Walker(ValidationOptions options, List<Diagnostic> diagnostics)
        {
            _options = options;
            _diagnostics = diagnostics;
        }

        public void Query(Query query, SourceSchema? schema)
        {
            if (query.From is SubquerySource sub)
            {
                Query(sub.Query, schema);
                schema = OutputSchema(sub.Query, schema, _options.Catalog);
            }
            _schema = schema;
            var calls = new CallValidator(_options, _diagnostics, Condition, Column);

            if (query.Select.Count == 0 && !query.Span.IsNone && query.Span.JsonPath is null)
                Report(DiagnosticDescriptors.EmptySelect, query.Span, "the query selects nothing");

            var aggregates = false;
            foreach (var item in query.Select.OfType<ExprItem>())
            {
                switch (item.Expression)
                {
                    case FunctionCall call:
                        var definition = calls.Check(call);
                        aggregates |= definition?.Kind == FunctionKind.Aggregate;
                        if (definition?.Kind == FunctionKind.Window) RankRules.Check(call, definition, _schema, _diagnostics);
                        break;
                    case ColumnRef column:
                        Column(column);
                        break;
                }
            }
            foreach (var condition in query.Filter) Condition(condition);

            CheckAliases(query);
            CheckGrouping(query, aggregates);
            CheckNestedFields(query);
            // After a pivot, order keys may name the columns its values make, known only when it runs (the planner checks them).
            if (query.Pivot is null) CheckOrder(query, aggregates || query.GroupBy.Count > 0);
            else CheckPivot(query, query.Pivot);
            CheckPaging(query);
        }

        /// <summary>The columns a subquery gives its outer query: names only (types unknown), or unknown with <c>*</c>.</summary>
        private static SourceSchema? OutputSchema(Query inner, SourceSchema? innerSchema, FunctionCatalog catalog)
        {
            // A pivot's columns are the values of a column: known when it runs, not before.
            if (inner.Pivot is not null) return null;
            if (inner.Select.Any(i => i is StarItem)) return inner.GroupBy.Count == 0 && inner.Select.Count == 1 ? innerSchema : null;
            return new SourceSchema(inner.Select.OfType<ExprItem>().Select(i => i.Expression switch
            {
                ColumnRef c when innerSchema?.Find(c.Name) is { } known => known with { Name = i.OutputName },
                FunctionCall call when catalog.Find(call.Name) is { } f => new SchemaColumn(i.OutputName, ResultType(f)),
                _ => new SchemaColumn(i.OutputName, ColumnType.Other),
            }));
        }

        /// <summary>The type of a metric's value, as far as a filter on it can be checked.</summary>
        private static ColumnType ResultType(FunctionDefinition function) => function.Result switch
        {
            ResultShape.Struct => ColumnType.Struct,
            ResultShape.List => ColumnType.List,
            _ when function.Kind != FunctionKind.Aggregate => ColumnType.Other,
            _ when function.Name is "count" or "countIf" or "count_distinct" or "nan_count" => ColumnType.Integer,
            _ when function.Tasks.HasFlag(TaskKinds.Regression) || function.Tasks.HasFlag(TaskKinds.Binary)
                   || function.Tasks.HasFlag(TaskKinds.Multiclass) || function.Tasks.HasFlag(TaskKinds.ObjectDetection) => ColumnType.Float,
            _ => ColumnType.Other,
        };

        private void Column(ColumnRef column)
        {
            if (_schema is null || _schema.Find(column.Name) is not null) return;
            var suggestion = Catalog.Suggestions.Closest(column.Name, _schema.AllNames());
            Report(DiagnosticDescriptors.UnknownColumn, column.Span,
                $"the source has no column `{column.Name}`", suggestion);
        }

        private void Condition(Condition condition)
        {
            switch (condition)
            {
                case AndCondition and: foreach (var c in and.Operands) Condition(c); break;
                case OrCondition or: foreach (var c in or.Operands) Condition(c); break;
                case NotCondition not: Condition(not.Operand); break;
                case Comparison comparison: Comparison(comparison); break;
            }
        }

        private void Comparison(Comparison comparison)
        {
            Column(comparison.Property);
            var comparator = comparison.EffectiveComparator;
            var name = comparator.Name();
            var at = comparison.Value?.Span ?? (comparison.ComparatorSpan.IsNone ? comparison.Span : comparison.ComparatorSpan);
            var value = comparison.Value;
            switch (comparator.Operand())
            {
                case ComparatorOperand.None when value is not null:
                    Report(DiagnosticDescriptors.ComparatorValue, at, $"`{name}` takes no value");
                    return;
                case ComparatorOperand.List when value is not ListExpr:
                    Report(DiagnosticDescriptors.ComparatorValue, at, $"`{name}` takes a list of values, like [1, 2]");
                    return;
                case ComparatorOperand.Range when value is not ListExpr { Items.Count: 2 }:
                    Report(DiagnosticDescriptors.ComparatorValue, at, $"`{name}` takes two values, [low, high]");
                    return;
                case ComparatorOperand.Scalar when value is ListExpr:
                    Report(DiagnosticDescriptors.ComparatorValue, at, $"`{name}` takes one value, not a list" +
                        (comparator == Comparator.Eq ? "; use `in` for a list" : ""));
                    return;
            }
            if (comparator is Comparator.Like or Comparator.NotLike or Comparator.Ilike or Comparator.NotIlike && value is not StringLiteral)
            {
                Report(DiagnosticDescriptors.ComparatorValue, at, $"`{name}` takes a string pattern");
                return;
            }
            CheckComparisonType(comparison);
        }

        /// <summary>With a schema: a number compared with a text column, or text with a numeric column, is an error.</summary>
        private void CheckComparisonType(Comparison comparison)
        {
            var column = _schema?.Find(comparison.Property.Name);
            if (column is null || comparison.Value is null) return;
            var values = comparison.Value is ListExpr list ? list.Items : NodeList.Of(comparison.Value);
            foreach (var value in values)
            {
                var fits = (column.Type, value) switch
                {
                    (_, NullLiteral) => true,
                    (ColumnType.Other or ColumnType.List or ColumnType.Struct, _) => true,
                    (ColumnType.Float or ColumnType.Integer, NumberLiteral or BoolLiteral) => true,
                    (ColumnType.Boolean, BoolLiteral or NumberLiteral) => true,
                    (ColumnType.String, StringLiteral or TimestampLiteral) => true,
                    (ColumnType.Timestamp, TimestampLiteral) => true,
                    _ => false,
                };
                if (!fits)
                    Report(DiagnosticDescriptors.TypeMismatch, value.Span,
                        $"`{column.Name}` holds {Describe(column.Type)}; it cannot be compared with {CallValidator.Describe(value)}");
            }
        }

        private static string Describe(ColumnType type) => type switch
        {
            ColumnType.Float => "numbers",
            ColumnType.Integer => "whole numbers",
            ColumnType.Boolean => "booleans",
            ColumnType.String => "text",
            ColumnType.Timestamp => "timestamps",
            _ => type.ToString().ToLowerInvariant(),
        };

        private void CheckAliases(Query query)
        {
            var seen = new Dictionary<string, ExprItem>(StringComparer.Ordinal);
            foreach (var item in query.Select.OfType<ExprItem>())
            {
                var name = item.OutputName;
                if (seen.ContainsKey(name))
                    Report(DiagnosticDescriptors.AliasCollision, item.Alias?.Span ?? item.Span,
                        $"two select items are called `{name}`; give one of them another alias");
                else seen.Add(name, item);
            }
        }

        private void CheckGrouping(Query query, bool aggregates)
        {
            var keyItems = new List<ExprItem>();
            foreach (var key in query.GroupBy)
            {
                var item = query.Select.OfType<ExprItem>().FirstOrDefault(i => key.Kind == KeyKind.Alias
                    ? i.Alias?.Text == key.Name
                    : i.Expression is ColumnRef c && c.Name == key.Name);
                if (item is null)
                {
                    if (key.Kind == KeyKind.Alias)
                        Report(DiagnosticDescriptors.UnknownAlias, key.Span, $"`group_by` names the alias `{key.Name}`, but no select item has it");
                    else
                        Report(DiagnosticDescriptors.GroupKeyNotSelected, key.Span, $"the group key `{key.Name}` must also be selected");
                    continue;
                }
                keyItems.Add(item);
                if (item.Expression is FunctionCall call && _options.Catalog.Find(call.Name) is { Kind: FunctionKind.Aggregate or FunctionKind.Window } f)
                    Report(DiagnosticDescriptors.MisplacedFunction, key.Span, f.Kind == FunctionKind.Aggregate
                        ? $"cannot group by `{f.Name}`, an aggregate"
                        : $"cannot group by `{f.Name}`, which numbers rows within partitions; rank first, then group the ranked result in a later stage");
            }
            if (!aggregates && query.GroupBy.Count == 0) return;
            if (query.Select.FirstOrDefault(i => i is StarItem) is { } star)
                Report(DiagnosticDescriptors.NotGrouped, star.Span, "`*` cannot be selected together with aggregates or `group_by`");
            foreach (var item in query.Select.OfType<ExprItem>().Where(i => !keyItems.Any(k => ReferenceEquals(k, i))))
            {
                var perRow = item.Expression switch
                {
                    ColumnRef => true,
                    FunctionCall call => _options.Catalog.Find(call.Name)?.Kind is FunctionKind.Row or FunctionKind.Window,
                    _ => false,
                };
                if (perRow && item.Expression is FunctionCall { } window && _options.Catalog.Find(window.Name)?.Kind == FunctionKind.Window)
                    Report(DiagnosticDescriptors.NotGrouped, item.Span,
                        $"`{item.OutputName}` ranks rows, but the query aggregates; rank the aggregated result in a later stage: `| select *, {item.OutputName} = rank …`");
                else if (perRow)
                    Report(DiagnosticDescriptors.NotGrouped, item.Span,
                        $"`{item.OutputName}` is computed per row, but the query aggregates; add it to `group_by` or aggregate it");
            }
        }

        /// <summary>Arthur's rule: a nested field used in a filter, group or order must also be selected.</summary>
        private void CheckNestedFields(Query query)
        {
            var selected = new HashSet<string>(query.Select.OfType<ExprItem>()
                .Select(i => i.Expression).OfType<ColumnRef>().Select(c => c.Name), StringComparer.Ordinal);
            bool IsSelected(string name) =>
                selected.Contains(name) || selected.Contains(name.Substring(0, name.IndexOf('.')));
            foreach (var column in query.Filter.SelectMany(ColumnReferences.Of).Where(c => c.IsNested && !IsSelected(c.Name)))
                Report(DiagnosticDescriptors.NestedNotSelected, column.Span, $"the nested field `{column.Name}` is used in the filter, so it must also be selected");
            foreach (var key in query.GroupBy.Where(k => k.Kind == KeyKind.Property && k.Name.IndexOf('.') > 0 && !IsSelected(k.Name)))
                Report(DiagnosticDescriptors.NestedNotSelected, key.Span, $"the nested field `{key.Name}` is grouped by, so it must also be selected");
            foreach (var key in query.OrderBy.Where(k => k.Kind == KeyKind.Property && k.Name.IndexOf('.') > 0 && !IsSelected(k.Name)))
                Report(DiagnosticDescriptors.NestedNotSelected, key.Span, $"the nested field `{key.Name}` is ordered by, so it must also be selected");
        }

        private void CheckOrder(Query query, bool aggregated)
        {
            var outputs = new HashSet<string>(query.Select.OfType<ExprItem>().Select(i => i.OutputName), StringComparer.Ordinal);
            var groupProperties = new HashSet<string>(query.GroupBy.Where(k => k.Kind == KeyKind.Property).Select(k => k.Name), StringComparer.Ordinal);
            foreach (var key in query.OrderBy)
            {
                if (key.Kind == KeyKind.Alias)
                {
                    if (!query.Select.OfType<ExprItem>().Any(i => i.Alias?.Text == key.Name))
                        Report(DiagnosticDescriptors.UnknownAlias, key.Span, $"`order_by` names the alias `{key.Name}`, but no select item has it",
                            Catalog.Suggestions.Closest(key.Name, outputs));
                }
                else if (aggregated && !outputs.Contains(key.Name) && !groupProperties.Contains(key.Name))
                    Report(DiagnosticDescriptors.NotGrouped, key.Span,
                        $"cannot order the aggregated result by `{key.Name}`: it is neither a group key nor a selected name");
                else if (!aggregated && !outputs.Contains(key.Name))
                    Column(new ColumnRef(key.Name) { Span = key.Span });
            }
        }

        /// <summary>A pivot spreads two columns of its block's result, two different ones.</summary>
        private void CheckPivot(Query query, Pivot pivot)
        {
            var outputs = query.Select.OfType<ExprItem>().Select(i => i.OutputName).ToList();
            var star = query.Select.Any(i => i is StarItem);
            if (star && _schema is null) return;
            if (star) outputs.AddRange(_schema!.Columns.Select(c => c.Name));
            foreach (var column in new[] { pivot.Property, pivot.By })
            {
                if (outputs.Contains(column.Name, StringComparer.Ordinal)) continue;
                Report(DiagnosticDescriptors.InvalidPivot, column.Span,
                    $"`pivot` spreads columns of its select's result, and it has no `{column.Name}`; its columns are {string.Join(", ", outputs.Distinct().Select(o => "`" + o + "`"))}",
                    Catalog.Suggestions.Closest(column.Name, outputs));
            }
            if (string.Equals(pivot.Property.Name, pivot.By.Name, StringComparison.OrdinalIgnoreCase))
                Report(DiagnosticDescriptors.InvalidPivot, pivot.By.Span, $"`pivot` needs two different columns: the values (`{pivot.Property.Name}`) and the one whose values name the new columns");
        }

        private void CheckPaging(Query query)
        {
            void Count(NumberLiteral? value, string key, double minimum)
            {
                if (value is null) return;
                if (!value.IsInteger || value.Value < minimum)
                    Report(DiagnosticDescriptors.InvalidPaging, value.Span,
                        $"`{key}` must be a whole number of at least {minimum}; got {value.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
            }
            Count(query.Limit, "limit", 0);
            Count(query.Offset, "offset", 0);
            Count(query.Page, "page", 1);
            Count(query.PageSize, "page_size", 1);
            if ((query.Limit ?? query.Offset) is { } plain && (query.Page ?? query.PageSize) is not null)
                Report(DiagnosticDescriptors.InvalidPaging, plain.Span, "use `limit`/`offset` or `page`/`page_size`, not both");
        }

        private void Report(DiagnosticDescriptor descriptor, SourceSpan span, string message, string? suggestion = null) =>
            _diagnostics.Add(descriptor.At(span, message, suggestion));
    }
}
