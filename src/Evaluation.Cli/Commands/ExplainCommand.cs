using System.CommandLine;
using System.Globalization;
using Evaluation.Engine;

namespace Evaluation.Cli.Commands;

/// <summary><c>evalq explain FILE | -c TEXT</c>: the query as canonical DSL and JSON, the SQL with its parameters, and DuckDB's plan. Runs nothing.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("explain", "Show the query tree, the SQL and DuckDB's plan without running the query.");
        var declared = QueryInput.Declare(command, "A .evq query or a .json request; - reads standard input.", "The query text itself.");
        var shared = new SharedOptions();
        shared.AddTo(command);
        command.SetAction(result =>
        {
            var input = QueryInput.Read(result, declared, console);
            if (input is null) return ExitCodes.UsageError;
            var options = shared.Engine(result, console);
            if (options is null) return ExitCodes.UsageError;
            try
            {
                using var engine = EvaluationEngine.Open(options);
                var explanation = engine.Explain(input.Text);
                var output = console.Out;
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
                return ExitCodes.Ok;
            }
            catch (QueryException failure)
            {
                return Failures.Report(failure, input, console);
            }
        });
        return command;
    }

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        string s => "'" + s.Replace("'", "''") + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
