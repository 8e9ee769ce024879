using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// The values a statistic of one numeric column reads: the column in DOUBLE and the §6 test that
/// it is present (not NULL, not NaN), so a NaN never reaches min, max, avg or a quantile's
/// positions. Aggregates that skip NULLs read <c>CASE WHEN present THEN x END</c>, one common
/// subexpression for all of them, where a <c>FILTER</c> would be evaluated once per aggregate;
/// <c>list</c>, which keeps NULLs, is filtered.
/// </summary>
internal sealed record NumericValues(SqlExpr Value, SqlExpr Present, SqlExpr? Whole = null)
{
    public static NumericValues Of(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var property = context.Column(call, function, "property");
        return new NumericValues(Double(property.Value), TranslationContext.Present(property),
            property.Type == ColumnType.Integer ? property.Value : null);
    }

    /// <summary>The value where present, NULL elsewhere.</summary>
    public SqlExpr OnlyPresent => new SqlCase(new[] { (Present, Value) }, null);

    /// <summary>
    /// The value where present and finite, NULL elsewhere: DuckDB's variance family raises "out of
    /// range" on an infinite input instead of returning NaN, which would fail the whole query.
    /// A statistic that reads it is undefined where <see cref="Infinite"/> holds.
    /// </summary>
    public SqlExpr OnlyFinite => new SqlCase(new[] { (And(Present, Call("isfinite", Value)), Value) }, null);

    /// <summary>The number of present values.</summary>
    public SqlExpr Count => Call("count", OnlyPresent);

    /// <summary>The number of rows where the value is NULL or NaN.</summary>
    public SqlExpr Missing => Sub(CountStar(), Count);

    /// <summary>
    /// A NULL-skipping aggregate of the present values. Sums and means of an integer column add the
    /// integers (DuckDB's HUGEINT sum: exact, so the same whatever the thread count, and faster
    /// than any floating-point sum); everything else reads the values as DOUBLE.
    /// </summary>
    public SqlExpr Over(string aggregate) => (aggregate, Whole) switch
    {
        ("fsum", { } whole) => Double(Call("sum", new SqlCase(new[] { (Present, whole) }, null))),
        ("avg", { } whole) => Call("avg", new SqlCase(new[] { (Present, whole) }, null)),
        _ => Call(aggregate, OnlyPresent),
    };

    /// <summary>A NULL-skipping aggregate of the present values with further (constant) arguments.</summary>
    public SqlCall Over(string aggregate, SqlExpr argument) => Call(aggregate, OnlyPresent, argument);

    /// <summary>A NULL-skipping aggregate of the present, finite values.</summary>
    public SqlCall OverFinite(string aggregate) => Call(aggregate, OnlyFinite);

    /// <summary>The present values in ascending order (NULL when there are none).</summary>
    public SqlExpr Sorted => Call("list_sort", Aggregate("list", Present, Value));

    /// <summary>No present value; <paramref name="witness"/>, an aggregate of the statistic's own that is NULL exactly then, saves counting.</summary>
    public (SqlExpr When, string Why) None(SqlExpr? witness = null) =>
        (witness is null ? Eq(Count, Integer(0)) : new SqlIsNull(witness, Negated: false), "no non-missing values");

    /// <summary>Some present value is infinite (told from the min and max, which a summary computes anyway).</summary>
    public (SqlExpr When, string Why) Infinite =>
        (Or(Call("isinf", Over("min")), Call("isinf", Over("max"))), "the values include an infinity");

    public (SqlExpr When, string Why) Single => (Eq(Count, Integer(1)), "one non-missing value: a sample statistic needs at least two");
}
