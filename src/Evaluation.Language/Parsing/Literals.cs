using System.Text.RegularExpressions;
using Evaluation.Language.Ast;

namespace Evaluation.Language.Parsing;

/// <summary>Rules for literals that both front-ends share, so a value parses the same from DSL and JSON.</summary>
public static class Literals
{
    private static readonly Regex Timestamp = new(
        @"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(T(?<h>\d{2}):(?<mi>\d{2})(:(?<s>\d{2})(\.\d{1,9})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// True for an ISO 8601 date or date-time (<c>2026-01-01</c>, <c>2026-01-01T00:00Z</c>,
    /// <c>2026-01-01T10:20:30.5+02:00</c>) with a valid month, day and time of day.
    /// </summary>
    public static bool IsTimestamp(string text)
    {
        var m = Timestamp.Match(text);
        if (!m.Success) return false;
        int month = int.Parse(m.Groups["m"].Value), day = int.Parse(m.Groups["d"].Value);
        if (month < 1 || month > 12 || day < 1 || day > 31) return false;
        if (m.Groups["h"].Success && (int.Parse(m.Groups["h"].Value) > 23 || int.Parse(m.Groups["mi"].Value) > 59)) return false;
        return !m.Groups["s"].Success || int.Parse(m.Groups["s"].Value) <= 59;
    }

    /// <summary>
    /// A string value as the AST holds it: a <see cref="TimestampLiteral"/> when it has the
    /// shape of an ISO 8601 timestamp, else a <see cref="StringLiteral"/>. Both front-ends
    /// apply this, so <c>'2026-01-01'</c>, <c>@2026-01-01</c> and JSON <c>"2026-01-01"</c>
    /// are one literal.
    /// </summary>
    public static Literal FromString(string text, SourceSpan span) =>
        IsTimestamp(text) ? new TimestampLiteral(text) { Span = span } : new StringLiteral(text) { Span = span };
}
