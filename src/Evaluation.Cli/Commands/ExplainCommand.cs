using System.CommandLine;
using Evaluation.Cli.Output;
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
                ExplanationWriter.Write(explanation, console.Out);
                return ExitCodes.Ok;
            }
            catch (QueryException failure)
            {
                return Failures.Report(failure, input, console);
            }
        });
        return command;
    }
}
