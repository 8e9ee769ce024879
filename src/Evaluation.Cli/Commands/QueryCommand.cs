using System.CommandLine;

namespace Evaluation.Cli.Commands;

/// <summary><c>evalq query FILE.json | -</c>: runs one JSON request and prints the JSON response.</summary>
internal static class QueryCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A JSON request; - reads standard input." };
        var shared = new SharedOptions();
        var command = new Command("query", "Run one JSON request and print the JSON response.") { file };
        shared.AddTo(command);
        // A JSON request answers in JSON unless another format is asked for.
        command.SetAction(result => QueryExecution.Execute(result, shared, QueryInput.Read(result.GetValue(file), null, console), script: false, console, defaultFormat: "json"));
        return command;
    }
}
