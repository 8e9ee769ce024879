using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// The values a statistic of one numeric column reads: the column in DOUBLE and the §6 test that
/// it is present (not NULL, not NaN). Every statistic aggregates with <c>FILTER (WHERE present)</c>,
/// so a NaN never reaches min, max, avg or a quantile's positions.
/// </summary>
internal sealed record NumericValues(SqlExpr Value, SqlExpr Present)
{
    public static NumericValues Of(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var property = context.Column(call, function, "property");
        return new NumericValues(Double(property.Value), TranslationContext.Present(property));
    }

    /// <summary>The number of present values.</summary>
    public SqlExpr Count => CountStar(Present);

    /// <summary>The number of rows where the value is NULL or NaN.</summary>
    public SqlExpr Missing => CountStar(Not(Present));

    /// <summary>An aggregate over the present values.</summary>
    public SqlCall Over(string aggregate, params SqlExpr[] arguments) => Aggregate(aggregate, Present, arguments);

    /// <summary>The present values in ascending order (NULL when there are none).</summary>
    public SqlExpr Sorted => Call("list_sort", Over("list", Value));

    public (SqlExpr When, string Why) None => (Eq(Count, Integer(0)), "no non-missing values");

    public (SqlExpr When, string Why) Single => (Eq(Count, Integer(1)), "one non-missing value: a sample statistic needs at least two");
}
