using System.Globalization;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace Evaluation.Language.Parsing.Dsl;

/// <summary>
/// The DSL grammar as Superpower token-list parsers, one per stage (see grammar/evalq.ebnf).
/// Built once per catalog: the catalog maps positional arguments to parameter names.
/// </summary>
internal sealed class DslGrammar
{
    private readonly FunctionCatalog _catalog;

    public DslGrammar(FunctionCatalog catalog)
    {
        _catalog = catalog;

        Name = Token.EqualTo(DslToken.Identifier)
                .Where(t => !Keywords.IsReserved(t.ToStringValue()), "a name (write a reserved word in backticks)")
                .Select(t => new Name(t.ToStringValue()) { Span = SpanOf(t) })
            .Or(Token.EqualTo(DslToken.QuotedIdentifier).Select(t => new Name(Unquote(t, '`')) { Span = SpanOf(t) }))
            .Named("name");

        Column = Name.AtLeastOnceDelimitedBy(Token.EqualTo(DslToken.Dot))
            .Select(parts => new ColumnRef(string.Join(".", parts.Select(p => p.Text))) { Span = parts[0].Span.To(parts[parts.Length - 1].Span) })
            .Named("column");

        var number = Token.EqualTo(DslToken.Number)
            .Select(t => new NumberLiteral(double.Parse(t.ToStringValue(), NumberStyles.Float, CultureInfo.InvariantCulture)) { Span = SpanOf(t) });
        Number = number.Named("number");
        var text = Token.EqualTo(DslToken.String).Select(t => (Expr)Literals.FromString(Unquote(t, '\''), SpanOf(t)));
        var timestamp = Token.EqualTo(DslToken.Timestamp)
            .Where(t => Literals.IsTimestamp(t.ToStringValue().Substring(1)), "an ISO 8601 timestamp such as @2026-01-01T00:00Z")
            .Select(t => (Expr)new TimestampLiteral(t.ToStringValue().Substring(1)) { Span = SpanOf(t) });
        var boolean = Keyword("true").Select(t => (Expr)new BoolLiteral(true) { Span = SpanOf(t) })
            .Or(Keyword("false").Select(t => (Expr)new BoolLiteral(false) { Span = SpanOf(t) }));
        var nullLiteral = Keyword("null").Select(t => (Expr)new NullLiteral { Span = SpanOf(t) });
        var literal = number.Select(n => (Expr)n).Or(text).Or(timestamp).Or(boolean).Or(nullLiteral).Named("literal");

        var list = (from open in Token.EqualTo(DslToken.LBracket)
                    from items in Parse.Ref(() => Value!).ManyDelimitedBy(Token.EqualTo(DslToken.Comma))
                    from close in Token.EqualTo(DslToken.RBracket)
                    select (Expr)new ListExpr(items.ToNodeList()) { Span = SpanOf(open, close) }).Named("list");
        var literalList = (from open in Token.EqualTo(DslToken.LBracket)
                           from items in literal.ManyDelimitedBy(Token.EqualTo(DslToken.Comma))
                           from close in Token.EqualTo(DslToken.RBracket)
                           select (Expr)new ListExpr(items.ToNodeList()) { Span = SpanOf(open, close) }).Named("list");
        var comparisonValue = literalList.Or(literal).Named("value");

        var callHead = (from name in Name
                        from open in Token.EqualTo(DslToken.LParen)
                        select name).Try();
        var namedArgument = (from name in Name
                             from colon in Token.EqualTo(DslToken.Colon)
                             select name).Try();
        var argument = (from name in namedArgument
                        from value in Parse.Ref(() => Value!)
                        select (Name: (Name?)name, Value: value))
            .Or(Parse.Ref(() => Value!).Select(value => (Name: (Name?)null, Value: value)))
            .Named("argument");
        Call = from name in callHead
               from arguments in argument.ManyDelimitedBy(Token.EqualTo(DslToken.Comma))
               from close in Token.EqualTo(DslToken.RParen)
               select (Expr)ResolveCall(name, arguments, close);

        // Conditions: or > and > not > comparison, with parentheses.
        var tail = ComparisonTail(comparisonValue);
        var comparison = (from column in Column
                          from t in tail
                          select (Condition)new Comparison(column, t.Comparator, t.Value)
                          {
                              Span = column.Span.To(t.End),
                              ComparatorSpan = t.ComparatorSpan,
                          }).Named("condition");
        var parenthesized = from open in Token.EqualTo(DslToken.LParen)
                            from inner in Parse.Ref(() => OrChain!)
                            from close in Token.EqualTo(DslToken.RParen)
                            select Combine(inner);
        TokenListParser<DslToken, Condition>? not = null;
        not = (from word in Keyword("not")
               from operand in Parse.Ref(() => not!)
               select (Condition)new NotCondition(operand) { Span = SpanOf(word).To(operand.Span) })
            .Or(parenthesized)
            .Or(comparison);
        var andChain = not.AtLeastOnceDelimitedBy(Keyword("and"));
        OrChain = andChain.AtLeastOnceDelimitedBy(Keyword("or"));
        Conditions = OrChain.Select(TopLevel);

        var rule = from when in Keyword("when")
                   from conditions in Conditions
                   from then in Keyword("then")
                   from threshold in Parse.Ref(() => Value!)
                   select (Expr)new ThresholdRule(conditions.ToNodeList(), threshold) { Span = SpanOf(when).To(threshold.Span) };

        Value = rule.Or(Call).Or(list).Or(literal).Or(Column.Select(c => (Expr)c)).Named("value");

        var stageName = Token.EqualTo(DslToken.Identifier)
            .Where(t => PipelineStages.TryParse(t.ToStringValue(), out _), "a stage: " + string.Join(", ", PipelineStages.Names))
            .Select(t => { PipelineStages.TryParse(t.ToStringValue(), out var s); return s; });
        var alias = (from name in Name
                     from eq in Token.EqualTo(DslToken.Equals)
                     select name).Try();
        Rank = RankSyntax(number);
        Arithmetic = ArithmeticSyntax(number);
        var item = from a in alias.OptionalOrDefault()
                   from expression in Rank.Or(Arithmetic).Named("column or function call")
                   from stage in (from word in Keyword("stage") from s in stageName select (PipelineStage?)s).OptionalOrDefault()
                   select new ExprItem(expression, a, stage) { Span = (a?.Span ?? expression.Span).To(expression.Span) };
        var star = Token.EqualTo(DslToken.Star).Select(t => (SelectItem)new StarItem { Span = SpanOf(t) });

        // results('DIR'): a results store, read as the standard long table of results.
        var resultsStore = from word in Keyword("results")
                           from open in Token.EqualTo(DslToken.LParen)
                           from folder in Token.EqualTo(DslToken.String)
                           from close in Token.EqualTo(DslToken.RParen)
                           select (Source)new ResultsSource(Unquote(folder, '\'')) { Span = SpanOf(word).To(SpanOf(close)) };
        From = from word in Keyword("from")
               from source in resultsStore.Try()
                   .Or(Token.EqualTo(DslToken.String).Select(t => Source.FromText(Unquote(t, '\''), SpanOf(t))))
                   .Or(Name.Select(n => Source.FromText(n.Text, n.Span)))
                   .Named("source name or 'path'")
               select (StageSyntax)new FromStage(source) { Span = SpanOf(word).To(source.Span) };
        Where = from word in Keyword("where")
                from conditions in Conditions
                select (StageSyntax)new WhereStage(conditions) { Span = SpanOf(word).To(conditions[conditions.Count - 1].Span) };
        Group = from word in Keyword("group")
                from byWord in Keyword("by")
                from keys in item.AtLeastOnceDelimitedBy(Token.EqualTo(DslToken.Comma))
                select (StageSyntax)new GroupStage(keys) { Span = SpanOf(word).To(keys[keys.Length - 1].Span) };
        Select = from word in Keyword("select")
                 from distinct in Keyword("distinct").Value(true).OptionalOrDefault()
                 from items in star.Or(item.Select(i => (SelectItem)i)).AtLeastOnceDelimitedBy(Token.EqualTo(DslToken.Comma))
                 select (StageSyntax)new SelectStage(distinct, items) { Span = SpanOf(word).To(items[items.Length - 1].Span) };
        var direction = Keyword("asc").Select(t => (Direction: (SortDirection?)SortDirection.Asc, Span: SpanOf(t)))
            .Or(Keyword("desc").Select(t => (Direction: (SortDirection?)SortDirection.Desc, Span: SpanOf(t))));
        var orderKey = from column in Column
                       from d in direction.Select(x => ((SortDirection?, SourceSpan)?)x).OptionalOrDefault()
                       select (column, d?.Item1, column.Span.To(d?.Item2 ?? column.Span));
        Order = from word in Keyword("order")
                from byWord in Keyword("by")
                from keys in orderKey.AtLeastOnceDelimitedBy(Token.EqualTo(DslToken.Comma))
                select (StageSyntax)new OrderStage(keys) { Span = SpanOf(word).To(keys[keys.Length - 1].Item3) };
        Pivot = from word in Keyword("pivot")
                from property in Column
                from byWord in Keyword("by")
                from names in Column
                select (StageSyntax)new PivotStage(new Pivot(property, names) { Span = SpanOf(word).To(names.Span) }) { Span = SpanOf(word).To(names.Span) };
        Limit = from word in Keyword("limit")
                from count in Number
                select (StageSyntax)new LimitStage(count) { Span = SpanOf(word).To(count.Span) };
        Offset = from word in Keyword("offset")
                 from count in Number
                 select (StageSyntax)new OffsetStage(count) { Span = SpanOf(word).To(count.Span) };
        var size = from word in Keyword("size") from n in Number select n;
        Page = from word in Keyword("page")
               from page in Number.Select(n => (NumberLiteral?)n).OptionalOrDefault()
               from pageSize in page is null ? size.Select(n => (NumberLiteral?)n) : size.Select(n => (NumberLiteral?)n).OptionalOrDefault()
               select (StageSyntax)new PageStage(page, pageSize) { Span = SpanOf(word).To((pageSize ?? page)!.Span) };
        var policy = Keyword("nan").Select(t => (Policy: UndefinedPolicy.Nan, Token: t))
            .Or(Keyword("null").Select(t => (Policy: UndefinedPolicy.Null, Token: t)))
            .Or(Keyword("error").Select(t => (Policy: UndefinedPolicy.Error, Token: t)))
            .Named("`nan`, `null` or `error`");
        OnUndefined = from word in Keyword("on_undefined")
                      from value in policy
                      select (StageSyntax)new UndefinedStage(value.Policy) { Span = SpanOf(word).To(SpanOf(value.Token)) };
        LetHead = from word in Keyword("let")
                  from name in Name
                  from eq in Token.EqualTo(DslToken.Equals)
                  select name;
    }

    public TokenListParser<DslToken, Name> Name { get; }
    public TokenListParser<DslToken, ColumnRef> Column { get; }
    public TokenListParser<DslToken, NumberLiteral> Number { get; }
    public TokenListParser<DslToken, Expr> Call { get; }
    public TokenListParser<DslToken, Expr> Rank { get; }
    public TokenListParser<DslToken, Expr> Arithmetic { get; }
    public TokenListParser<DslToken, Expr> Value { get; }
    public TokenListParser<DslToken, Condition[][]> OrChain { get; }
    public TokenListParser<DslToken, IReadOnlyList<Condition>> Conditions { get; }
    public TokenListParser<DslToken, StageSyntax> From { get; }
    public TokenListParser<DslToken, StageSyntax> Where { get; }
    public TokenListParser<DslToken, StageSyntax> Group { get; }
    public TokenListParser<DslToken, StageSyntax> Select { get; }
    public TokenListParser<DslToken, StageSyntax> Pivot { get; }
    public TokenListParser<DslToken, StageSyntax> Order { get; }
    public TokenListParser<DslToken, StageSyntax> Limit { get; }
    public TokenListParser<DslToken, StageSyntax> Offset { get; }
    public TokenListParser<DslToken, StageSyntax> Page { get; }
    public TokenListParser<DslToken, StageSyntax> OnUndefined { get; }
    public TokenListParser<DslToken, Name> LetHead { get; }

    /// <summary>The parser for the stage that begins with <paramref name="keyword"/>.</summary>
    public TokenListParser<DslToken, StageSyntax> ForStage(string keyword) => keyword.ToLowerInvariant() switch
    {
        "from" => From,
        "where" => Where,
        "group" => Group,
        "select" => Select,
        "pivot" => Pivot,
        "order" => Order,
        "limit" => Limit,
        "offset" => Offset,
        "page" => Page,
        _ => OnUndefined,
    };

    /// <summary>
    /// <c>rank score [within metric | within [metric, benchmark]] [direction max|min|catalog|NUMBER]</c>:
    /// LANGUAGE.md §5's form of <c>rank(score, within: …, direction: …)</c>, the same call in the tree.
    /// <c>rank</c> is not reserved: it starts this form only when a column follows it.
    /// </summary>
    private TokenListParser<DslToken, Expr> RankSyntax(TokenListParser<DslToken, NumberLiteral> number)
    {
        var columnList = from open in Token.EqualTo(DslToken.LBracket)
                         from items in Column.ManyDelimitedBy(Token.EqualTo(DslToken.Comma))
                         from close in Token.EqualTo(DslToken.RBracket)
                         select (Expr)new ListExpr(items.Select(c => (Expr)c).ToNodeList()) { Span = SpanOf(open, close) };
        var within = from word in Keyword("within")
                     from value in columnList.Or(Column.Select(c => (Expr)c)).Named("a column or a list of columns [a, b]")
                     select new Argument("within", value) { Span = SpanOf(word).To(value.Span), NameSpan = SpanOf(word) };
        var named = Keyword("max").Or(Keyword("min")).Or(Keyword("catalog"))
            .Select(t => (Expr)new StringLiteral(t.ToStringValue().ToLowerInvariant()) { Span = SpanOf(t) });
        var direction = from word in Keyword("direction")
                        from value in named.Or(number.Select(n => (Expr)n)).Named("`max`, `min`, `catalog` or a target number")
                        select new Argument("direction", value) { Span = SpanOf(word).To(value.Span), NameSpan = SpanOf(word) };
        var head = (from word in Keyword("rank")
                    from property in Column
                    select (Word: word, Property: property)).Try();
        return from h in head
               from w in within.Select(a => (Argument?)a).OptionalOrDefault()
               from d in direction.Select(a => (Argument?)a).OptionalOrDefault()
               select (Expr)RankCall(h.Word, h.Property, w, d);
    }

    /// <summary>
    /// A select item's value with <c>+ - * /</c> over columns, calls and numbers (<c>f1 - baseline_f1</c>),
    /// the usual precedence, left to right, parentheses to group: the calls <c>add</c>, <c>subtract</c>,
    /// <c>multiply</c>, <c>divide</c> in the tree. Without an operator it is a call or a column (a lone
    /// number is not a select item).
    /// </summary>
    private TokenListParser<DslToken, Expr> ArithmeticSyntax(TokenListParser<DslToken, NumberLiteral> number)
    {
        TokenListParser<DslToken, Expr>? sum = null;
        var parenthesized = from open in Token.EqualTo(DslToken.LParen)
                            from inner in Parse.Ref(() => sum!)
                            from close in Token.EqualTo(DslToken.RParen)
                            select inner;
        var factor = Call.Or(number.Select(n => (Expr)n)).Or(Column.Select(c => (Expr)c)).Or(parenthesized).Named("column, function call or number");
        TokenListParser<DslToken, (string Function, SourceSpan Span)> Operator(DslToken kind, string function) =>
            Token.EqualTo(kind).Select(t => (function, SpanOf(t)));
        var product = Parse.Chain(Operator(DslToken.Star, "multiply").Or(Operator(DslToken.Slash, "divide")), factor, Operation);
        sum = Parse.Chain(Operator(DslToken.Plus, "add").Or(Operator(DslToken.Minus, "subtract")), product, Operation);
        return sum.Where(e => e is not NumberLiteral, "a column or function call (a number alone is not a select item)");
    }

    private FunctionCall Operation((string Function, SourceSpan Span) op, Expr left, Expr right) =>
        new(op.Function, ArgumentOrder.Canonical(_catalog.Find(op.Function), new[]
        {
            new Argument("left", left) { Span = left.Span },
            new Argument("right", right) { Span = right.Span },
        }))
        {
            Span = left.Span.To(right.Span),
            NameSpan = op.Span,
        };

    private FunctionCall RankCall(Token<DslToken> word, ColumnRef property, Argument? within, Argument? direction)
    {
        var arguments = new List<Argument> { new("property", property) { Span = property.Span } };
        if (within is not null) arguments.Add(within);
        if (direction is not null) arguments.Add(direction);
        var end = (direction ?? within)?.Span ?? property.Span;
        return new FunctionCall("rank", ArgumentOrder.Canonical(_catalog.Find("rank"), arguments))
        {
            Span = SpanOf(word).To(end),
            NameSpan = SpanOf(word),
        };
    }

    private static TokenListParser<DslToken, Token<DslToken>> Keyword(string word) =>
        Token.EqualToValueIgnoreCase(DslToken.Identifier, word).Named("`" + word + "`");

    private static TokenListParser<DslToken, (Comparator? Comparator, Expr? Value, SourceSpan ComparatorSpan, SourceSpan End)> ComparisonTail(
        TokenListParser<DslToken, Expr> value)
    {
        TokenListParser<DslToken, (Comparator?, Expr?, SourceSpan, SourceSpan)> Symbol(DslToken kind, Comparator? comparator) =>
            from op in Token.EqualTo(kind)
            from v in value
            select (comparator, (Expr?)v, SpanOf(op), v.Span);

        TokenListParser<DslToken, (Comparator?, Expr?, SourceSpan, SourceSpan)> Word(string word, Comparator comparator, SourceSpan? notSpan = null) =>
            from op in Keyword(word)
            from v in value
            select ((Comparator?)comparator, (Expr?)v, SpanOf(op), v.Span);

        var negated = from not in Keyword("not")
                      from rest in Word("in", Comparator.Nin).Or(Word("like", Comparator.NotLike)).Or(Word("ilike", Comparator.NotIlike))
                          .Named("`in`, `like` or `ilike`")
                      select (rest.Item1, rest.Item2, SpanOf(not).To(rest.Item3), rest.Item4);

        var isTest = from word in Keyword("is")
                     from not in Keyword("not").OptionalOrDefault()
                     from what in Keyword("null").Or(Keyword("missing")).Or(Keyword("empty")).Named("`null`, `missing` or `empty`")
                     select ((Comparator?)IsComparator(what.ToStringValue(), not.HasValue), (Expr?)null, SpanOf(word).To(SpanOf(what)), SpanOf(what));

        var between = from word in Keyword("between")
                      from low in value
                      from and in Keyword("and")
                      from high in value
                      select ((Comparator?)Comparator.Between, (Expr?)new ListExpr(NodeList.Of(low, high)) { Span = low.Span.To(high.Span) },
                          SpanOf(word), high.Span);

        var contains = from word in Keyword("contains")
                       from all in Keyword("all").OptionalOrDefault()
                       from v in value
                       select ((Comparator?)(all.HasValue ? Comparator.ContainsAll : Comparator.Contains), (Expr?)v,
                           all.HasValue ? SpanOf(word).To(SpanOf(all)) : SpanOf(word), v.Span);

        return Symbol(DslToken.Equals, null)
            .Or(Symbol(DslToken.DoubleEquals, Comparator.Eq))
            .Or(Symbol(DslToken.NotEquals, Comparator.Ne))
            .Or(Symbol(DslToken.Less, Comparator.Lt))
            .Or(Symbol(DslToken.LessOrEqual, Comparator.Lte))
            .Or(Symbol(DslToken.Greater, Comparator.Gt))
            .Or(Symbol(DslToken.GreaterOrEqual, Comparator.Gte))
            .Or(negated)
            .Or(Word("in", Comparator.In))
            .Or(Word("like", Comparator.Like))
            .Or(Word("ilike", Comparator.Ilike))
            .Or(isTest)
            .Or(between)
            .Or(contains)
            .Named("comparison operator");
    }

    private static Comparator IsComparator(string what, bool negated) => what.ToLowerInvariant() switch
    {
        "null" => negated ? Comparator.NotNull : Comparator.IsNull,
        "missing" => negated ? Comparator.NotMissing : Comparator.IsMissing,
        _ => negated ? Comparator.NotEmpty : Comparator.IsEmpty,
    };

    private FunctionCall ResolveCall(Name name, (Name? Name, Expr Value)[] arguments, Token<DslToken> close)
    {
        var definition = _catalog.Find(name.Text);
        var resolved = new List<Argument>();
        var position = 0;
        foreach (var (argumentName, value) in arguments)
        {
            if (argumentName is not null)
            {
                resolved.Add(new Argument(argumentName.Text, value) { Span = argumentName.Span.To(value.Span), NameSpan = argumentName.Span });
                continue;
            }
            // Positional arguments take the catalog's parameters in order; one past the end keeps no name (the validator reports it).
            var parameter = definition is not null && position < definition.Parameters.Count ? definition.Parameters[position].Name : null;
            position++;
            resolved.Add(new Argument(parameter, value) { Span = value.Span });
        }
        return new FunctionCall(name.Text, ArgumentOrder.Canonical(definition, resolved))
        {
            Span = name.Span.To(SpanOf(close)),
            NameSpan = name.Span,
        };
    }

    /// <summary>A nested chain as one condition: a single operand, an <c>and</c>, or an <c>or</c> of <c>and</c>s.</summary>
    private static Condition Combine(Condition[][] orChain)
    {
        Condition And(Condition[] chain) => chain.Length == 1
            ? chain[0]
            : new AndCondition(chain.ToNodeList()) { Span = chain[0].Span.To(chain[chain.Length - 1].Span) };
        if (orChain.Length == 1) return And(orChain[0]);
        var operands = orChain.Select(And).ToArray();
        return new OrCondition(operands.ToNodeList()) { Span = operands[0].Span.To(operands[operands.Length - 1].Span) };
    }

    /// <summary>
    /// A top-level chain as the list of ANDed conditions the AST keeps (JSON's filter list):
    /// <c>a and b</c> is two conditions, <c>(a and b)</c> one <see cref="AndCondition"/>.
    /// </summary>
    private static IReadOnlyList<Condition> TopLevel(Condition[][] orChain) =>
        orChain.Length == 1 ? orChain[0] : new[] { Combine(orChain) };

    public static SourceSpan SpanOf(Token<DslToken> token) => new(token.Span.Position.Absolute, token.Span.Length);

    private static SourceSpan SpanOf(Token<DslToken> first, Token<DslToken> last) => SpanOf(first).To(SpanOf(last));

    /// <summary>The text between the quotes, with doubled quotes made single.</summary>
    public static string Unquote(Token<DslToken> token, char quote)
    {
        var raw = token.ToStringValue();
        return raw.Substring(1, raw.Length - 2).Replace(new string(quote, 2), quote.ToString());
    }
}
