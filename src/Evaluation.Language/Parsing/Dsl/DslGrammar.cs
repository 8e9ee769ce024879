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
/// <para>
/// Every parser yields a class, never a struct: a token is taken as a <see cref="Lexeme"/> at the
/// leaves, and intermediate results are small records instead of tuples. The runtime compiles a
/// generic combinator once for all reference types but afresh for each struct, and the analyzer
/// pays that compilation in every build (measured: 541 Superpower methods compiled on the first
/// parse, 400 of them instantiations over tokens, tuples and nullables).
/// </para>
/// </summary>
internal sealed class DslGrammar
{
    private readonly FunctionCatalog _catalog;

    public DslGrammar(FunctionCatalog catalog)
    {
        _catalog = catalog;

        Name = Symbol(DslToken.Identifier)
                .Where(t => !Keywords.IsReserved(t.Text), "a name (write a reserved word in backticks)")
                .Select(t => new Name(t.Text) { Span = t.Span })
            .Or(Symbol(DslToken.QuotedIdentifier).Select(t => new Name(t.Unquoted('`')) { Span = t.Span }))
            .Named("name");

        Column = Name.AtLeastOnceDelimitedBy(Symbol(DslToken.Dot))
            .Select(parts => new ColumnRef(string.Join(".", parts.Select(p => p.Text))) { Span = parts[0].Span.To(parts[parts.Length - 1].Span) })
            .Named("column");

        var number = Symbol(DslToken.Number)
            .Select(t => new NumberLiteral(double.Parse(t.Text, NumberStyles.Float, CultureInfo.InvariantCulture)) { Span = t.Span });
        Number = number.Named("number");
        var text = Symbol(DslToken.String).Select(t => (Expr)Literals.FromString(t.Unquoted('\''), t.Span));
        var timestamp = Symbol(DslToken.Timestamp)
            .Where(t => Literals.IsTimestamp(t.Text.Substring(1)), "an ISO 8601 timestamp such as @2026-01-01T00:00Z")
            .Select(t => (Expr)new TimestampLiteral(t.Text.Substring(1)) { Span = t.Span });
        var boolean = Keyword("true").Select(t => (Expr)new BoolLiteral(true) { Span = t.Span })
            .Or(Keyword("false").Select(t => (Expr)new BoolLiteral(false) { Span = t.Span }));
        var nullLiteral = Keyword("null").Select(t => (Expr)new NullLiteral { Span = t.Span });
        var literal = number.Select(n => (Expr)n).Or(text).Or(timestamp).Or(boolean).Or(nullLiteral).Named("literal");

        var list = (from open in Symbol(DslToken.LBracket)
                    from items in Parse.Ref(() => Value!).ManyDelimitedBy(Symbol(DslToken.Comma))
                    from close in Symbol(DslToken.RBracket)
                    select (Expr)new ListExpr(items.ToNodeList()) { Span = open.Span.To(close.Span) }).Named("list");
        var literalList = (from open in Symbol(DslToken.LBracket)
                           from items in literal.ManyDelimitedBy(Symbol(DslToken.Comma))
                           from close in Symbol(DslToken.RBracket)
                           select (Expr)new ListExpr(items.ToNodeList()) { Span = open.Span.To(close.Span) }).Named("list");
        var comparisonValue = literalList.Or(literal).Named("value");

        var callHead = (from name in Name
                        from open in Symbol(DslToken.LParen)
                        select name).Try();
        var namedArgument = (from name in Name
                             from colon in Symbol(DslToken.Colon)
                             select name).Try();
        var argument = (from name in namedArgument
                        from value in Parse.Ref(() => Value!)
                        select new CallArgument(name, value))
            .Or(Parse.Ref(() => Value!).Select(value => new CallArgument(null, value)))
            .Named("argument");
        Call = from name in callHead
               from arguments in argument.ManyDelimitedBy(Symbol(DslToken.Comma))
               from close in Symbol(DslToken.RParen)
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
        var parenthesized = from open in Symbol(DslToken.LParen)
                            from inner in Parse.Ref(() => OrChain!)
                            from close in Symbol(DslToken.RParen)
                            select Combine(inner);
        TokenListParser<DslToken, Condition>? not = null;
        not = (from word in Keyword("not")
               from operand in Parse.Ref(() => not!)
               select (Condition)new NotCondition(operand) { Span = word.Span.To(operand.Span) })
            .Or(parenthesized)
            .Or(comparison);
        var andChain = not.AtLeastOnceDelimitedBy(Keyword("and"));
        OrChain = andChain.AtLeastOnceDelimitedBy(Keyword("or"));
        Conditions = OrChain.Select(TopLevel);

        var rule = from when in Keyword("when")
                   from conditions in Conditions
                   from then in Keyword("then")
                   from threshold in Parse.Ref(() => Value!)
                   select (Expr)new ThresholdRule(conditions.ToNodeList(), threshold) { Span = when.Span.To(threshold.Span) };

        Value = rule.Or(Call).Or(list).Or(literal).Or(Column.Select(c => (Expr)c)).Named("value");

        var stageName = Symbol(DslToken.Identifier)
            .Where(t => PipelineStages.TryParse(t.Text, out _), "a stage: " + string.Join(", ", PipelineStages.Names));
        var alias = (from name in Name
                     from eq in Symbol(DslToken.Equals)
                     select name).Try();
        Rank = RankSyntax(number);
        Arithmetic = ArithmeticSyntax(number);
        var item = from a in Optional(alias)
                   from expression in Rank.Or(Arithmetic).Named("column or function call")
                   from stage in Optional(from word in Keyword("stage") from s in stageName select s)
                   select new ExprItem(expression, a, StageOf(stage)) { Span = (a?.Span ?? expression.Span).To(expression.Span) };
        var star = Symbol(DslToken.Star).Select(t => (SelectItem)new StarItem { Span = t.Span });

        // results('DIR'): a results store, read as the standard long table of results.
        var resultsStore = from word in Keyword("results")
                           from open in Symbol(DslToken.LParen)
                           from folder in Symbol(DslToken.String)
                           from close in Symbol(DslToken.RParen)
                           select (Source)new ResultsSource(folder.Unquoted('\'')) { Span = word.Span.To(close.Span) };
        From = from word in Keyword("from")
               from source in resultsStore.Try()
                   .Or(Symbol(DslToken.String).Select(t => Source.FromText(t.Unquoted('\''), t.Span)))
                   .Or(Name.Select(n => Source.FromText(n.Text, n.Span)))
                   .Named("source name or 'path'")
               select (StageSyntax)new FromStage(source) { Span = word.Span.To(source.Span) };
        Where = from word in Keyword("where")
                from conditions in Conditions
                select (StageSyntax)new WhereStage(conditions) { Span = word.Span.To(conditions[conditions.Count - 1].Span) };
        Group = from word in Keyword("group")
                from byWord in Keyword("by")
                from keys in item.AtLeastOnceDelimitedBy(Symbol(DslToken.Comma))
                select (StageSyntax)new GroupStage(keys) { Span = word.Span.To(keys[keys.Length - 1].Span) };
        Select = from word in Keyword("select")
                 from distinct in Optional(Keyword("distinct"))
                 from items in star.Or(item.Select(i => (SelectItem)i)).AtLeastOnceDelimitedBy(Symbol(DslToken.Comma))
                 select (StageSyntax)new SelectStage(distinct is not null, items) { Span = word.Span.To(items[items.Length - 1].Span) };
        var direction = Keyword("asc").Select(t => new OrderDirection(SortDirection.Asc, t.Span))
            .Or(Keyword("desc").Select(t => new OrderDirection(SortDirection.Desc, t.Span)));
        var orderKey = from column in Column
                       from d in Optional(direction)
                       select new OrderKey(column, d);
        Order = from word in Keyword("order")
                from byWord in Keyword("by")
                from keys in orderKey.AtLeastOnceDelimitedBy(Symbol(DslToken.Comma))
                select (StageSyntax)new OrderStage(keys.Select(k => k.Syntax).ToArray()) { Span = word.Span.To(keys[keys.Length - 1].Span) };
        Pivot = from word in Keyword("pivot")
                from property in Column
                from byWord in Keyword("by")
                from names in Column
                select (StageSyntax)new PivotStage(new Pivot(property, names) { Span = word.Span.To(names.Span) }) { Span = word.Span.To(names.Span) };
        Limit = from word in Keyword("limit")
                from count in Number
                select (StageSyntax)new LimitStage(count) { Span = word.Span.To(count.Span) };
        Offset = from word in Keyword("offset")
                 from count in Number
                 select (StageSyntax)new OffsetStage(count) { Span = word.Span.To(count.Span) };
        var size = from word in Keyword("size") from n in Number select n;
        Page = from word in Keyword("page")
               from page in Optional(Number)
               from pageSize in page is null ? size : Optional(size)
               select (StageSyntax)new PageStage(page, pageSize) { Span = word.Span.To((pageSize ?? page)!.Span) };
        var policy = Keyword("nan").Select(t => new PolicyWord(UndefinedPolicy.Nan, t))
            .Or(Keyword("null").Select(t => new PolicyWord(UndefinedPolicy.Null, t)))
            .Or(Keyword("error").Select(t => new PolicyWord(UndefinedPolicy.Error, t)))
            .Named("`nan`, `null` or `error`");
        OnUndefined = from word in Keyword("on_undefined")
                      from value in policy
                      select (StageSyntax)new UndefinedStage(value.Policy) { Span = word.Span.To(value.Word.Span) };
        LetHead = from word in Keyword("let")
                  from name in Name
                  from eq in Symbol(DslToken.Equals)
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
        var columnList = from open in Symbol(DslToken.LBracket)
                         from items in Column.ManyDelimitedBy(Symbol(DslToken.Comma))
                         from close in Symbol(DslToken.RBracket)
                         select (Expr)new ListExpr(items.Select(c => (Expr)c).ToNodeList()) { Span = open.Span.To(close.Span) };
        var within = from word in Keyword("within")
                     from value in columnList.Or(Column.Select(c => (Expr)c)).Named("a column or a list of columns [a, b]")
                     select new Argument("within", value) { Span = word.Span.To(value.Span), NameSpan = word.Span };
        var named = Keyword("max").Or(Keyword("min")).Or(Keyword("catalog"))
            .Select(t => (Expr)new StringLiteral(t.Text.ToLowerInvariant()) { Span = t.Span });
        var direction = from word in Keyword("direction")
                        from value in named.Or(number.Select(n => (Expr)n)).Named("`max`, `min`, `catalog` or a target number")
                        select new Argument("direction", value) { Span = word.Span.To(value.Span), NameSpan = word.Span };
        var head = (from word in Keyword("rank")
                    from property in Column
                    select new RankHead(word, property)).Try();
        return from h in head
               from w in Optional(within)
               from d in Optional(direction)
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
        var parenthesized = from open in Symbol(DslToken.LParen)
                            from inner in Parse.Ref(() => sum!)
                            from close in Symbol(DslToken.RParen)
                            select inner;
        var factor = Call.Or(number.Select(n => (Expr)n)).Or(Column.Select(c => (Expr)c)).Or(parenthesized).Named("column, function call or number");
        TokenListParser<DslToken, ArithmeticOperator> Operator(DslToken kind, string function) =>
            Symbol(kind).Select(t => new ArithmeticOperator(function, t.Span));
        var product = Parse.Chain(Operator(DslToken.Star, "multiply").Or(Operator(DslToken.Slash, "divide")), factor, Operation);
        sum = Parse.Chain(Operator(DslToken.Plus, "add").Or(Operator(DslToken.Minus, "subtract")), product, Operation);
        return sum.Where(e => e is not NumberLiteral, "a column or function call (a number alone is not a select item)");
    }

    private FunctionCall Operation(ArithmeticOperator op, Expr left, Expr right) =>
        new(op.Function, ArgumentOrder.Canonical(_catalog.Find(op.Function), new[]
        {
            new Argument("left", left) { Span = left.Span },
            new Argument("right", right) { Span = right.Span },
        }))
        {
            Span = left.Span.To(right.Span),
            NameSpan = op.Span,
        };

    private FunctionCall RankCall(Lexeme word, ColumnRef property, Argument? within, Argument? direction)
    {
        var arguments = new List<Argument> { new("property", property) { Span = property.Span } };
        if (within is not null) arguments.Add(within);
        if (direction is not null) arguments.Add(direction);
        var end = (direction ?? within)?.Span ?? property.Span;
        return new FunctionCall("rank", ArgumentOrder.Canonical(_catalog.Find("rank"), arguments))
        {
            Span = word.Span.To(end),
            NameSpan = word.Span,
        };
    }

    /// <summary><paramref name="parser"/>'s value, or null (consuming nothing) where it does not match at the first token.</summary>
    private static TokenListParser<DslToken, T?> Optional<T>(TokenListParser<DslToken, T> parser) where T : class =>
        parser!.OptionalOrDefault<DslToken, T?>();

    /// <summary>A token of <paramref name="kind"/>, as a <see cref="Lexeme"/>.</summary>
    private static TokenListParser<DslToken, Lexeme> Symbol(DslToken kind) => Token.EqualTo(kind).Select(t => new Lexeme(t));

    private static TokenListParser<DslToken, Lexeme> Keyword(string word) =>
        Token.EqualToValueIgnoreCase(DslToken.Identifier, word).Select(t => new Lexeme(t)).Named("`" + word + "`");

    private static TokenListParser<DslToken, ComparisonTailSyntax> ComparisonTail(TokenListParser<DslToken, Expr> value)
    {
        TokenListParser<DslToken, ComparisonTailSyntax> Symbolic(DslToken kind, Comparator? comparator) =>
            from op in Symbol(kind)
            from v in value
            select new ComparisonTailSyntax(comparator, v, op.Span, v.Span);

        TokenListParser<DslToken, ComparisonTailSyntax> Word(string word, Comparator comparator) =>
            from op in Keyword(word)
            from v in value
            select new ComparisonTailSyntax(comparator, v, op.Span, v.Span);

        var negated = from not in Keyword("not")
                      from rest in Word("in", Comparator.Nin).Or(Word("like", Comparator.NotLike)).Or(Word("ilike", Comparator.NotIlike))
                          .Named("`in`, `like` or `ilike`")
                      select rest with { ComparatorSpan = not.Span.To(rest.ComparatorSpan) };

        var isTest = from word in Keyword("is")
                     from not in Optional(Keyword("not"))
                     from what in Keyword("null").Or(Keyword("missing")).Or(Keyword("empty")).Named("`null`, `missing` or `empty`")
                     select new ComparisonTailSyntax(IsComparator(what.Text, not is not null), null, word.Span.To(what.Span), what.Span);

        var between = from word in Keyword("between")
                      from low in value
                      from and in Keyword("and")
                      from high in value
                      select new ComparisonTailSyntax(Comparator.Between, new ListExpr(NodeList.Of(low, high)) { Span = low.Span.To(high.Span) },
                          word.Span, high.Span);

        var contains = from word in Keyword("contains")
                       from all in Optional(Keyword("all"))
                       from v in value
                       select new ComparisonTailSyntax(all is not null ? Comparator.ContainsAll : Comparator.Contains, v,
                           all is not null ? word.Span.To(all.Span) : word.Span, v.Span);

        return Symbolic(DslToken.Equals, null)
            .Or(Symbolic(DslToken.DoubleEquals, Comparator.Eq))
            .Or(Symbolic(DslToken.NotEquals, Comparator.Ne))
            .Or(Symbolic(DslToken.Less, Comparator.Lt))
            .Or(Symbolic(DslToken.LessOrEqual, Comparator.Lte))
            .Or(Symbolic(DslToken.Greater, Comparator.Gt))
            .Or(Symbolic(DslToken.GreaterOrEqual, Comparator.Gte))
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

    private FunctionCall ResolveCall(Name name, CallArgument[] arguments, Lexeme close)
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
            Span = name.Span.To(close.Span),
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

    /// <summary>The stage a select item names after <c>stage</c>, if any (the parser only lets a stage name through).</summary>
    private static PipelineStage? StageOf(Lexeme? word) =>
        word is not null && PipelineStages.TryParse(word.Text, out var stage) ? stage : null;

    public static SourceSpan SpanOf(Token<DslToken> token) => new(token.Span.Position.Absolute, token.Span.Length);

    /// <summary>The text between the quotes, with doubled quotes made single.</summary>
    public static string Unquote(Token<DslToken> token, char quote)
    {
        var raw = token.ToStringValue();
        return raw.Substring(1, raw.Length - 2).Replace(new string(quote, 2), quote.ToString());
    }

    /// <summary>A token as the grammar's parsers pass it on: a class (see the type's remarks).</summary>
    private sealed class Lexeme(Token<DslToken> token)
    {
        private string? _text;

        public string Text => _text ??= token.ToStringValue();
        public SourceSpan Span => SpanOf(token);
        public string Unquoted(char quote) => Unquote(token, quote);
    }

    private sealed record CallArgument(Name? Name, Expr Value);

    private sealed record ComparisonTailSyntax(Comparator? Comparator, Expr? Value, SourceSpan ComparatorSpan, SourceSpan End);

    private sealed record ArithmeticOperator(string Function, SourceSpan Span);

    private sealed record OrderDirection(SortDirection Direction, SourceSpan Span);

    private sealed record OrderKey(ColumnRef Column, OrderDirection? Direction)
    {
        public SourceSpan Span => Column.Span.To(Direction?.Span ?? Column.Span);
        public (ColumnRef, SortDirection?, SourceSpan) Syntax => (Column, Direction?.Direction, Span);
    }

    private sealed record PolicyWord(UndefinedPolicy Policy, Lexeme Word);

    private sealed record RankHead(Lexeme Word, ColumnRef Property);
}
