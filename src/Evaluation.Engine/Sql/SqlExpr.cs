namespace Evaluation.Engine.Sql;

/// <summary>
/// A SQL expression as a tree. The planner builds trees, never text: <see cref="SqlGenerator"/>
/// writes the text at the very end, quoting every identifier and binding every user value as
/// a parameter. Planner constants (a bin count, 0.5 in an average) are <see cref="SqlConstant"/>s.
/// </summary>
internal abstract record SqlExpr;

/// <summary>A column, quoted on output; <see cref="Table"/> qualifies it.</summary>
internal sealed record SqlColumn(string Name, string? Table = null) : SqlExpr;

/// <summary>A user value, bound as a positional parameter (<c>$3</c>).</summary>
internal sealed record SqlParameter(object? Value) : SqlExpr;

/// <summary>A constant the planner chose (never user input): a number, a boolean, NULL or a DuckDB type name for casts.</summary>
internal sealed record SqlConstant(object? Value) : SqlExpr
{
    public static SqlConstant Null { get; } = new((object?)null);
    public static SqlConstant NaN { get; } = new(double.NaN);
}

/// <summary>A function call, optionally an aggregate with <c>DISTINCT</c>, <c>ORDER BY</c> inside, and <c>FILTER (WHERE …)</c>.</summary>
internal sealed record SqlCall(string Function, IReadOnlyList<SqlExpr> Arguments) : SqlExpr
{
    public SqlExpr? Filter { get; init; }
    public bool Distinct { get; init; }
    public IReadOnlyList<SqlOrder> OrderWithin { get; init; } = Array.Empty<SqlOrder>();

    public static SqlCall Of(string function, params SqlExpr[] arguments) => new(function, arguments);
}

/// <summary><c>left op right</c>, parenthesised on output.</summary>
internal sealed record SqlBinary(string Operator, SqlExpr Left, SqlExpr Right) : SqlExpr;

/// <summary><c>op operand</c> (<c>NOT</c>, <c>-</c>).</summary>
internal sealed record SqlUnary(string Operator, SqlExpr Operand) : SqlExpr;

/// <summary><c>operand IS [NOT] NULL</c>.</summary>
internal sealed record SqlIsNull(SqlExpr Operand, bool Negated) : SqlExpr;

/// <summary><c>operand [NOT] IN (items)</c>.</summary>
internal sealed record SqlIn(SqlExpr Operand, IReadOnlyList<SqlExpr> Items, bool Negated) : SqlExpr;

/// <summary><c>CASE WHEN … THEN … ELSE … END</c>.</summary>
internal sealed record SqlCase(IReadOnlyList<(SqlExpr When, SqlExpr Then)> Branches, SqlExpr? Else) : SqlExpr;

/// <summary><c>CAST(operand AS type)</c>; the type is a planner constant.</summary>
internal sealed record SqlCast(SqlExpr Operand, string Type) : SqlExpr;

/// <summary><c>{'field': value, …}</c>: a struct with fixed field names (Arthur's, NeMo's).</summary>
internal sealed record SqlStruct(IReadOnlyList<(string Name, SqlExpr Value)> Fields) : SqlExpr;

/// <summary><c>[a, b, …]</c>.</summary>
internal sealed record SqlList(IReadOnlyList<SqlExpr> Items) : SqlExpr;

/// <summary><c>function(args) OVER (PARTITION BY … ORDER BY …)</c>.</summary>
internal sealed record SqlWindow(SqlCall Call, IReadOnlyList<SqlExpr> PartitionBy, IReadOnlyList<SqlOrder> OrderBy) : SqlExpr;

/// <summary>A scalar subquery or a lambda-free list expression the generator writes in parentheses.</summary>
internal sealed record SqlSubquery(SqlSelect Select) : SqlExpr;

/// <summary>A lambda: <c>x -&gt; body</c>, for list functions. <see cref="Parameter"/> is a planner-chosen name.</summary>
internal sealed record SqlLambda(string Parameter, SqlExpr Body) : SqlExpr;

/// <summary><c>*</c>: every column of the relation (a select item without an alias).</summary>
internal sealed record SqlStar : SqlExpr;

/// <summary>One sort key.</summary>
internal sealed record SqlOrder(SqlExpr Expression, bool Descending = false, bool NullsLast = true);

/// <summary>Expression helpers that read like the SQL they stand for.</summary>
internal static class Sql
{
    public static SqlExpr Number(double value) => new SqlConstant(value);
    public static SqlExpr Integer(long value) => new SqlConstant(value);
    public static SqlExpr And(params SqlExpr?[] operands) =>
        operands.Where(o => o is not null).Aggregate((a, b) => new SqlBinary("AND", a!, b!))!;
    public static SqlExpr Or(params SqlExpr[] operands) => operands.Aggregate((a, b) => new SqlBinary("OR", a, b));
    public static SqlExpr Not(SqlExpr operand) => new SqlUnary("NOT", operand);
    public static SqlExpr Eq(SqlExpr a, SqlExpr b) => new SqlBinary("=", a, b);
    public static SqlExpr Add(SqlExpr a, SqlExpr b) => new SqlBinary("+", a, b);
    public static SqlExpr Sub(SqlExpr a, SqlExpr b) => new SqlBinary("-", a, b);
    public static SqlExpr Mul(SqlExpr a, SqlExpr b) => new SqlBinary("*", a, b);
    public static SqlExpr Div(SqlExpr a, SqlExpr b) => new SqlBinary("/", a, b);
    public static SqlExpr Double(SqlExpr e) => new SqlCast(e, "DOUBLE");
    public static SqlCall Call(string function, params SqlExpr[] arguments) => new(function, arguments);
    public static SqlCall CountStar(SqlExpr? filter = null) => new("count_star", Array.Empty<SqlExpr>()) { Filter = filter };
    public static SqlCall Aggregate(string function, SqlExpr? filter, params SqlExpr[] arguments) => new(function, arguments) { Filter = filter };

    /// <summary><c>CASE WHEN condition THEN NaN ELSE value END</c>: an undefined value becomes NaN.</summary>
    public static SqlExpr NaNWhen(SqlExpr condition, SqlExpr value) =>
        new SqlCase(new[] { (condition, (SqlExpr)SqlConstant.NaN) }, value);
}
