using System.Globalization;
using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Results;

/// <summary>
/// What a result does with an undefined metric value, whether it arrives as rows or as Arrow
/// batches: a warning naming the column, the group and the reason
/// ("`precision` is undefined where segment = 'A': no predicted positive"), or, under
/// <c>on_undefined: error</c>, the query fails with that message. (<c>null</c> is applied in the SQL.)
/// </summary>
internal static class UndefinedValues
{
    /// <summary>True for the hidden columns that carry the reasons, which results never show.</summary>
    public static bool IsReasonColumn(string name) => name.StartsWith(Planner.ReasonPrefix, StringComparison.Ordinal);

    /// <summary>Adds the warning for one undefined value, or throws under <c>on_undefined: error</c>.</summary>
    public static void Report(QueryPlan plan, string column, string why, Func<string, object?> groupValue, List<Diagnostic> warnings)
    {
        var message = $"{Subject(column, plan.GroupColumns.Select(g => (g, groupValue(g))).ToList())}: {why}";
        if (plan.Policy == UndefinedPolicy.Error)
            throw new QueryException(new[] { DiagnosticDescriptors.UndefinedValue.At(SourceSpan.None, message) with { Severity = Severity.Error } });
        // Without group keys to name (a per-row value, such as a rank), rows with the same reason say the same thing once.
        if (plan.GroupColumns.Count == 0 && warnings.Any(w => w.Message == message)) return;
        warnings.Add(DiagnosticDescriptors.UndefinedValue.At(SourceSpan.None, message));
    }

    /// <summary>
    /// The start of the warning, before its reason: "`precision` is undefined where segment = 'A'". Row
    /// scores find a row's warning by it, so both spell the group the same way.
    /// </summary>
    public static string Subject(string column, IReadOnlyList<(string Name, object? Value)> group) =>
        group.Count == 0
            ? $"`{column}` is undefined"
            : $"`{column}` is undefined where " + string.Join(" and ", group.Select(g => $"{g.Name} = {Show(g.Value)}"));

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        DateTime d => ResultJson.Timestamp(d),
        DateTimeOffset o => ResultJson.Timestamp(o.UtcDateTime, utc: true),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
