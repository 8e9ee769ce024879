using Evaluation.Engine.Sources;
using Evaluation.Engine.Sql;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Planning;

/// <summary>
/// What a translator needs while it writes SQL for one call: columns as SQL, their types,
/// the "present" test of §6 (not NULL, and not NaN for floats), arguments by name with their
/// catalog defaults, and user values as bound parameters. A metric that needs a per-row value
/// computed over its group's rows (a rank over the group's score order) asks for it with
/// <see cref="BeforeGrouping"/>: aggregates cannot hold window functions, so the planner computes
/// such values in a subquery below the grouping.
/// </summary>
internal sealed class TranslationContext
{
    /// <summary>Prefix of the columns computed below the grouping (<see cref="BeforeGrouping"/>).</summary>
    public const string RowColumnPrefix = "__evalq_row_";

    private readonly SourceSchema _schema;
    private readonly TranslatorRegistry _registry;
    private readonly FunctionCatalog _catalog;
    private readonly List<RowColumn> _rowColumns = new();

    public TranslationContext(SourceSchema schema, TranslatorRegistry registry, FunctionCatalog catalog)
    {
        _schema = schema;
        _registry = registry;
        _catalog = catalog;
    }

    /// <summary>The SQL of the block's group keys, in order: what a window over "the group's rows" partitions by.</summary>
    public IReadOnlyList<SqlExpr> GroupKeys { get; init; } = Array.Empty<SqlExpr>();

    /// <summary>
    /// A per-row value already written over <see cref="GroupKeys"/> (a window over the group's
    /// rows): the same as <see cref="PerRow"/>, for a translator that builds its window itself.
    /// </summary>
    public SqlColumn BeforeGrouping(SqlExpr value) => PerRow(_ => value);

    /// <summary>
    /// A column name as SQL: a plain column, or, when the block reads one row per list element,
    /// a field of that element (<c>objects_detected.class_id</c>). Set by the planner.
    /// </summary>
    public Func<string, SqlExpr> ColumnSql { get; init; } = name => new SqlColumn(name);

    /// <summary>
    /// The range a column's values are proven to lie in by the source's statistics (over all its
    /// rows, so over any the block reads), or null. Set by the planner only for a block that reads
    /// the source's own columns; a translator may drop a row-by-row test the range decides.
    /// </summary>
    public Func<string, ValueRange?> RangeOf { get; init; } = _ => null;

    /// <summary>Filter conditions as SQL over this block's columns (countIf, bias-mitigation rules).</summary>
    public ConditionTranslator Conditions => new(TypeOf, NativeType, c => ColumnSql(c.Name));

    /// <summary>A column, or a row-level call used as a column (<c>median(abs_error(y, p))</c>), as SQL.</summary>
    public PlannedValue Value(Expr expression) => expression switch
    {
        ColumnRef column => new PlannedValue(ColumnSql(column.Name), TypeOf(column.Name)),
        FunctionCall call => _registry.TranslateNested(call, _catalog.Find(call.Name)!, this),
        _ => throw new InvalidOperationException("A column argument was validated to be a column or a call."),
    };

    /// <summary>The catalog the query was validated with (a struct's field names, e.g. score_summary's nested percentiles).</summary>
    public FunctionCatalog Catalog => _catalog;

    /// <summary>
    /// A value computed for each row before the rows are grouped: a window over the row's own
    /// group (spearman's ranks, a histogram's min and max before binning, a running weight for a
    /// weighted median). An aggregate cannot see other rows of its group, so the planner computes
    /// these in an inner select that holds the query's filter, and the aggregate reads the
    /// returned column. The group keys to partition by are known only once every select item is
    /// planned, so <paramref name="build"/> gets them then.
    /// </summary>
    public SqlColumn PerRow(Func<IReadOnlyList<SqlExpr>, SqlExpr> build)
    {
        // Builders are pure, so two that write the same SQL without keys write the same SQL with
        // them: histogram, distribution and score_summary of one column share one min and one max.
        var identity = SqlGenerator.Key(build(Array.Empty<SqlExpr>()));
        var column = _rowColumns.FirstOrDefault(c => c.Identity == identity);
        if (column is null) _rowColumns.Add(column = new RowColumn(RowColumnPrefix + _rowColumns.Count, identity, build));
        return new SqlColumn(column.Name);
    }

    /// <summary>The per-row values the planned calls asked for, in order.</summary>
    public IReadOnlyList<RowColumn> RowColumns => _rowColumns;

    /// <summary>A column of the source with its fields (a list of structs' element fields), or null.</summary>
    public SchemaColumn? Schema(string column) => _schema.Find(column);

    public ColumnType TypeOf(string column) => _schema.Find(column)?.Type ?? ColumnType.Other;

    public string? NativeType(string column) => _schema.Find(column)?.Native;

    /// <summary>§6: a value is present when it is not NULL and, for floating-point values, not NaN.</summary>
    public static SqlExpr Present(PlannedValue value) => value.Type == ColumnType.Float
        ? Sql.Sql.And(new SqlIsNull(value.Value, Negated: true), Sql.Sql.Not(Sql.Sql.Call("isnan", value.Value)))
        : new SqlIsNull(value.Value, Negated: true);

    /// <summary>
    /// §6 presence in its cheaper NULL-propagating form: <c>NOT isnan(x)</c> for floats (which is
    /// NULL, not false, for a NULL x) and <c>x IS NOT NULL</c> otherwise. True, or NULL or false where
    /// a value is missing: use it only where NULL acts as false (FILTER, CASE WHEN, WHERE, a
    /// partition key), never under NOT, where <see cref="Present"/> is the one to use.
    /// </summary>
    public static SqlExpr PresentWhereNullIsFalse(params PlannedValue[] values) =>
        Sql.Sql.And(values.Select(v => v.Type == ColumnType.Float
            ? Sql.Sql.Not(Sql.Sql.Call("isnan", v.Value))
            : (SqlExpr)new SqlIsNull(v.Value, Negated: true)).ToArray());

    /// <summary>All of the values are present (the rows a metric over them reads).</summary>
    public static SqlExpr AllPresent(params PlannedValue[] values) => Sql.Sql.And(values.Select(Present).ToArray());

    /// <summary>The argument for <paramref name="parameter"/> (by name or alias), or null.</summary>
    public static Expr? Argument(FunctionCall call, FunctionDefinition function, string parameter)
    {
        var definition = function.FindParameter(parameter);
        return call.Arguments.FirstOrDefault(a => a.Name is not null && definition is not null && definition.IsNamed(a.Name))?.Value;
    }

    /// <summary>A required column argument as SQL.</summary>
    public PlannedValue Column(FunctionCall call, FunctionDefinition function, string parameter) =>
        Argument(call, function, parameter) is { } value
            ? Value(value)
            : throw new QueryException(new[] { DiagnosticDescriptors.MissingParameter.At(call.NameSpan, $"`{function.Name}` needs `{parameter}`") });

    /// <summary>A number argument, or its default.</summary>
    public static double? Number(FunctionCall call, FunctionDefinition function, string parameter) =>
        Argument(call, function, parameter) is NumberLiteral n ? n.Value
        : function.FindParameter(parameter)?.Default is { } d && double.TryParse(d, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v
        : null;

    /// <summary>A string (enum) argument, or its default without quotes.</summary>
    public static string? Text(FunctionCall call, FunctionDefinition function, string parameter) =>
        Argument(call, function, parameter) switch
        {
            StringLiteral s => s.Value,
            TimestampLiteral t => t.Text,
            _ => CatalogDefault(function, parameter),
        };

    /// <summary>The column a column parameter names: its argument, or the catalog's default column.</summary>
    public static string? ColumnName(FunctionCall call, FunctionDefinition function, string parameter) =>
        Argument(call, function, parameter) is ColumnRef column ? column.Name : CatalogDefault(function, parameter);

    private static string? CatalogDefault(FunctionDefinition function, string parameter) =>
        function.FindParameter(parameter)?.Default?.Trim('\'');

    /// <summary>A literal as a bound parameter value (CLR value).</summary>
    public static object? ParameterValue(Literal literal) => literal switch
    {
        NumberLiteral n when n.IsInteger && Math.Abs(n.Value) < 9e15 => (long)n.Value,
        NumberLiteral n => n.Value,
        StringLiteral s => s.Value,
        BoolLiteral b => b.Value,
        TimestampLiteral t => t.Text,
        _ => null,
    };
}
