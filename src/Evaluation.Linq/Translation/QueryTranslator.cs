using System.Linq.Expressions;
using System.Reflection;
using Evaluation.Language.Ast;

namespace Evaluation.Linq.Translation;

/// <summary>
/// A LINQ query (its chain of <see cref="Queryable"/> calls) as one query block of the language:
/// <c>Where</c> → filter, <c>GroupBy</c> → group keys (columns, <c>.Date</c>, <c>Bucket</c>), <c>Select</c>
/// → select list (see <see cref="ProjectionRewriter"/>), <c>OrderBy/ThenBy[Descending]</c> → order,
/// <c>Skip/Take</c> → offset/limit, and the terminal operators. Anything else fails with a
/// <see cref="NotSupportedException"/> naming the method and the expression, before anything runs.
/// </summary>
internal sealed class QueryTranslator
{
    private readonly Dictionary<Expression, int> _slots;
    private readonly List<Func<object?[], Condition>> _filters = new();
    private readonly List<Func<object?[], Condition>> _resultFilters = new();
    private readonly List<OrderKey> _order = new();
    private QuerySource? _source;
    private List<KeyPart>? _keys;
    private LambdaExpression? _groupKey;
    private Projection? _projection;
    private Expression? _reader;
    private Func<object?[], NumberLiteral?>? _limit, _offset;
    private Terminal _terminal = Terminal.Sequence;

    private QueryTranslator(Dictionary<Expression, int> slots) => _slots = slots;

    public static TranslatedQuery Translate(Expression expression, Dictionary<Expression, int> slots)
    {
        var translator = new QueryTranslator(slots);
        translator.Visit(expression);
        return translator.Finish(expression);
    }

    private void Visit(Expression expression)
    {
        if (expression is ConstantExpression { Value: IQueryable root })
        {
            _source = (root as IQueryRoot)?.Source
                ?? throw new NotSupportedException("The query does not start from an EvaluationContext source.");
            return;
        }
        if (expression is not MethodCallExpression call || call.Method.DeclaringType != typeof(Queryable))
            throw new NotSupportedException($"`{expression}` cannot be translated: a query is a chain of LINQ operators on an EvaluationContext source.");
        Visit(call.Arguments[0]);
        Operator(call);
    }

    private void Operator(MethodCallExpression call)
    {
        if (_terminal != Terminal.Sequence) throw Unsupported(call, "an operator after a terminal one");
        switch (call.Method.Name)
        {
            case "Where" when _projection is not null:
                ResultFilter(call, Lambda(call, 1));
                break;
            case "Where":
                if (_keys is not null) throw Unsupported(call, "a filter on groups before Select (filter the rows before GroupBy, or the results after Select)");
                var predicate = Lambda(call, 1);
                // Top-level && are the filter's own list of conditions (all must hold), as the DSL writes them.
                foreach (var part in Conjuncts(predicate.Body))
                    _filters.Add(new ConditionBuilder(predicate.Parameters[0], _slots).Build(part));
                break;
            case "GroupBy" when call.Arguments.Count == 2:
                if (_keys is not null || _projection is not null) throw Unsupported(call, "a second GroupBy, or a GroupBy after Select");
                _groupKey = Lambda(call, 1);
                _keys = GroupKeys.Of(_groupKey, _slots);
                break;
            case "Select" when call.Arguments.Count == 2 && Lambda(call, 1).Parameters.Count == 1:
                Select(call, Lambda(call, 1));
                break;
            case "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" when call.Arguments.Count == 2:
                Order(call, Lambda(call, 1), call.Method.Name.EndsWith("Descending", StringComparison.Ordinal));
                break;
            case "Take" when call.Arguments.Count == 2 && call.Arguments[1].Type == typeof(int):
                _limit = Number(call, 1);
                break;
            case "Skip" when call.Arguments.Count == 2 && call.Arguments[1].Type == typeof(int):
                if (_limit is not null) throw Unsupported(call, "Skip after Take");
                _offset = Number(call, 1);
                break;
            case "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Any" or "Count" or "LongCount":
                if (call.Arguments.Count == 2)
                {
                    if (_keys is not null || _projection is not null) throw Unsupported(call, "a predicate on a terminal operator after GroupBy or Select");
                    var condition = Lambda(call, 1);
                    _filters.Add(new ConditionBuilder(condition.Parameters[0], _slots).Build(condition.Body));
                }
                else if (call.Arguments.Count != 1)
                {
                    throw Unsupported(call, "this overload");
                }
                _terminal = Enum.Parse<Terminal>(call.Method.Name);
                break;
            default:
                throw Unsupported(call, $"the operator `{call.Method.Name}`");
        }
    }

    private void Select(MethodCallExpression call, LambdaExpression selector)
    {
        if (_projection is not null) throw Unsupported(call, "a second Select (project once)");
        _projection = new Projection();
        if (_keys is not null)
        {
            foreach (var key in _keys)
            {
                if (key.Key.Kind == KeyKind.Property) _projection.Claim(key.Output);
                else _projection.Reserve(key.Output);
                _projection.Items.Add(key.Item);
            }
            _reader = ProjectionRewriter.OverGroups(_projection, selector, _keys, _slots);
        }
        else if (selector.Body == selector.Parameters[0])
        {
            _projection = null; // Select(r => r): the rows themselves
            return;
        }
        else
        {
            _reader = ProjectionRewriter.OverRows(_projection, selector, _slots);
        }
        _projection.MapMembers(_reader);
    }

    /// <summary>
    /// A filter on the projected results (<c>.Select(g => new { …, Rmse = … }).Where(x => x.Rmse > 30)</c>): the
    /// query becomes a subquery and the filter reads its output columns, as the DSL's second stage does.
    /// </summary>
    private void ResultFilter(MethodCallExpression call, LambdaExpression predicate)
    {
        if (_order.Count > 0 || _limit is not null || _offset is not null)
            throw Unsupported(call, "a filter after OrderBy, Skip or Take (filter the results first)");
        var projection = _projection!;
        var result = predicate.Parameters[0];
        string? OutputOf(Expression e) => ColumnNames.StripConversions(e) switch
        {
            MemberExpression m when m.Expression == result && projection.MemberColumns.TryGetValue(m.Member.Name, out var output) => output,
            ParameterExpression p when p == result && projection.MemberColumns.TryGetValue("", out var single) => single,
            _ => null,
        };
        foreach (var part in Conjuncts(predicate.Body))
            _resultFilters.Add(new ConditionBuilder(OutputOf, _slots).Build(part));
    }

    private void Order(MethodCallExpression call, LambdaExpression key, bool descending)
    {
        if (_keys is not null && _projection is null) throw Unsupported(call, "ordering groups before Select (order the projected results)");
        if (call.Method.Name.StartsWith("OrderBy", StringComparison.Ordinal)) _order.Clear();
        var direction = descending ? SortDirection.Desc : SortDirection.Asc;
        if (_projection is null)
        {
            var column = ColumnNames.Column(key.Body, key.Parameters[0]) ?? throw Unsupported(call, $"the order key `{key}` (order by a column: r => r.Score)");
            _order.Add(new OrderKey(KeyKind.Property, column, direction));
            return;
        }
        var member = ColumnNames.StripConversions(key.Body) switch
        {
            MemberExpression m when m.Expression == key.Parameters[0] => m.Member.Name,
            ParameterExpression p when p == key.Parameters[0] => "",
            _ => null,
        };
        if (member is null || !_projection.MemberColumns.TryGetValue(member, out var output))
            throw Unsupported(call, $"the order key `{key}` (order by a projected member that holds one computed value)");
        // Over a filtered result (a subquery) every output is a column of the block's source.
        _order.Add(new OrderKey(_projection.IsColumn(output) || _resultFilters.Count > 0 ? KeyKind.Property : KeyKind.Alias, output, direction));
    }

    private Func<object?[], NumberLiteral?> Number(MethodCallExpression call, int argument) =>
        _slots.TryGetValue(call.Arguments[argument], out var slot)
            ? v => new NumberLiteral(Convert.ToDouble(v[slot]))
            : throw Unsupported(call, "a count that is not a value");

    private TranslatedQuery Finish(Expression expression)
    {
        var source = _source!;
        var projection = _projection;
        Delegate reader;
        Type element;
        IReadOnlyList<string> columns;
        if (_keys is not null && projection is null)
            throw new NotSupportedException($"`{expression}` ends in GroupBy: select aggregates from the groups (GroupBy(…).Select(g => new {{ g.Key, N = g.Count() }})).");
        if (projection is null)
        {
            projection = new Projection();
            var body = RowReader.Of(source.RowType, projection);
            reader = projection.Compile(body);
            element = source.RowType;
        }
        else
        {
            reader = projection.Compile(_reader!);
            element = _reader!.Type;
        }
        columns = projection.Columns;

        var filters = _filters.ToList();
        var resultFilters = _resultFilters.ToList();
        var outputs = projection.Columns.Select(c => (SelectItem)new ExprItem(new ColumnRef(c), null, null)).ToNodeList();
        var items = projection.ReadsLists && _keys is null
            ? new List<Func<object?[], SelectItem>> { _ => new StarItem() }
            : projection.Items.ToList();
        var keys = (_keys ?? new List<KeyPart>()).Where(k => k.Key.Name.Length > 0).Select(k => k.Key).ToNodeList();
        var order = _order.ToNodeList();
        var (limit, offset, terminal) = (_limit, _offset, _terminal);
        var fixedLimit = terminal switch
        {
            Terminal.First or Terminal.FirstOrDefault or Terminal.Any => 1,
            Terminal.Single or Terminal.SingleOrDefault => 2,
            _ => (int?)null,
        };
        Query Build(object?[] v)
        {
            var query = new Query(source.Source, items.Select(i => i(v)).ToNodeList(), filters.Select(f => f(v)).ToNodeList(), keys, order)
            {
                Limit = limit?.Invoke(v),
                Offset = offset?.Invoke(v),
            };
            if (resultFilters.Count > 0)
            {
                // The filtered results: the query as a subquery, its outputs read by name.
                var inner = query with { OrderBy = NodeList<OrderKey>.Empty, Limit = null, Offset = null };
                query = new Query(new SubquerySource(inner), outputs, resultFilters.Select(f => f(v)).ToNodeList(), NodeList<GroupKey>.Empty, order)
                {
                    Limit = query.Limit,
                    Offset = query.Offset,
                };
            }
            if (fixedLimit is { } most && (query.Limit is null || query.Limit.Value > most)) query = query with { Limit = new NumberLiteral(most) };
            if (terminal is not (Terminal.Count or Terminal.LongCount)) return query;
            var count = NodeList.Of<SelectItem>(new ExprItem(new FunctionCall("count", NodeList<Argument>.Empty), new Name("count"), null));
            // Counting the rows of a plain filter is one aggregate; anything more shaped is counted as a subquery.
            return keys.Count == 0 && _projection is null && query.Limit is null && query.Offset is null
                ? Language.Ast.Query.Create(source.Source, count) with { Filter = query.Filter }
                : Language.Ast.Query.Create(new SubquerySource(query), count);
        }
        if (terminal is Terminal.Count or Terminal.LongCount)
        {
            var counter = new Projection();
            var read = counter.Read("count", terminal == Terminal.Count ? typeof(int) : typeof(long));
            return new TranslatedQuery { Build = Build, Columns = counter.Columns, Reader = counter.Compile(read), ElementType = read.Type, Terminal = terminal };
        }
        return new TranslatedQuery { Build = Build, Columns = columns, Reader = reader, ElementType = element, Terminal = terminal };
    }

    private static IEnumerable<Expression> Conjuncts(Expression predicate) =>
        predicate is BinaryExpression { NodeType: ExpressionType.AndAlso } both ? Conjuncts(both.Left).Concat(Conjuncts(both.Right)) : new[] { predicate };

    private static LambdaExpression Lambda(MethodCallExpression call, int argument) =>
        (call.Arguments[argument] is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : call.Arguments[argument]) as LambdaExpression
        ?? throw Unsupported(call, "an argument that is not a lambda");

    private static NotSupportedException Unsupported(MethodCallExpression call, string what) =>
        new($"`{call.Method.Name}` cannot be translated here — {what} — in `{call}`.");
}

/// <summary>Reads whole rows of a row type: its properties (by column name) through its constructor or setters.</summary>
internal static class RowReader
{
    public static Expression Of(Type rowType, Projection projection)
    {
        var properties = rowType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToList();
        Expression ReadProperty(PropertyInfo property)
        {
            var column = ColumnNames.Of(property);
            projection.SelectColumn(column, property.PropertyType);
            return projection.Read(column, property.PropertyType);
        }
        // A record's (or class's) constructor whose parameters are all properties, the longest first; else setters.
        var constructor = rowType.GetConstructors()
            .Where(c => c.GetParameters().Length > 0 && c.GetParameters().All(p => properties.Any(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
        if (constructor is not null)
        {
            var parameters = constructor.GetParameters();
            var arguments = parameters.Select(p => ReadProperty(properties.First(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase)))).ToList();
            var rest = properties.Where(q => q.CanWrite && !parameters.Any(p => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase)));
            return Expression.MemberInit(Expression.New(constructor, arguments), rest.Select(q => Expression.Bind(q, ReadProperty(q))));
        }
        if (rowType.GetConstructor(Type.EmptyTypes) is null)
            throw new NotSupportedException($"The row type {rowType.Name} has neither a constructor taking its properties nor a parameterless one with setters.");
        return Expression.MemberInit(Expression.New(rowType), properties.Where(p => p.CanWrite).Select(p => Expression.Bind(p, ReadProperty(p))));
    }
}
