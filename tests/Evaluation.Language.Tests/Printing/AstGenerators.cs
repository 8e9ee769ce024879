using CsCheck;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Parsing;

namespace Evaluation.Language.Tests.Printing;

/// <summary>
/// CsCheck generators of well-formed query trees: every comparator with a value of the shape
/// it takes, every catalog function with arguments of the catalog's types in canonical order,
/// odd names that need backticks, strings with quotes and line breaks, nested and/or/not,
/// group keys, subqueries and paging. The only trees left out are the ones no printer could
/// tell apart (two select items with one output name, a one-operand and/or).
/// </summary>
public static class AstGenerators
{
    private static readonly FunctionCatalog Catalog = FunctionCatalog.Default;

    private static readonly Gen<string> PlainName =
        Gen.OneOf("label", "score", "FICO_actual", "model_version", "SEX", "segment", "ts", "by", "asc", "desc", "size", "all", "missing", "nan", "x1");

    private static readonly Gen<string> OddName =
        Gen.OneOf("class-1-gt", "order", "select", "a b", "x`y", "2nd", "été", "null", "stage", "it's");

    public static Gen<string> Name { get; } = Gen.Frequency((5, PlainName), (2, OddName),
        (1, Gen.String[Gen.Char["abcxyz_019-. '`"], 1, 6].Where(s => s.Trim('.').Length > 0 && !s.Contains("..") && s[0] != '.' && s[s.Length - 1] != '.')));

    public static Gen<ColumnRef> Column { get; } = Gen.Frequency(
        (4, Name.Select(n => new ColumnRef(n))),
        (1, Gen.Select(Name, PlainName, (a, b) => new ColumnRef(a + "." + b))));

    private static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.OneOf("A", "class-1", "it's", "50%", "a_b", "line\nbreak", "tab\tand \"quotes\"", "", "2026-01-01", "-- ;DROP")),
        (1, Gen.String));

    public static Gen<Literal> Literal { get; } = Gen.Frequency(
        (3, Gen.Int[-1000, 1000].Select(i => (Literal)new NumberLiteral(i))),
        (2, Gen.Double[-1e6, 1e6].Select(d => (Literal)new NumberLiteral(d))),
        (1, Gen.Double[0, 1].Select(d => (Literal)new NumberLiteral(d))),
        (3, Text.Select(s => Literals.FromString(s, SourceSpan.None))),
        (1, Gen.Bool.Select(b => (Literal)new BoolLiteral(b))),
        (1, Gen.Const((Literal)new NullLiteral())),
        (1, Gen.OneOf("2026-01-01", "2026-01-04T02:22:40", "2025-12-31T23:59:59.5Z", "2026-03-01T10:20+02:00")
            .Select(t => (Literal)new TimestampLiteral(t))));

    private static Gen<ListExpr> LiteralList(int min, int max) =>
        Literal.Array[min, max].Select(items => new ListExpr(items.Select(i => (Expr)i).ToNodeList()));

    public static Gen<Condition> Comparison { get; } =
        from column in Column
        from comparator in Gen.Frequency((1, Gen.Const((Comparator?)null)), (6, Gen.Enum<Comparator>().Select(c => (Comparator?)c)))
        from value in ValueFor(comparator ?? Comparator.Eq)
        select (Condition)new Comparison(column, comparator, value);

    private static Gen<Expr?> ValueFor(Comparator comparator) => comparator.Operand() switch
    {
        ComparatorOperand.None => Gen.Const((Expr?)null),
        ComparatorOperand.List => LiteralList(0, 3).Select(l => (Expr?)l),
        ComparatorOperand.Range => LiteralList(2, 2).Select(l => (Expr?)l),
        _ when comparator is Comparator.Like or Comparator.NotLike or Comparator.Ilike or Comparator.NotIlike =>
            Text.Select(s => (Expr?)Literals.FromString(s, SourceSpan.None)),
        _ => Literal.Select(l => (Expr?)l),
    };

    public static Gen<Condition> Condition(int depth) => depth == 0
        ? Comparison
        : Gen.Frequency(
            (4, Comparison),
            (1, Condition(depth - 1).Array[2, 3].Select(c => (Condition)new AndCondition(c.ToNodeList()))),
            (1, Condition(depth - 1).Array[2, 3].Select(c => (Condition)new OrCondition(c.ToNodeList()))),
            (1, Condition(depth - 1).Select(c => (Condition)new NotCondition(c))));

    public static Gen<FunctionCall> Call(int depth) => Call(depth, Catalog.Functions);

    private static Gen<FunctionCall> Call(int depth, IEnumerable<FunctionDefinition> pool) =>
        from function in Gen.OneOf(pool.ToArray())
        from written in Gen.Frequency((5, Gen.Const(function.Name)), (1, Gen.OneOf(function.Aliases.Append(function.Name).Append(function.Name.ToUpperInvariant()).ToArray())))
        from arguments in Arguments(function, depth)
        select new FunctionCall(written, arguments.ToNodeList());

    private static Gen<List<Argument>> Arguments(FunctionDefinition function, int depth)
    {
        var arguments = Gen.Const(() => new List<Argument>());
        foreach (var parameter in function.Parameters)
        {
            var p = parameter;
            arguments =
                from list in arguments
                from include in Gen.Int[0, 9].Select(i => i < (p.Required ? 9 : 4))
                from name in p.Aliases.Count == 0 ? Gen.Const(p.Name) : Gen.Frequency((4, Gen.Const(p.Name)), (1, Gen.OneOf(p.Aliases.ToArray())))
                from value in ValueOf(p, depth)
                select include ? list.Append(new Argument(name, value)).ToList() : list;
        }
        return arguments;
    }

    private static Gen<Expr> ValueOf(ParameterDefinition parameter, int depth) => parameter.Type switch
    {
        ParameterType.Column when depth > 0 => Gen.Frequency(
            (5, Column.Select(c => (Expr)c)),
            (1, RowCall(depth - 1).Select(c => (Expr)c))),
        ParameterType.Column => Column.Select(c => (Expr)c),
        ParameterType.Columns => Gen.Frequency(
            (2, Column.Select(c => (Expr)c)),
            (1, Column.Array[1, 3].Select(cs => (Expr)new ListExpr(cs.Select(c => (Expr)c).ToNodeList())))),
        ParameterType.Number when parameter.EnumValues.Count > 0 => Gen.Frequency(
            (3, Number(parameter)),
            (1, Gen.OneOf(parameter.EnumValues.ToArray()).Select(v => (Expr)new StringLiteral(v)))),
        ParameterType.Number => Number(parameter),
        ParameterType.Integer => Gen.Int[(int)(parameter.Min ?? -5), (int)(parameter.Max ?? 100)].Select(i => (Expr)new NumberLiteral(i)),
        ParameterType.String => Text.Select(s => (Expr)Literals.FromString(s, SourceSpan.None)),
        ParameterType.Enum => Gen.OneOf(parameter.EnumValues.ToArray()).Select(v => (Expr)Literals.FromString(v, SourceSpan.None)),
        ParameterType.Bool => Gen.Bool.Select(b => (Expr)new BoolLiteral(b)),
        ParameterType.Value => Literal.Select(l => (Expr)l),
        ParameterType.List => LiteralList(0, 3).Select(l => (Expr)l),
        ParameterType.Comparator => Gen.OneOf(Comparators.Names.ToArray()).Select(n => (Expr)new StringLiteral(n)),
        ParameterType.Conditions => Rule.Array[1, 3].Select(rules => (Expr)new ListExpr(rules.Select(r => (Expr)r).ToNodeList())),
        ParameterType.Function => AggregateCall.Select(c => (Expr)c),
        ParameterType.Operand when depth > 0 => Gen.Frequency(
            (3, Column.Select(c => (Expr)c)),
            (2, Number(parameter)),
            (2, RowCall(depth - 1).Select(c => (Expr)c))),
        ParameterType.Operand => Gen.Frequency((3, Column.Select(c => (Expr)c)), (2, Number(parameter))),
        _ => Literal.Select(l => (Expr)l),
    };

    private static Gen<Expr> Number(ParameterDefinition parameter) =>
        Gen.Double[parameter.Min ?? -1e3, parameter.Max ?? 1e3].Select(d => (Expr)new NumberLiteral(d));

    private static readonly Gen<ThresholdRule> Rule =
        from conditions in Condition(1).Array[1, 3]
        from threshold in Gen.Double[0, 1]
        select new ThresholdRule(conditions.ToNodeList(), new NumberLiteral(threshold));

    private static Gen<FunctionCall> RowCall(int depth) =>
        Call(depth, Catalog.Functions.Where(f => f.Kind == FunctionKind.Row));

    private static readonly Gen<FunctionCall> AggregateCall =
        Call(0, Catalog.Functions.Where(f => f.Kind == FunctionKind.Aggregate && !f.Parameters.Any(p => p.Type == ParameterType.Function)));

    private static readonly Gen<PipelineStage?> Stage =
        Gen.Frequency((6, Gen.Const((PipelineStage?)null)), (1, Gen.Enum<PipelineStage>().Select(s => (PipelineStage?)s)));

    public static Gen<ExprItem> Item { get; } =
        from expression in Gen.Frequency((2, Column.Select(c => (Expr)c)), (3, Call(1).Select(c => (Expr)c)))
        from alias in Gen.Frequency((1, Gen.Const((string?)null)), (1, Name.Select(n => (string?)n)))
        from stage in Stage
        select new ExprItem(expression, alias is null ? null : new Name(alias), stage);

    /// <summary>A query block; <paramref name="depth"/> bounds subquery nesting.</summary>
    public static Gen<Query> Query(int depth) =>
        from source in Source(depth)
        from star in Gen.Int[0, 9].Select(i => i == 0)
        from items in Item.Array[1, 4].Where(UniqueOutputNames)
        from keyMask in Gen.Int[0, 15]
        from reverseKeys in Gen.Bool
        from filter in Condition(2).Array[0, 3]
        from orderMask in Gen.Int[0, 15]
        from directions in Gen.Frequency((2, Gen.Const((SortDirection?)null)), (1, Gen.Enum<SortDirection>().Select(d => (SortDirection?)d))).Array[4]
        from paging in Paging
        from distinct in Gen.Int[0, 5].Select(i => i == 0)
        from onUndefined in Gen.Frequency((4, Gen.Const((UndefinedPolicy?)null)), (1, Gen.Enum<UndefinedPolicy>().Select(p => (UndefinedPolicy?)p)))
        from pivot in Gen.Frequency((5, Gen.Const((Pivot?)null)), (1, Gen.Select(Column, Column, (p, b) => (Pivot?)new Pivot(p, b))))
        select Build(source, star, items, keyMask, reverseKeys, filter, orderMask, directions, paging, distinct, onUndefined) with { Pivot = pivot };

    private static bool UniqueOutputNames(ExprItem[] items) =>
        items.Select(i => i.OutputName).Distinct(StringComparer.Ordinal).Count() == items.Length;

    private static Query Build(Source? source, bool star, ExprItem[] items, int keyMask, bool reverseKeys, Condition[] filter,
        int orderMask, SortDirection?[] directions, (double?, double?, double?, double?) paging, bool distinct, UndefinedPolicy? onUndefined)
    {
        // Group keys: a plain property item by its name, an aliased item by its alias.
        var keys = items.Where((item, i) => (keyMask & (1 << i)) != 0 && (item.Alias is not null || item.Expression is ColumnRef))
            .Select(item => item.Alias is not null ? new GroupKey(KeyKind.Alias, item.Alias.Text) : new GroupKey(KeyKind.Property, ((ColumnRef)item.Expression).Name))
            .ToList();
        if (reverseKeys) keys.Reverse();
        var aliases = new HashSet<string>(items.Where(i => i.Alias is not null).Select(i => i.Alias!.Text));
        var order = items.Where((item, i) => (orderMask & (1 << i)) != 0)
            .Select((item, i) => item.Alias is not null
                ? new OrderKey(KeyKind.Alias, item.Alias.Text, directions[i])
                : new OrderKey(KeyKind.Property, item.OutputName, directions[i]))
            .Where(k => k.Kind == KeyKind.Alias || !aliases.Contains(k.Name))
            .ToNodeList();
        var select = items.Cast<SelectItem>().ToList();
        if (star && keys.Count == 0) select.Insert(0, new StarItem());
        var (limit, offset, page, pageSize) = paging;
        return new Query(source, select.ToNodeList(), filter.ToNodeList(), keys.ToNodeList(), order)
        {
            Limit = limit is { } l ? new NumberLiteral(l) : null,
            Offset = offset is { } o ? new NumberLiteral(o) : null,
            Page = page is { } p ? new NumberLiteral(p) : null,
            PageSize = pageSize is { } s ? new NumberLiteral(s) : null,
            Distinct = distinct,
            OnUndefined = onUndefined,
        };
    }

    private static readonly Gen<double?> Count =
        Gen.Frequency((3, Gen.Const((double?)null)), (2, Gen.Int[0, 500].Select(i => (double?)i)));

    private static readonly Gen<(double?, double?, double?, double?)> Paging =
        Gen.Frequency(
            (2, Gen.Select(Count, Count, (l, o) => (l, o, (double?)null, (double?)null))),
            (1, Gen.Select(Count, Count, (p, s) => ((double?)null, (double?)null, p, s))));

    private static Gen<Source?> Source(int depth)
    {
        var simple = Gen.Frequency(
            (2, Gen.Const((Source?)null)),
            (2, Gen.OneOf("inference", "runs", "order", "class-1-gt").Select(n => (Source?)new NamedSource(n))),
            (2, Gen.OneOf("samples/data/credit/*.parquet", "data.csv", "it's/results.jsonl", "C:\\data\\x.parquet").Select(p => (Source?)new PathSource(p))));
        return depth == 0
            ? simple
            : Gen.Frequency((3, simple), (1, Query(depth - 1).Select(q => (Source?)new SubquerySource(q))));
    }

    /// <summary>A script of queries and lets with distinct names.</summary>
    public static Gen<Script> Script { get; } =
        from statements in Gen.Frequency(
                (2, Query(1).Select(q => (Statement)new QueryStatement(q))),
                (1, Gen.Select(Name, Query(1), (n, q) => (Statement)new LetStatement(new Name(n), q))))
            .Array[1, 4]
            .Where(s => s.OfType<LetStatement>().Select(l => l.Name.Text).Distinct().Count() == s.OfType<LetStatement>().Count())
        select new Script(statements.ToNodeList());
}
