using Evaluation.Engine.Sql;
using Evaluation.Language.Ast;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Planning;

/// <summary>
/// Filter conditions as SQL. Values are bound parameters; a timestamp literal is cast to the
/// column's own type. Ordering comparisons on floating-point columns leave NaN out (DuckDB
/// sorts NaN above every number, so <c>NaN &gt;= 0.5</c> would hold); <c>isMissing</c> is
/// NULL or NaN (§6); <c>eq null</c> means IS NULL.
/// </summary>
internal sealed class ConditionTranslator
{
    private readonly Func<string, ColumnType> _typeOf;
    private readonly Func<string, string?> _nativeType;
    private readonly Func<ColumnRef, SqlExpr> _column;

    public ConditionTranslator(Func<string, ColumnType> typeOf, Func<string, string?> nativeType, Func<ColumnRef, SqlExpr>? column = null)
    {
        _typeOf = typeOf;
        _nativeType = nativeType;
        _column = column ?? (c => new SqlColumn(c.Name));
    }

    /// <summary>The conditions ANDed, or null for none.</summary>
    public SqlExpr? All(IReadOnlyList<Condition> conditions) =>
        conditions.Count == 0 ? null : And(conditions.Select(Translate).ToArray());

    public SqlExpr Translate(Condition condition) => condition switch
    {
        AndCondition and => And(and.Operands.Select(Translate).ToArray()),
        OrCondition or => Or(or.Operands.Select(Translate).ToArray()),
        NotCondition not => Not(Translate(not.Operand)),
        Comparison comparison => Comparison(comparison),
        _ => throw new InvalidOperationException("Unknown condition " + condition.GetType().Name),
    };

    private SqlExpr Comparison(Comparison c)
    {
        var column = _column(c.Property);
        var type = _typeOf(c.Property.Name);
        var isFloat = type == ColumnType.Float;
        SqlExpr NotNaN(SqlExpr e) => isFloat ? And(e, Not(Call("isnan", column))) : e;
        SqlExpr Value(Expr? e) => e is Literal literal ? Bind(literal, c.Property.Name) : throw new InvalidOperationException("A comparison value was validated to be a literal.");
        IReadOnlyList<SqlExpr> Values() => ((ListExpr)c.Value!).Items.Select(Value).ToArray();

        switch (c.EffectiveComparator)
        {
            case Comparator.Eq when c.Value is NullLiteral: return new SqlIsNull(column, Negated: false);
            case Comparator.Ne when c.Value is NullLiteral: return new SqlIsNull(column, Negated: true);
            case Comparator.Eq: return Eq(column, Value(c.Value));
            case Comparator.Ne: return new SqlBinary("<>", column, Value(c.Value));
            case Comparator.Lt: return NotNaN(new SqlBinary("<", column, Value(c.Value)));
            case Comparator.Lte: return NotNaN(new SqlBinary("<=", column, Value(c.Value)));
            case Comparator.Gt: return NotNaN(new SqlBinary(">", column, Value(c.Value)));
            case Comparator.Gte: return NotNaN(new SqlBinary(">=", column, Value(c.Value)));
            case Comparator.In: return Values() is { Count: > 0 } items ? new SqlIn(column, items, Negated: false) : new SqlConstant(false);
            case Comparator.Nin: return Values() is { Count: > 0 } others ? new SqlIn(column, others, Negated: true) : new SqlIsNull(column, Negated: true);
            case Comparator.Like: return new SqlBinary("LIKE", column, Value(c.Value));
            case Comparator.NotLike: return Not(new SqlBinary("LIKE", column, Value(c.Value)));
            case Comparator.Ilike: return new SqlBinary("ILIKE", column, Value(c.Value));
            case Comparator.NotIlike: return Not(new SqlBinary("ILIKE", column, Value(c.Value)));
            case Comparator.IsNull: return new SqlIsNull(column, Negated: false);
            case Comparator.NotNull: return new SqlIsNull(column, Negated: true);
            case Comparator.IsMissing:
                return isFloat ? Or(new SqlIsNull(column, Negated: false), Call("isnan", column)) : new SqlIsNull(column, Negated: false);
            case Comparator.NotMissing:
                return isFloat ? And(new SqlIsNull(column, Negated: true), Not(Call("isnan", column))) : new SqlIsNull(column, Negated: true);
            case Comparator.Between:
                var range = Values();
                return NotNaN(And(new SqlBinary(">=", column, range[0]), new SqlBinary("<=", column, range[1])));
            case Comparator.Contains: return Call("list_contains", column, Value(c.Value));
            case Comparator.ContainsAll: return Call("list_has_all", column, new SqlList(Values()));
            case Comparator.IsEmpty: return Eq(Call("len", column), Integer(0));
            case Comparator.NotEmpty: return new SqlBinary(">", Call("len", column), Integer(0));
            default: throw new InvalidOperationException("Unknown comparator " + c.EffectiveComparator);
        }
    }

    /// <summary>A literal as a parameter; a timestamp is cast to the column's type so DuckDB compares instants.</summary>
    public SqlExpr Bind(Literal literal, string column)
    {
        var parameter = new SqlParameter(TranslationContext.ParameterValue(literal));
        if (literal is TimestampLiteral && _typeOf(column) == ColumnType.Timestamp)
            return new SqlCast(parameter, SafeType(_nativeType(column)) ?? "TIMESTAMP");
        return parameter;
    }

    /// <summary>A type name for a cast: only DuckDB's own temporal type names pass.</summary>
    private static string? SafeType(string? native) => native?.ToUpperInvariant() switch
    {
        "DATE" => "DATE",
        "TIMESTAMP" or "TIMESTAMP_NS" or "TIMESTAMP_MS" or "TIMESTAMP_S" => "TIMESTAMP",
        "TIMESTAMP WITH TIME ZONE" or "TIMESTAMPTZ" => "TIMESTAMPTZ",
        _ => null,
    };
}
