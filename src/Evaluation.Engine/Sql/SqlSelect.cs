namespace Evaluation.Engine.Sql;

/// <summary>A <c>SELECT</c> statement as a tree.</summary>
internal sealed record SqlSelect(IReadOnlyList<SqlSelectItem> Items, SqlRelation From)
{
    public SqlExpr? Where { get; init; }
    public IReadOnlyList<SqlExpr> GroupBy { get; init; } = Array.Empty<SqlExpr>();
    public IReadOnlyList<SqlOrder> OrderBy { get; init; } = Array.Empty<SqlOrder>();
    public SqlExpr? Limit { get; init; }
    public SqlExpr? Offset { get; init; }
    public bool Distinct { get; init; }
    /// <summary><c>GROUP BY ALL</c>-free aggregate without keys still aggregates: set when the select aggregates with no keys.</summary>
    public bool Aggregates { get; init; }
}

/// <summary>One output column: an expression and its (quoted) name.</summary>
internal sealed record SqlSelectItem(SqlExpr Expression, string Alias);

/// <summary>What a select reads from.</summary>
internal abstract record SqlRelation;

/// <summary>A table function over bound arguments: <c>read_parquet($1, hive_partitioning = true)</c>.</summary>
internal sealed record SqlTableFunction(string Function, IReadOnlyList<SqlExpr> Arguments, IReadOnlyList<(string Name, SqlExpr Value)> Named) : SqlRelation;

/// <summary>A table or view by (quoted) name.</summary>
internal sealed record SqlTable(string Name) : SqlRelation;

/// <summary>A subquery, aliased.</summary>
internal sealed record SqlSubqueryRelation(SqlSelect Select, string Alias) : SqlRelation;

/// <summary>
/// <c>SELECT * , unnest(list) …</c> over a relation: one row per element of a list column,
/// for nested fields (<c>objects_detected.class_id</c>).
/// </summary>
internal sealed record SqlUnnestRelation(SqlRelation Source, string ListColumn, string Alias) : SqlRelation;
