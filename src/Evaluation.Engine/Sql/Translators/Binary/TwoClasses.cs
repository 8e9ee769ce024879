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
    /// <summary>The group's truth holds a number other than 0 and 1: min/max for integers; floats need a count (0.5 lies between).</summary>
    public static SqlExpr NotZeroOrOne(Operand truth)
    {
        var value = truth.Value.Value;
        if (truth.Type != ColumnType.Float)
            return Or(new SqlBinary("<", Aggregate("min", null, value), Integer(0)), new SqlBinary(">", Aggregate("max", null, value), Integer(1)));
        var outside = CountStar(And(new SqlIn(value, new[] { Integer(0), Integer(1) }, Negated: true), Not(Call("isnan", value))));
        return new SqlBinary(">", outside, Integer(0));
    }

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
