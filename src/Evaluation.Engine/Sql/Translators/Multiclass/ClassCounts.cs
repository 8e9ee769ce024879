using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Multiclass;

/// <summary>
/// A group's per-class counts in one pass: three <c>histogram</c> aggregates (label → rows) of the
/// truth, of the prediction and of the truth where the prediction hits it, and the label set as a
/// list. Per-class values are lambdas over the label set that look their counts up in the maps
/// (a class with no row is 0), so every multiclass metric of the label columns reads the same
/// aggregates (DuckDB computes a repeated aggregate once).
/// </summary>
internal sealed class ClassCounts
{
    /// <summary>The lambda parameter that stands for one class (an unlikely name: lambda parameters shadow columns).</summary>
    public const string ClassName = "__evalq_class";

    private readonly SqlExpr _truthCounts;
    private readonly SqlExpr _predictedCounts;
    private readonly SqlExpr _hitCounts;

    /// <param name="columns">The label columns and the label set.</param>
    /// <param name="rows">The rows counted: present ones, or with <c>classes</c> those whose labels are both in it.</param>
    public ClassCounts(LabelColumns columns, SqlExpr rows)
    {
        var truth = columns.Truth.Value.Value;
        var predicted = columns.Predicted.Value.Value;
        _truthCounts = Aggregate("histogram", rows, truth);
        _predictedCounts = Aggregate("histogram", rows, predicted);
        _hitCounts = Aggregate("histogram", And(rows, Eq(truth, predicted)), truth);
        Rows = Double(CountStar(rows));
        Labels = columns.Classes is { } classes
            ? new SqlList(classes)
            : Call("coalesce", Call("list_sort", Call("list_distinct", Call("list_concat", Call("map_keys", _truthCounts), Call("map_keys", _predictedCounts)))),
                new SqlList(Array.Empty<SqlExpr>()));
    }

    /// <summary>The label set of the group, in class order.</summary>
    public SqlExpr Labels { get; }

    /// <summary>Rows with both labels present, as DOUBLE.</summary>
    public SqlExpr Rows { get; }

    /// <summary>The class a per-class lambda is evaluated for.</summary>
    public static SqlExpr Class => new SqlColumn(ClassName);

    /// <summary>Rows whose truth is the class (TP + FN), as DOUBLE.</summary>
    public SqlExpr Truth(SqlExpr label) => Lookup(_truthCounts, label);

    /// <summary>Rows predicted as the class (TP + FP), as DOUBLE.</summary>
    public SqlExpr Predicted(SqlExpr label) => Lookup(_predictedCounts, label);

    /// <summary>Rows of the class predicted as it (TP), as DOUBLE.</summary>
    public SqlExpr Hits(SqlExpr label) => Lookup(_hitCounts, label);

    /// <summary><c>list_transform(labels, lambda class: body)</c>.</summary>
    public SqlExpr PerClass(SqlExpr body) => Call("list_transform", Labels, new SqlLambda(ClassName, body));

    /// <summary>Over the classes for which <paramref name="where"/> holds: <c>list_transform(list_filter(labels, …), …)</c>.</summary>
    public SqlExpr PerClassWhere(SqlExpr where, SqlExpr body) =>
        Call("list_transform", Call("list_filter", Labels, new SqlLambda(ClassName, where)), new SqlLambda(ClassName, body));

    /// <summary>True when <paramref name="condition"/> holds for some class (false for no class).</summary>
    public SqlExpr AnyClass(SqlExpr condition) => Call("coalesce", Call("list_bool_or", PerClass(condition)), new SqlConstant(false));

    /// <summary>Σ over the classes of <paramref name="body"/> (0 for no class).</summary>
    public SqlExpr SumOverClasses(SqlExpr body) => Call("coalesce", Call("list_sum", PerClass(body)), Number(0));

    private static SqlExpr Lookup(SqlExpr counts, SqlExpr label) =>
        Double(Call("coalesce", Call("map_extract_value", counts, label), Integer(0)));
}
