using Evaluation.Engine.Planning;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// When a metric has no value (§6): the conditions under which it is undefined, each with the
/// reason the warning gives, checked in order so the first that holds is the one reported.
/// </summary>
internal static class Undefined
{
    /// <summary>A floating-point value that becomes NaN when any case holds, with the first such case's reason.</summary>
    public static PlannedValue NaNUnless(SqlExpr value, params (SqlExpr When, string Why)[] cases) =>
        new(Sql.NaNWhen(Sql.Or(cases.Select(c => c.When).ToArray()), value), ColumnType.Float, Reasons(cases));

    /// <summary>A value NaN cannot stand for (a list, a label): kept as computed, with the reason beside it.</summary>
    public static PlannedValue Explained(SqlExpr value, ColumnType type, params (SqlExpr When, string Why)[] cases) =>
        new(value, type, Reasons(cases));

    /// <summary><c>CASE WHEN c1 THEN 'why 1' WHEN c2 THEN 'why 2' END</c>: NULL where the value is defined.</summary>
    public static SqlExpr Reasons(params (SqlExpr When, string Why)[] cases) =>
        new SqlCase(cases.Select(c => (c.When, (SqlExpr)new SqlParameter(c.Why))).ToList(), null);
}
