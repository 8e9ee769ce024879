using Evaluation.Engine.Planning;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// A condition (over a group's aggregates) under which a metric is undefined, and why: the
/// reason becomes the warning "`precision` is undefined where segment = 'A': no predicted positive".
/// The one way every translator states undefined values (§6): conditions are checked in order,
/// so the first that holds is the one reported.
/// </summary>
internal sealed record UndefinedWhen(SqlExpr Condition, string Reason)
{
    /// <summary>A floating-point value that becomes NaN when any case holds, with the first such case's reason.</summary>
    public static PlannedValue NaNUnless(SqlExpr value, params (SqlExpr When, string Why)[] cases) => Metric(value, Of(cases));

    /// <summary>A value NaN cannot stand for (a list, a struct, a label): kept as computed, with the reason beside it.</summary>
    public static PlannedValue Explained(SqlExpr value, ColumnType type, params (SqlExpr When, string Why)[] cases) =>
        new(value, type, cases.Length == 0 ? null : Reasons(Of(cases)));

    private static IReadOnlyList<UndefinedWhen> Of((SqlExpr When, string Why)[] cases) =>
        cases.Select(c => new UndefinedWhen(c.When, c.Why)).ToList();

    /// <summary>
    /// A metric value that is NaN where any condition holds, with the reason of the first that
    /// holds (conditions are listed most fundamental first, so the warning names the root cause).
    /// </summary>
    public static PlannedValue Metric(SqlExpr value, IReadOnlyList<UndefinedWhen> conditions) =>
        conditions.Count == 0
            ? new PlannedValue(value, ColumnType.Float)
            : new PlannedValue(NaNWhen(Any(conditions), value), ColumnType.Float, Reasons(conditions));

    /// <summary>True where any of the conditions holds.</summary>
    public static SqlExpr Any(IReadOnlyList<UndefinedWhen> conditions) => Or(conditions.Select(c => c.Condition).ToArray());

    /// <summary>The reasons as a VARCHAR: the first whose condition holds, else NULL (the value is defined).</summary>
    public static SqlExpr Reasons(IReadOnlyList<UndefinedWhen> conditions) =>
        new SqlCase(conditions.Select(c => (c.Condition, (SqlExpr)new SqlParameter(c.Reason))).ToList(), null);
}
