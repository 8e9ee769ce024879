using System.CommandLine;
using Evaluation.Cli.Commands;
using Evaluation.Engine;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using RadLine;
using Spectre.Console;

namespace Evaluation.Cli.Repl;

/// <summary>
/// <c>evalq</c> with no command: the REPL. On a terminal it edits lines with RadLine (highlighting,
/// completion, history kept in a file); with standard input redirected it reads plain lines, prints
/// no prompt and no colour, so scripts and tests drive it through standard input.
/// </summary>
internal static class ReplCommand
{
    /// <summary>Makes <paramref name="root"/>'s own action the REPL, with the options that bind sources.</summary>
    public static void AttachTo(RootCommand root, CliConsole console)
    {
        var shared = new SharedOptions();
        root.Add(shared.Sources);
        root.Add(shared.Threads);
        root.Add(shared.Model);
        root.Add(shared.PortableSql);
        root.SetAction(result =>
        {
            var options = shared.Engine(result, console);
            return options is null ? ExitCodes.UsageError : Run(options, console);
        });
    }

    private static int Run(EngineOptions options, CliConsole console)
    {
        // Only the process's own console can be a terminal; in-process callers pass other readers.
        var interactive = ReferenceEquals(console.In, Console.In) && !Console.IsInputRedirected && console.OutputIsTerminal;
        EvaluationEngine engine;
        try
        {
            engine = EvaluationEngine.Open(options);
        }
        catch (QueryException failure)
        {
            console.Error.WriteLine("evalq: " + failure.Message);
            return ExitCodes.UsageError;
        }
        using (engine)
        {
            var historyPath = interactive || Environment.GetEnvironmentVariable("EVALQ_HISTORY") is { Length: > 0 } ? HistoryFile.DefaultPath() : null;
            var history = historyPath is null ? null : HistoryFile.Open(historyPath);
            var session = new ReplSession(engine, console, new ConsoleInterrupts(), history, colour: interactive && console.ErrorIsTerminal)
            {
                ChartWidth = interactive ? Math.Clamp(Console.WindowWidth - 12, 40, 100) : 60,
            };
            if (interactive) session.Settings.MaxRows = Math.Max(10, Console.WindowHeight - 6);
            ILineReader reader = new PlainLineReader(console.In);
            if (interactive)
            {
                var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
                if (LineEditor.IsSupported(ansi))
                {
                    reader = new EditorLineReader(Editor(ansi, engine, session, history));
                    console.Out.WriteLine("evalq REPL: end a query with `;` or an empty line; .help lists the commands; Ctrl-D leaves.");
                }
            }
            return session.Run(reader, interactive);
        }
    }

    private static LineEditor Editor(IAnsiConsole ansi, EvaluationEngine engine, ReplSession session, HistoryFile? history)
    {
        var catalog = FunctionCatalog.Default;
        var highlighter = new ReplHighlighter(catalog);
        var completer = new ReplCompleter(catalog, source => SourceColumns.Of(engine, source), () => engine.SourceBindings.Select(b => b.Name));
        var editor = new LineEditor(ansi, new ConsoleKeySource(), null)
        {
            MultiLine = false,
            Highlighter = highlighter,
            Completion = new ReplCompletion(completer, () => session.Buffer.Pending),
            Prompt = new ReplPrompt(() => !session.Buffer.IsEmpty, highlighter),
        };
        editor.KeyBindings.Add(ConsoleKey.D, ConsoleModifiers.Control, () => new EndOfInputCommand());
        // One line at a time: Up and Down walk the history (RadLine binds them to lines of a multi-line buffer).
        editor.KeyBindings.Remove(ConsoleKey.UpArrow);
        editor.KeyBindings.Remove(ConsoleKey.DownArrow);
        editor.KeyBindings.Add<PreviousHistoryCommand>(ConsoleKey.UpArrow);
        editor.KeyBindings.Add<NextHistoryCommand>(ConsoleKey.DownArrow);
        foreach (var entry in history?.Entries ?? Array.Empty<string>()) editor.History.Add(entry.Replace('\n', ' '));
        return editor;
    }
}

/// <summary>The column names completion offers: the schema of the query's source, or none when it cannot be read.</summary>
internal static class SourceColumns
{
    public static IReadOnlyList<string> Of(EvaluationEngine engine, Source? source)
    {
        try
        {
            return engine.DescribeSource(source ?? new NamedSource("inference")).Select(c => c.Name).ToList();
        }
        catch (QueryException)
        {
            return Array.Empty<string>();
        }
    }
}
