namespace Evaluation.Language.Ast;

/// <summary>A value in a query: a column, a literal, a list, a function call or a threshold rule.</summary>
public abstract record Expr : Node;

/// <summary>A column of the source (Arthur's "property"); nested fields are dotted: <c>objects_detected.class_id</c>.</summary>
public sealed record ColumnRef(string Name) : Expr
{
    /// <summary>True for a nested field (<c>list.field</c>).</summary>
    public bool IsNested => Name.IndexOf('.') > 0;
}

/// <summary>A constant.</summary>
public abstract record Literal : Expr;

/// <summary>A number. Integers and decimals share one type; the catalog decides whether a fraction is allowed.</summary>
public sealed record NumberLiteral(double Value) : Literal
{
    /// <summary>True when the value is a whole number.</summary>
    public bool IsInteger => !double.IsNaN(Value) && !double.IsInfinity(Value) && Math.Floor(Value) == Value;
}

/// <summary>A string.</summary>
public sealed record StringLiteral(string Value) : Literal;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BoolLiteral(bool Value) : Literal;

/// <summary><c>null</c>.</summary>
public sealed record NullLiteral : Literal;

/// <summary>
/// An ISO 8601 date or date-time, kept as written (<c>2026-01-01</c>, <c>2026-01-01T00:00Z</c>).
/// The DSL writes it <c>@2026-01-01</c>; JSON writes it as a string of that shape.
/// </summary>
public sealed record TimestampLiteral(string Text) : Literal;

/// <summary>A list of values: <c>[1, 2, 3]</c>, or a list of columns.</summary>
public sealed record ListExpr(NodeList<Expr> Items) : Expr;

/// <summary>A call of a catalog function, its arguments in catalog order once resolved.</summary>
public sealed record FunctionCall(string Name, NodeList<Argument> Arguments) : Expr
{
    /// <summary>The argument named <paramref name="parameter"/>, if given.</summary>
    public Argument? Find(string parameter) =>
        Arguments.FirstOrDefault(a => string.Equals(a.Name, parameter, StringComparison.Ordinal));

    /// <summary>The span of the function's name alone, for diagnostics about the name.</summary>
    public SourceSpan NameSpan { get; init; } = SourceSpan.None;

    /// <summary>Structural equality; spans are not part of it.</summary>
    public bool Equals(FunctionCall? other) =>
        base.Equals(other) && Name == other!.Name && Arguments.Equals(other.Arguments);

    /// <inheritdoc />
    public override int GetHashCode() => (Name.GetHashCode() * 397) ^ Arguments.GetHashCode();
}

/// <summary>
/// One argument of a call. <see cref="Name"/> is the parameter's JSON name; it is null only
/// for a positional argument that could not be resolved (unknown function, too many arguments).
/// </summary>
public sealed record Argument(string? Name, Expr Value) : Node
{
    /// <summary>The span of the parameter name when it was written (named argument or JSON key).</summary>
    public SourceSpan NameSpan { get; init; } = SourceSpan.None;

    /// <summary>Structural equality; spans are not part of it.</summary>
    public bool Equals(Argument? other) =>
        base.Equals(other) && Name == other!.Name && Value.Equals(other.Value);

    /// <inheritdoc />
    public override int GetHashCode() => ((Name?.GetHashCode() ?? 0) * 397) ^ Value.GetHashCode();
}

/// <summary>
/// One group of <c>biasMitigatedPredictions</c>: the rows matching every condition get
/// <c>score &gt;= Threshold ? 1 : 0</c>. JSON: <c>{"conditions": [...], "threshold": 0.4}</c>;
/// DSL: <c>when SEX = 1 then 0.4</c>.
/// </summary>
public sealed record ThresholdRule(NodeList<Condition> Conditions, Expr Threshold) : Expr;
