using System.Collections;
using System.Globalization;
using Evaluation.Language.Ast;

namespace Evaluation.Linq.Translation;

/// <summary>Client values as the language's literals (which the engine binds as SQL parameters).</summary>
internal static class Literals
{
    public static Expr From(object? value) => value switch
    {
        null => new NullLiteral(),
        bool b => new BoolLiteral(b),
        string s => new StringLiteral(s),
        char c => new StringLiteral(c.ToString()),
        TimeInterval interval => new StringLiteral(interval.Name()),
        Enum e => new StringLiteral(e.ToString()), // enums are stored by name (as the engine writes .NET objects)
        DateTime t => new TimestampLiteral(t.Kind == DateTimeKind.Utc
            ? t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        DateTimeOffset t => new TimestampLiteral(t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
        DateOnly d => new TimestampLiteral(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Guid g => new StringLiteral(g.ToString()),
        sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal =>
            new NumberLiteral(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        IEnumerable items => new ListExpr(items.Cast<object?>().Select(From).ToNodeList()),
        _ => throw new NotSupportedException($"A value of type {value.GetType().Name} ({value}) cannot be sent to a query; use a number, text, bool, date or time, or a list of them."),
    };
}
