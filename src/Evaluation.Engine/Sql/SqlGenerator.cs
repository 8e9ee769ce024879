using System.Globalization;
using System.Text;

namespace Evaluation.Engine.Sql;

/// <summary>
/// Writes a <see cref="SqlSelect"/> as DuckDB SQL text with positional parameters. The only
/// place SQL text is made: identifiers are always double-quoted (a quote inside doubled),
/// user values are always parameters, and constants are the planner's own. One
/// <see cref="SqlParameter"/> object written in several places is one parameter (<c>$1</c> each
/// time): a metric that compares with its threshold in every cell of a confusion matrix binds it once.
/// </summary>
internal sealed class SqlGenerator
{
    private readonly StringBuilder _text = new();
    private readonly List<object?> _parameters = new();
    private readonly Dictionary<SqlParameter, int> _numbers = new(ReferenceEqualityComparer.Instance);

    private SqlGenerator() { }

    /// <summary>The SQL text and its parameter values in order (<c>$1</c> is the first).</summary>
    public static (string Text, IReadOnlyList<object?> Parameters) Generate(SqlSelect select)
    {
        var generator = new SqlGenerator();
        generator.Select(select, 0);
        return (generator._text.ToString(), generator._parameters);
    }

    /// <summary>
    /// One expression's text and parameter values as a key: equal keys mean the same SQL with the
    /// same values (the planner's passes compare trees by it).
    /// </summary>
    public static string Key(SqlExpr expression)
    {
        var generator = new SqlGenerator();
        generator.Expr(expression);
        return generator._text + "\n" + string.Join("\n", generator._parameters.Select(p => p is null ? "NULL" : p.GetType().Name + ":" + Convert.ToString(p, CultureInfo.InvariantCulture)));
    }

    /// <summary>An identifier in double quotes.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private void Select(SqlSelect select, int indent)
    {
        var pad = new string(' ', indent);
        _text.Append("SELECT ");
        if (select.Distinct) _text.Append("DISTINCT ");
        for (var i = 0; i < select.Items.Count; i++)
        {
            if (i > 0) _text.Append(",\n").Append(pad).Append("       ");
            Expr(select.Items[i].Expression);
            if (select.Items[i].Expression is not SqlStar) _text.Append(" AS ").Append(Quote(select.Items[i].Alias));
        }
        _text.Append('\n').Append(pad).Append("FROM ");
        Relation(select.From, indent);
        if (select.Where is not null)
        {
            _text.Append('\n').Append(pad).Append("WHERE ");
            Expr(select.Where);
        }
        if (select.GroupBy.Count > 0)
        {
            _text.Append('\n').Append(pad).Append("GROUP BY ");
            List(select.GroupBy);
        }
        if (select.OrderBy.Count > 0)
        {
            _text.Append('\n').Append(pad).Append("ORDER BY ");
            Orders(select.OrderBy);
        }
        if (select.Limit is not null)
        {
            _text.Append('\n').Append(pad).Append("LIMIT ");
            Expr(select.Limit);
        }
        if (select.Offset is not null)
        {
            _text.Append('\n').Append(pad).Append("OFFSET ");
            Expr(select.Offset);
        }
    }

    private void Relation(SqlRelation relation, int indent)
    {
        switch (relation)
        {
            case SqlTable table:
                _text.Append(Quote(table.Name));
                break;
            case SqlTableFunction function:
                _text.Append(function.Function).Append('(');
                List(function.Arguments);
                foreach (var (name, value) in function.Named)
                {
                    _text.Append(", ").Append(name).Append(" = ");
                    Expr(value);
                }
                _text.Append(')');
                break;
            case SqlSubqueryRelation sub:
                _text.Append("(\n").Append(' ', indent + 2);
                Select(sub.Select, indent + 2);
                _text.Append('\n').Append(' ', indent).Append(") AS ").Append(Quote(sub.Alias));
                break;
            case SqlUnnestRelation unnest:
                _text.Append("(SELECT *, unnest(").Append(Quote(unnest.ListColumn)).Append(") AS ").Append(Quote(unnest.Alias)).Append(" FROM ");
                Relation(unnest.Source, indent);
                _text.Append(") AS ").Append(Quote("exploded"));
                break;
            default:
                throw new InvalidOperationException("Unknown relation " + relation.GetType().Name);
        }
    }

    private void Expr(SqlExpr expression)
    {
        switch (expression)
        {
            case SqlColumn column:
                if (column.Table is not null) _text.Append(Quote(column.Table)).Append('.');
                _text.Append(Quote(column.Name));
                break;
            case SqlParameter parameter:
                if (!_numbers.TryGetValue(parameter, out var number))
                {
                    _parameters.Add(parameter.Value);
                    _numbers.Add(parameter, number = _parameters.Count);
                }
                _text.Append('$').Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case SqlConstant constant:
                Constant(constant.Value);
                break;
            case SqlCall call:
                Call(call);
                break;
            case SqlBinary binary:
                _text.Append('(');
                Expr(binary.Left);
                _text.Append(' ').Append(binary.Operator).Append(' ');
                Expr(binary.Right);
                _text.Append(')');
                break;
            case SqlUnary unary:
                _text.Append('(').Append(unary.Operator).Append(unary.Operator.Length > 1 ? " " : "");
                Expr(unary.Operand);
                _text.Append(')');
                break;
            case SqlIsNull isNull:
                _text.Append('(');
                Expr(isNull.Operand);
                _text.Append(isNull.Negated ? " IS NOT NULL)" : " IS NULL)");
                break;
            case SqlIn @in:
                _text.Append('(');
                Expr(@in.Operand);
                _text.Append(@in.Negated ? " NOT IN (" : " IN (");
                List(@in.Items);
                _text.Append("))");
                break;
            case SqlCase @case:
                _text.Append("CASE");
                foreach (var (when, then) in @case.Branches)
                {
                    _text.Append(" WHEN ");
                    Expr(when);
                    _text.Append(" THEN ");
                    Expr(then);
                }
                if (@case.Else is not null)
                {
                    _text.Append(" ELSE ");
                    Expr(@case.Else);
                }
                _text.Append(" END");
                break;
            case SqlCast cast:
                _text.Append("CAST(");
                Expr(cast.Operand);
                _text.Append(" AS ").Append(cast.Type).Append(')');
                break;
            case SqlStruct @struct:
                _text.Append('{');
                for (var i = 0; i < @struct.Fields.Count; i++)
                {
                    if (i > 0) _text.Append(", ");
                    _text.Append('\'').Append(@struct.Fields[i].Name.Replace("'", "''")).Append("': ");
                    Expr(@struct.Fields[i].Value);
                }
                _text.Append('}');
                break;
            case SqlList list:
                _text.Append('[');
                List(list.Items);
                _text.Append(']');
                break;
            case SqlWindow window:
                Call(window.Call);
                _text.Append(" OVER (");
                if (window.PartitionBy.Count > 0)
                {
                    _text.Append("PARTITION BY ");
                    List(window.PartitionBy);
                }
                if (window.OrderBy.Count > 0)
                {
                    if (window.PartitionBy.Count > 0) _text.Append(' ');
                    _text.Append("ORDER BY ");
                    Orders(window.OrderBy);
                }
                _text.Append(')');
                break;
            case SqlSubquery subquery:
                _text.Append('(');
                Select(subquery.Select, 2);
                _text.Append(')');
                break;
            case SqlLambda lambda:
                _text.Append("lambda ").Append(lambda.Parameter).Append(": ");
                Expr(lambda.Body);
                break;
            case SqlStar:
                _text.Append('*');
                break;
            default:
                throw new InvalidOperationException("Unknown SQL expression " + expression.GetType().Name);
        }
    }

    private void Call(SqlCall call)
    {
        _text.Append(call.Function).Append('(');
        if (call.Distinct) _text.Append("DISTINCT ");
        List(call.Arguments);
        if (call.OrderWithin.Count > 0)
        {
            _text.Append(" ORDER BY ");
            Orders(call.OrderWithin);
        }
        _text.Append(')');
        if (call.Filter is not null)
        {
            _text.Append(" FILTER (WHERE ");
            Expr(call.Filter);
            _text.Append(')');
        }
    }

    private void Constant(object? value)
    {
        switch (value)
        {
            case null: _text.Append("NULL"); break;
            case bool b: _text.Append(b ? "TRUE" : "FALSE"); break;
            case double d when double.IsNaN(d): _text.Append("CAST('NaN' AS DOUBLE)"); break;
            case double d when double.IsPositiveInfinity(d): _text.Append("CAST('Infinity' AS DOUBLE)"); break;
            case double d when double.IsNegativeInfinity(d): _text.Append("CAST('-Infinity' AS DOUBLE)"); break;
            // A decimal literal such as 0.5 is DECIMAL in DuckDB; metrics compute in DOUBLE, so constants say so.
            case double d: _text.Append("CAST(").Append(d.ToString("R", CultureInfo.InvariantCulture)).Append(" AS DOUBLE)"); break;
            case long l: _text.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case int i: _text.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            default: throw new InvalidOperationException($"A planner constant must be a number, a boolean or NULL, not {value.GetType().Name}.");
        }
    }

    private void List(IReadOnlyList<SqlExpr> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) _text.Append(", ");
            Expr(items[i]);
        }
    }

    private void Orders(IReadOnlyList<SqlOrder> orders)
    {
        for (var i = 0; i < orders.Count; i++)
        {
            if (i > 0) _text.Append(", ");
            Expr(orders[i].Expression);
            _text.Append(orders[i].Descending ? " DESC" : " ASC");
            _text.Append(orders[i].NullsLast ? " NULLS LAST" : " NULLS FIRST");
        }
    }
}
