using System.Globalization;
using System.Text.RegularExpressions;
using Evaluation.Language.Parsing.Dsl;

namespace Evaluation.Language.Printing;

/// <summary>How names, strings and numbers are written in the DSL.</summary>
public static class DslNames
{
    private static readonly Regex Plain = new("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    /// <summary>A name as the DSL writes it: bare when it can be, else in backticks.</summary>
    public static string Name(string name) =>
        Plain.IsMatch(name) && !Keywords.IsReserved(name) ? name : "`" + name.Replace("`", "``") + "`";

    /// <summary>A column: dotted parts bare where each part can be, else the whole name in backticks.</summary>
    public static string Column(string name)
    {
        var parts = name.Split('.');
        return parts.All(p => Plain.IsMatch(p) && !Keywords.IsReserved(p)) ? name : Name(name);
    }

    /// <summary>A string literal in single quotes, a quote inside doubled.</summary>
    public static string String(string value) => "'" + value.Replace("'", "''") + "'";

    /// <summary>A number the way both front-ends write it: whole numbers without a fraction, others round-trippable.</summary>
    public static string Number(double value) =>
        Math.Floor(value) == value && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
}
