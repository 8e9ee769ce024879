using System.Text;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;

namespace Evaluation.Language.Printing;

/// <summary>
/// Prints an AST as canonical DSL: one stage per line, <c>|</c> before every stage but the
/// first, required parameters positional and the rest named, group keys in the
/// <c>group by</c> stage. <c>DslParser.ParseQuery(Print(q))</c> gives back <c>q</c>.
/// </summary>
public sealed class DslPrinter
{
    private readonly FunctionCatalog _catalog;

    /// <summary>A printer that uses <paramref name="catalog"/> to decide which arguments print positionally.</summary>
    public DslPrinter(FunctionCatalog? catalog = null) => _catalog = catalog ?? FunctionCatalog.Default;

    /// <summary>Prints with the default catalog.</summary>
    public static string Print(Query query) => new DslPrinter().PrintQuery(query);

    /// <summary>Prints a script: statements separated by blank lines.</summary>
    public static string Print(Script script) => new DslPrinter().PrintScript(script);

    /// <summary>Prints a script.</summary>
    public string PrintScript(Script script) =>
        string.Join("\n\n", script.Statements.Select(s => s switch
        {
            LetStatement let => "let " + DslNames.Name(let.Name.Text) + " = " + PrintQuery(let.Query),
            QueryStatement q => PrintQuery(q.Query),
            _ => "",
        }));

    /// <summary>Prints one query.</summary>
    public string PrintQuery(Query query)
    {
        var stages = new List<string>();
        AppendStages(query, stages);
        return string.Join("\n| ", stages);
    }

    private void AppendStages(Query query, List<string> stages)
    {
        switch (query.From)
        {
            case SubquerySource sub: AppendStages(sub.Query, stages); break;
            case NamedSource named: stages.Add("from " + DslNames.Name(named.Name)); break;
            case PathSource path: stages.Add("from " + DslNames.String(path.Path)); break;
            case ResultsSource store: stages.Add("from results(" + DslNames.String(store.Folder) + ")"); break;
        }
        if (query.Filter.Count > 0)
            stages.Add("where " + TopLevel(query.Filter));
        AppendGroupAndSelect(query, stages);
        if (query.Pivot is { } pivot)
            stages.Add("pivot " + DslNames.Column(pivot.Property.Name) + " by " + DslNames.Column(pivot.By.Name));
        if (query.OrderBy.Count > 0)
            stages.Add("order by " + string.Join(", ", query.OrderBy.Select(k =>
                DslNames.Column(k.Name) + (k.Direction switch { SortDirection.Asc => " asc", SortDirection.Desc => " desc", _ => "" }))));
        if (query.Limit is not null) stages.Add("limit " + DslNames.Number(query.Limit.Value));
        if (query.Offset is not null) stages.Add("offset " + DslNames.Number(query.Offset.Value));
        if (query.Page is not null || query.PageSize is not null)
            stages.Add("page" + (query.Page is null ? "" : " " + DslNames.Number(query.Page.Value))
                + (query.PageSize is null ? "" : " size " + DslNames.Number(query.PageSize.Value)));
        if (query.OnUndefined is { } policy)
            stages.Add("on_undefined " + policy.ToString().ToLowerInvariant());
    }

    private void AppendGroupAndSelect(Query query, List<string> stages)
    {
        var items = query.Select;
        var distinct = query.Distinct ? "distinct " : "";
        if (query.GroupBy.Count == 0)
        {
            stages.Add("select " + distinct + string.Join(", ", items.Select(Item)));
            return;
        }

        // Find the select item each group key stands for.
        var keyItems = new int[query.GroupBy.Count];
        for (var k = 0; k < query.GroupBy.Count; k++)
        {
            var key = query.GroupBy[k];
            keyItems[k] = IndexOf(items, i => i is ExprItem e && (key.Kind == KeyKind.Alias
                ? e.Alias?.Text == key.Name
                : e.Alias is null && e.Expression is ColumnRef c && c.Name == key.Name));
            if (keyItems[k] >= 0 && keyItems.Take(k).Contains(keyItems[k])) keyItems[k] = -1;
        }
        if (keyItems.Any(i => i < 0))
        {
            // Not a consistent grouping (the validator reports it): print what is there.
            stages.Add("group by " + string.Join(", ", query.GroupBy.Select(k => DslNames.Column(k.Name))));
            stages.Add("select " + distinct + string.Join(", ", items.Select(Item)));
            return;
        }

        stages.Add("group by " + string.Join(", ", keyItems.Select(i => Item(items[i]))));
        var prefix = keyItems.Select((item, k) => item == k).All(x => x);
        if (prefix && keyItems.Length < items.Count)
        {
            stages.Add("select " + distinct + string.Join(", ", items.Skip(keyItems.Length).Select(Item)));
            return;
        }
        // Key items stand where they are in the select list, named by their key.
        stages.Add("select " + distinct + string.Join(", ", items.Select((item, i) =>
        {
            var k = Array.IndexOf(keyItems, i);
            return k < 0 ? Item(item) : DslNames.Column(query.GroupBy[k].Name);
        })));
    }

    private static int IndexOf(NodeList<SelectItem> items, Func<SelectItem, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
            if (match(items[i])) return i;
        return -1;
    }

    private string Item(SelectItem item) => item switch
    {
        StarItem => "*",
        ExprItem e => (e.Alias is null ? "" : DslNames.Name(e.Alias.Text) + " = ")
                      + (e.Expression is FunctionCall call && (RankForm.Print(call) ?? ArithmeticForm.Print(call, Expression)) is { } form ? form : Expression(e.Expression))
                      + (e.Stage is { } stage ? " stage " + stage.Name() : ""),
        _ => "",
    };

    /// <summary>Prints a value: a column, a literal, a list, a call or a threshold rule.</summary>
    public string Expression(Expr expression) => expression switch
    {
        ColumnRef c => DslNames.Column(c.Name),
        NumberLiteral n => DslNames.Number(n.Value),
        StringLiteral s => DslNames.String(s.Value),
        BoolLiteral b => b.Value ? "true" : "false",
        NullLiteral => "null",
        TimestampLiteral t => "@" + t.Text,
        ListExpr list => "[" + string.Join(", ", list.Items.Select(Expression)) + "]",
        FunctionCall call => Call(call),
        ThresholdRule rule => "when " + TopLevel(rule.Conditions) + " then " + Expression(rule.Threshold),
        _ => "",
    };

    private string Call(FunctionCall call)
    {
        var definition = _catalog.Find(call.Name);
        var text = new StringBuilder(DslNames.Name(call.Name)).Append('(');
        var positional = definition is not null;
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            if (i > 0) text.Append(", ");
            positional = positional && i < definition!.Parameters.Count
                         && definition.Parameters[i].Required && argument.Name == definition.Parameters[i].Name;
            if (!positional && argument.Name is not null) text.Append(DslNames.Name(argument.Name)).Append(": ");
            text.Append(Expression(argument.Value));
        }
        return text.Append(')').ToString();
    }

    /// <summary>A list of ANDed conditions: an <c>and</c>/<c>or</c> among them keeps its parentheses.</summary>
    private string TopLevel(IEnumerable<Condition> conditions) =>
        string.Join(" and ", conditions.Select(c => c is AndCondition or OrCondition ? "(" + Condition(c) + ")" : Condition(c)));

    /// <summary>Prints a condition.</summary>
    public string Condition(Condition condition) => condition switch
    {
        Comparison c => Comparison(c),
        AndCondition a => string.Join(" and ", a.Operands.Select(Nested)),
        OrCondition o => string.Join(" or ", o.Operands.Select(Nested)),
        NotCondition n => "not " + Nested(n.Operand),
        _ => "",
    };

    private string Nested(Condition condition) =>
        condition is AndCondition or OrCondition ? "(" + Condition(condition) + ")" : Condition(condition);

    private string Comparison(Comparison c)
    {
        var column = DslNames.Column(c.Property.Name);
        var value = c.Value is null ? "" : Expression(c.Value);
        if (c.Comparator is null) return column + " = " + value;
        return c.Comparator.Value switch
        {
            Comparator.Eq => column + " == " + value,
            Comparator.Ne => column + " != " + value,
            Comparator.Lt => column + " < " + value,
            Comparator.Lte => column + " <= " + value,
            Comparator.Gt => column + " > " + value,
            Comparator.Gte => column + " >= " + value,
            Comparator.In => column + " in " + value,
            Comparator.Nin => column + " not in " + value,
            Comparator.Like => column + " like " + value,
            Comparator.NotLike => column + " not like " + value,
            Comparator.Ilike => column + " ilike " + value,
            Comparator.NotIlike => column + " not ilike " + value,
            Comparator.IsNull => column + " is null",
            Comparator.NotNull => column + " is not null",
            Comparator.IsMissing => column + " is missing",
            Comparator.NotMissing => column + " is not missing",
            Comparator.IsEmpty => column + " is empty",
            Comparator.NotEmpty => column + " is not empty",
            Comparator.Between when c.Value is ListExpr { Items.Count: 2 } range =>
                column + " between " + Expression(range.Items[0]) + " and " + Expression(range.Items[1]),
            Comparator.Between => column + " between " + value,
            Comparator.Contains => column + " contains " + value,
            Comparator.ContainsAll => column + " contains all " + value,
            _ => column,
        };
    }
}
