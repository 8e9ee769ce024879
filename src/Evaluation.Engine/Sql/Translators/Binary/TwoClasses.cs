using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// Tests, per group, that the labels are two classes: binary metrics over labels of several
/// classes would count every other class as "negative" and give a number from garbage, so such a
/// group is undefined with the reason until the multiclass work lands. The tests are over the
/// group's rows whether or not the other column of a row is present: they say what a column
/// holds, and unfiltered min/max are the cheapest exact tests (no DISTINCT, no extra pass).
/// </summary>
internal static class TwoClasses
{
    /// <summary>
    /// The group's truth holds a number other than 0 and 1: min/max for integers; floats need a
    /// count (0.5 lies between). Null when the source's statistics prove integer labels lie in
    /// [0, 1] (no group can then hold another value, and the test would cost a pass of min/max).
    /// </summary>
    public static UndefinedWhen? NotZeroOrOne(Operand truth, string reason)
    {
        var value = truth.Value.Value;
        if (truth.Type != ColumnType.Float)
        {
            if (truth.Type == ColumnType.Integer && truth.Range is { } range && range.Within(0, 1)) return null;
            return new UndefinedWhen(Or(new SqlBinary("<", Aggregate("min", null, value), Integer(0)), new SqlBinary(">", Aggregate("max", null, value), Integer(1))), reason);
        }
        var outside = CountStar(And(new SqlIn(value, new[] { Integer(0), Integer(1) }, Negated: true), Not(Call("isnan", value))));
        return new UndefinedWhen(new SqlBinary(">", outside, Integer(0)), reason);
    }

    /// <summary>
    /// The source's statistics prove every column holds integers in [0, 1] and pos_label is 0 or 1:
    /// the values other than pos_label are then one class in every group, so the test for more is not needed.
    /// </summary>
    public static bool ProvenZeroOrOne(IReadOnlyList<Operand> columns, object? positiveClass) =>
        positiveClass is long or int or double && Convert.ToDouble(positiveClass, System.Globalization.CultureInfo.InvariantCulture) is 0 or 1
        && columns.All(c => c.Type == ColumnType.Integer && c.Range is { } range && range.Within(0, 1));

    /// <summary>
    /// The values other than pos_label in the columns are not one class: their least and greatest
    /// differ. A group with no other value at all (NULLs) is not flagged.
    /// </summary>
    public static UndefinedWhen MoreThanOneOther(IReadOnlyList<Operand> columns, SqlExpr positiveClass, string reason)
    {
        SqlExpr Extreme(string aggregate) => columns.Count == 1
            ? Other(aggregate, columns[0])
            : Call(aggregate == "min" ? "least" : "greatest", columns.Select(c => Other(aggregate, c)).ToArray());
        SqlExpr Other(string aggregate, Operand column)
        {
            var value = column.Value.Value;
            var other = new SqlBinary("<>", value, positiveClass);
            return Aggregate(aggregate, column.Type == ColumnType.Float ? And(other, Not(Call("isnan", value))) : other, value);
        }
        return new UndefinedWhen(new SqlBinary("<>", Extreme("min"), Extreme("max")), reason);
    }
}
