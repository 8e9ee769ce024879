using System.Globalization;
using System.Text;

namespace Evaluation.Engine.Tests.Support;

/// <summary>The text a SQL snapshot holds: the query, the SQL it plans to, and its parameters, with the data path redacted.</summary>
public static class SqlSnapshot
{
    public static string Of(EvaluationEngine engine, string query, string dataPath)
    {
        var (sql, parameters) = engine.Sql(query);
        var text = new StringBuilder();
        text.Append("-- ").Append(query).Append("\n\n").Append(sql).Append("\n\n");
        for (var i = 0; i < parameters.Count; i++)
            text.Append("-- $").Append(i + 1).Append(" = ").Append(Show(parameters[i], dataPath)).Append('\n');
        return text.ToString();
    }

    private static string Show(object? value, string dataPath) => value switch
    {
        null => "NULL",
        string s when s == dataPath => "<data>",
        string s => "'" + s + "'",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + " (DOUBLE)",
        long l => l.ToString(CultureInfo.InvariantCulture) + " (BIGINT)",
        bool b => b ? "true" : "false",
        _ => value.ToString() ?? "",
    };
}
