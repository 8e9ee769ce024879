using Evaluation.Engine;
using Evaluation.Language.Validation;

namespace Evaluation.Cli.Commands;

/// <summary>Reports a failed query on stderr: diagnostics with position and caret, or the engine's message; never a stack trace.</summary>
internal static class Failures
{
    public static int Report(QueryException failure, QueryInput input, CliConsole console)
    {
        if (failure.Diagnostics.Count == 0)
        {
            console.Error.WriteLine($"{input.Name}: error: {failure.Message}");
            return ExitCodes.QueryError;
        }
        foreach (var diagnostic in failure.Diagnostics.Where(d => d.IsError))
        {
            console.Error.WriteLine(DiagnosticFormatter.Format(diagnostic, input.Text, input.Name));
            console.Error.WriteLine();
        }
        return ExitCodes.QueryError;
    }
}
