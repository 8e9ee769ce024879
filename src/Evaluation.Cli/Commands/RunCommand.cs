using System.CommandLine;

namespace Evaluation.Cli.Commands;

/// <summary><c>evalq run FILE.evq | -c 'DSL'</c>: runs a DSL script (queries and lets) and prints each query's result.</summary>
internal static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("file") { Description = "A .evq script (or a .json request); - reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var inline = new Option<string?>("--command", "-c") { Description = "The script text itself." };
        var shared = new SharedOptions();
        var command = new Command("run", "Run a DSL script and print each query's result.") { file, inline };
        shared.AddTo(command);
        command.SetAction(result => QueryExecution.Execute(result, shared, QueryInput.Read(result.GetValue(file), result.GetValue(inline), console), script: true, console));
        return command;
    }
}
