using System.CommandLine;
using Evaluation.Cli.Commands;

namespace Evaluation.Cli;

/// <summary>The <c>evalq</c> command line: builds the command tree and runs it.</summary>
public static class EvalqCommand
{
    /// <summary>Runs <c>evalq</c> with <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool outputIsTerminal = false,
        bool errorIsTerminal = false, CancellationToken cancellation = default)
    {
        var console = new CliConsole(stdin, stdout, stderr) { OutputIsTerminal = outputIsTerminal, ErrorIsTerminal = errorIsTerminal, Cancellation = cancellation };
        var root = new RootCommand("evalq: evaluation metrics over model predictions and results. With no command: the interactive REPL.")
        {
            RunCommand.Create(console),
            QueryCommand.Create(console),
            ExplainCommand.Create(console),
            CheckCommand.Create(console),
            FunctionsCommand.Create(console),
            EvalCommand.Create(console),
            ResultsCommand.Create(console),
        };
        Repl.ReplCommand.AttachTo(root, console);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine("evalq: " + error.Message);
            stderr.WriteLine("Run `evalq --help` for usage.");
            return ExitCodes.UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
