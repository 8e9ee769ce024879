namespace Evaluation.Language.Ast;

/// <summary>
/// One query block, the shape of one JSON request. Stages that JSON writes as a subquery
/// (a filter on a grouped result, a second aggregation) are a query whose <see cref="From"/>
/// is a <see cref="SubquerySource"/>.
/// </summary>
public sealed record Query(
    Source? From,
    NodeList<SelectItem> Select,
    NodeList<Condition> Filter,
    NodeList<GroupKey> GroupBy,
    NodeList<OrderKey> OrderBy) : Node
{
    /// <summary><c>limit</c>: at most this many rows.</summary>
    public NumberLiteral? Limit { get; init; }

    /// <summary><c>offset</c>: rows skipped before the first one returned.</summary>
    public NumberLiteral? Offset { get; init; }

    /// <summary><c>page</c> (1-based), NeMo's paging.</summary>
    public NumberLiteral? Page { get; init; }

    /// <summary><c>page_size</c>, NeMo's paging.</summary>
    public NumberLiteral? PageSize { get; init; }

    /// <summary><c>distinct</c>: one row per distinct combination of the selected values.</summary>
    public bool Distinct { get; init; }

    /// <summary><c>pivot</c>: the block's result turned wide, one column per value of a column; null when the block does not pivot.</summary>
    public Pivot? Pivot { get; init; }

    /// <summary><c>on_undefined</c>: what an undefined metric value gives; null means the default (NaN).</summary>
    public UndefinedPolicy? OnUndefined { get; init; }

    /// <summary>A query with only a source and a select list.</summary>
    public static Query Create(Source? from, NodeList<SelectItem> select) =>
        new(from, select, NodeList<Condition>.Empty, NodeList<GroupKey>.Empty, NodeList<OrderKey>.Empty);
}

/// <summary>What an undefined metric value (§6) gives.</summary>
public enum UndefinedPolicy
{
    /// <summary>NaN, with a warning naming the group and the reason (default).</summary>
    Nan,
    /// <summary>NULL, with the same warning.</summary>
    Null,
    /// <summary>The query fails.</summary>
    Error,
}

/// <summary>A DSL script: queries and <c>let</c> bindings, in order.</summary>
public sealed record Script(NodeList<Statement> Statements) : Node;

/// <summary>One statement of a script.</summary>
public abstract record Statement : Node;

/// <summary>A query whose result is printed.</summary>
public sealed record QueryStatement(Query Query) : Statement;

/// <summary><c>let name = query</c>: names a result that later queries can use as a source.</summary>
public sealed record LetStatement(Name Name, Query Query) : Statement;

/// <summary>A name written by the user (an alias, a let binding), with its span.</summary>
public sealed record Name(string Text) : Node;
