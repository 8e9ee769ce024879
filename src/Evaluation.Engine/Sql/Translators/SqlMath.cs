namespace Evaluation.Engine.Sql.Translators;

/// <summary>Comparisons and numeric functions the metric translators share, as SQL trees.</summary>
internal static class SqlMath
{
    public static SqlExpr Lt(SqlExpr a, SqlExpr b) => new SqlBinary("<", a, b);
    public static SqlExpr Le(SqlExpr a, SqlExpr b) => new SqlBinary("<=", a, b);
    public static SqlExpr Gt(SqlExpr a, SqlExpr b) => new SqlBinary(">", a, b);
    public static SqlExpr Ge(SqlExpr a, SqlExpr b) => new SqlBinary(">=", a, b);
    public static SqlExpr Abs(SqlExpr a) => Sql.Call("abs", a);
    public static SqlExpr Sqrt(SqlExpr a) => Sql.Call("sqrt", a);
    public static SqlExpr Least(SqlExpr a, SqlExpr b) => Sql.Call("least", a, b);
    public static SqlExpr Greatest(SqlExpr a, SqlExpr b) => Sql.Call("greatest", a, b);
    public static SqlExpr BigInt(SqlExpr a) => new SqlCast(a, "BIGINT");

    /// <summary>A planner constant in DOUBLE (0.5, 1, 10).</summary>
    public static SqlExpr D(double value) => Sql.Number(value);

    /// <summary><c>CASE WHEN condition THEN then ELSE otherwise END</c>.</summary>
    public static SqlExpr If(SqlExpr condition, SqlExpr then, SqlExpr otherwise) =>
        new SqlCase(new[] { (condition, then) }, otherwise);
}
