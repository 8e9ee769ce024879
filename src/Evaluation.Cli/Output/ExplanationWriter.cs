using System.Globalization;
using Evaluation.Engine;

namespace Evaluation.Cli.Output;

/// <summary>Prints an <see cref="Explanation"/>: canonical DSL and JSON, the SQL with its parameters, and DuckDB's plan.</summary>
internal static class ExplanationWriter
{
    public static void Write(Explanation explanation, TextWriter output)
    {
        output.WriteLine("-- query (canonical DSL)");
        output.WriteLine(explanation.Dsl);
        output.WriteLine();
        output.WriteLine("-- query (canonical JSON)");
        output.WriteLine(explanation.Json);
        output.WriteLine();
        output.WriteLine("-- SQL");
        output.WriteLine(explanation.Sql);
        for (var i = 0; i < explanation.Parameters.Count; i++)
            output.WriteLine($"--   ${i + 1} = {Show(explanation.Parameters[i])}");
        output.WriteLine();
        output.WriteLine("-- DuckDB plan");
        output.WriteLine(explanation.Plan);
    }

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        string s => "'" + s.Replace("'", "''") + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
