using System.CommandLine;

namespace Evaluation.Cli.Commands;

/// <summary><c>evalq run FILE.evq | -c 'DSL'</c>: runs a DSL script (queries and lets) and prints each query's result.</summary>
internal static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("run", "Run a DSL script and print each query's result.");
        var input = QueryInput.Declare(command, "A .evq script (or a .json request); - reads standard input.", "The script text itself.");
        var shared = new SharedOptions();
        shared.AddTo(command);
        command.SetAction(result => QueryExecution.Execute(result, shared, QueryInput.Read(result, input, console), script: true, console));
        return command;
    }
}
