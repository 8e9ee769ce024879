using System.CommandLine;
using Evaluation.Language;
using Evaluation.Language.Validation;

namespace Evaluation.Cli.Commands;

/// <summary>
/// <c>evalq check FILE | -c TEXT</c>: parses and validates a DSL script or a JSON request
/// without running it. Diagnostics go to stderr with file:line:column and a caret line; the
/// exit code is 1 when any is an error.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("check", "Validate queries without running them: diagnostics with positions; exit 1 on any error.");
        var input = QueryInput.Declare(command, "A .evq script or a .json request; - reads standard input.", "The query text itself (DSL, or JSON when it starts with `{`).");
        command.SetAction(result => Run(QueryInput.Read(result, input, console), console));
        return command;
    }

    private static int Run(QueryInput? input, CliConsole console)
    {
        if (input is null) return ExitCodes.UsageError;
        var isJson = QueryText.Detect(input.Text) == QueryFormat.Json;
        var diagnostics = isJson
            ? QueryText.Check(input.Text, format: QueryFormat.Json).Diagnostics
            : QueryText.CheckScript(input.Text).Diagnostics;
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(DiagnosticFormatter.Format(diagnostic, input.Text, input.Name));
            console.Error.WriteLine();
        }
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (errors > 0)
        {
            console.Error.WriteLine($"{input.Name}: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}.");
            return ExitCodes.QueryError;
        }
        console.Out.WriteLine($"{input.Name}: ok" + (warnings > 0 ? $" ({warnings} warning{(warnings == 1 ? "" : "s")})" : "") + ".");
        return ExitCodes.Ok;
    }
}
