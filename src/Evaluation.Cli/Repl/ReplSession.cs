using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Evaluation.Cli.Commands;
using Evaluation.Cli.Output;
using Evaluation.Cli.Plotting;
using Evaluation.Engine;
using Evaluation.Engine.Results;
using Evaluation.Language;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Parsing.Dsl;
using Evaluation.Language.Validation;

namespace Evaluation.Cli.Repl;

/// <summary>
/// One REPL session: reads statements (queries, <c>let</c>s, dot-commands) line by line, runs
/// queries on the engine, prints results in the chosen format, and keeps its state (bound
/// sources, lets, settings) across errors and cancelled queries. Holds no query logic: every
/// query goes to <see cref="EvaluationEngine"/> as text.
/// </summary>
internal sealed class ReplSession
{
    private readonly EvaluationEngine _engine;
    private readonly CliConsole _console;
    private readonly IQueryInterrupts _interrupts;
    private readonly HistoryFile? _history;
    private readonly ErrorWriter _errors;
    private readonly FunctionCatalog _catalog = FunctionCatalog.Default;
    private QueryResult? _last;
    private Source? _lastSource;
    private bool _quit;
    private bool _failed;

    public ReplSession(EvaluationEngine engine, CliConsole console, IQueryInterrupts interrupts, HistoryFile? history, bool colour)
    {
        _engine = engine;
        _console = console;
        _interrupts = interrupts;
        _history = history;
        _errors = new ErrorWriter(console.Error, colour);
    }

    /// <summary>The session's settings (format, timer, output, rows shown).</summary>
    public ReplSettings Settings { get; } = new();

    /// <summary>The statement being typed.</summary>
    public StatementBuffer Buffer { get; } = new();

    /// <summary>The width of text charts.</summary>
    public int ChartWidth { get; init; } = 60;

    /// <summary>
    /// Reads and runs statements until the input ends or <c>.quit</c>. Returns 0, or 1 when a
    /// statement failed and the input was not a terminal (a script run through the REPL).
    /// </summary>
    public int Run(ILineReader reader, bool interactive)
    {
        while (!_quit)
        {
            var line = reader.ReadLine();
            if (line is null)
            {
                // The end of input also ends a statement left without `;` or an empty line, and one left
                // with a string or bracket open: it runs as it stands, so the parser says what is unfinished.
                if (!Buffer.IsEmpty && (Buffer.Add("") ?? Buffer.TakeRest()) is { } last) Execute(last);
                break;
            }
            if (Buffer.Add(line) is { } statement)
            {
                _history?.Add(statement);
                Execute(statement);
            }
        }
        return _failed && !interactive ? ExitCodes.QueryError : ExitCodes.Ok;
    }

    /// <summary>Runs one complete statement: a dot-command or DSL/JSON query text.</summary>
    public void Execute(string statement)
    {
        if (statement.StartsWith('.')) Command(statement);
        else RunQuery(statement, null);
    }

    private void Command(string line)
    {
        var space = line.IndexOf(' ');
        var name = space < 0 ? line : line.Substring(0, space);
        var argument = space < 0 ? "" : line.Substring(space + 1).Trim();
        switch (name)
        {
            case ".help": Help(); break;
            case ".quit" or ".exit": _quit = true; break;
            case ".sources": Sources(); break;
            case ".schema": Schema(argument); break;
            case ".functions": Functions(argument); break;
            case ".explain": Explain(argument); break;
            case ".format": Format(argument); break;
            case ".timer": Timer(argument); break;
            case ".maxrows": MaxRows(argument); break;
            case ".output": Output(argument); break;
            case ".read": Read(argument); break;
            case ".plot": Plot(argument); break;
            case ".history": History(); break;
            default:
                var suggestion = Suggestions.Closest(name, ReplCommands.Names);
                Fail($"unknown command `{name}`" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?") + " (.help lists them)");
                break;
        }
    }

    private void Help()
    {
        var output = _console.Out;
        output.WriteLine("Type a query (it ends at `;` or an empty line), `let NAME = query`, or a command:");
        var width = ReplCommands.All.Max(c => (c.Name + " " + c.Arguments).Length);
        foreach (var (name, arguments, help) in ReplCommands.All)
            output.WriteLine($"  {(name + " " + arguments).TrimEnd().PadRight(width)}  {help}");
        output.WriteLine("Tab completes; Up/Down walk the history; Ctrl-C stops a running query; Ctrl-D leaves.");
    }

    private void Sources()
    {
        var bindings = _engine.SourceBindings;
        if (bindings.Count == 0)
        {
            _console.Out.WriteLine("(no source names bound: write `from 'data.parquet'`, start evalq with --source NAME=PATH, or `let NAME = query`)");
            return;
        }
        var width = bindings.Max(b => b.Name.Length);
        foreach (var (name, target) in bindings) _console.Out.WriteLine($"{name.PadRight(width)}  {target}");
    }

    private void Schema(string argument)
    {
        var source = argument.Length > 0 ? Source.FromText(Unquote(argument), SourceSpan.None) : _lastSource ?? new NamedSource("inference");
        try
        {
            var columns = _engine.DescribeSource(source);
            if (columns.Count == 0)
            {
                _console.Out.WriteLine($"(`{Describe(source)}` has no columns)");
                return;
            }
            var width = columns.Max(c => c.Name.Length);
            foreach (var column in columns) _console.Out.WriteLine($"{column.Name.PadRight(width)}  {column.Type}");
        }
        catch (QueryException failure)
        {
            Fail(failure.Diagnostics.Count > 0 ? failure.Diagnostics[0].Message : failure.Message);
        }
    }

    private void Functions(string argument)
    {
        if (argument.Length == 0)
        {
            _console.Out.Write(FunctionsCommand.List(_catalog));
            return;
        }
        if (!_catalog.TryGet(argument, out var found))
        {
            Fail(FunctionsCommand.Missing(_catalog, argument));
            return;
        }
        _console.Out.Write(FunctionsCommand.Describe(found));
    }

    private void Explain(string query)
    {
        if (query.Length == 0)
        {
            Fail(".explain needs a query: .explain from 'data.parquet' | select n = count()");
            return;
        }
        try
        {
            ExplanationWriter.Write(_engine.Explain(query), _console.Out);
        }
        catch (QueryException failure)
        {
            Report(failure, query, null);
        }
    }

    private void Format(string argument)
    {
        if (argument is "table" or "json" or "csv") Settings.Format = argument;
        else if (argument.Length == 0) _console.Out.WriteLine(Settings.Format);
        else Fail($".format takes table, json or csv; got `{argument}`");
    }

    private void Timer(string argument)
    {
        if (argument is "on" or "off") Settings.Timer = argument == "on";
        else Fail($".timer takes on or off; got `{argument}`");
    }

    private void MaxRows(string argument)
    {
        if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var rows)) Settings.MaxRows = rows;
        else Fail($".maxrows takes a number of rows (0 shows all); got `{argument}`");
    }

    private void Output(string argument)
    {
        if (argument.Length == 0)
        {
            Settings.OutputPath = null;
            return;
        }
        var path = Unquote(argument);
        try
        {
            File.WriteAllText(path, "");
            Settings.OutputPath = path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail($"cannot write {path}: {e.Message}");
        }
    }

    private void Read(string argument)
    {
        var path = Unquote(argument);
        if (path.Length == 0)
        {
            Fail(".read needs a file: .read queries.evq");
            return;
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail($"cannot read {path}: {e.Message}");
            return;
        }
        RunQuery(text, path);
    }

    private void History()
    {
        if (_history is null)
        {
            _console.Out.WriteLine("(no history file: history is kept for a terminal session, or when EVALQ_HISTORY names a file)");
            return;
        }
        foreach (var entry in _history.Entries) _console.Out.WriteLine(entry);
    }

    private void Plot(string argument)
    {
        string? png = null;
        var match = Regex.Match(argument, @"^(\S+\.png)(?:\s+|$)", RegexOptions.IgnoreCase);
        if (match.Success)
        {
            png = match.Groups[1].Value;
            argument = argument.Substring(match.Length);
        }
        var result = argument.Trim().Length > 0 ? RunQuery(argument, null, print: false) : _last;
        if (result is null)
        {
            if (argument.Trim().Length == 0) Fail("nothing to plot: give a query (.plot [FILE.png] QUERY), or run one first");
            return;
        }
        var (spec, error) = PlotSpec.From(result);
        if (spec is null)
        {
            Fail(error!);
            return;
        }
        _console.Out.Write(TextChart.Render(spec, ChartWidth));
        if (png is null) return;
        try
        {
            PngChart.Save(spec, png);
            _console.Out.WriteLine($"wrote {png} ({PngChart.Width}x{PngChart.Height} PNG)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or TypeInitializationException)
        {
            Fail($"cannot draw {png}: {e.Message}");
        }
    }

    /// <summary>Runs query text (a script of lets and queries), prints its results unless told not to, and returns the last result.</summary>
    private QueryResult? RunQuery(string text, string? name, bool print = true)
    {
        var watch = Stopwatch.StartNew();
        IReadOnlyList<QueryResult> results;
        using (var scope = _interrupts.Begin())
        {
            try
            {
                using var progress = _console.ErrorIsTerminal ? new ProgressLine(_console.Error) : null;
                results = QueryText.Detect(text) == QueryFormat.Json
                    ? new[] { _engine.Query(text, scope.Token, progress) }
                    : _engine.RunScript(text, scope.Token, progress);
            }
            catch (QueryException failure)
            {
                Report(failure, text, name);
                return null;
            }
            catch (OperationCanceledException)
            {
                Fail("query cancelled.");
                return null;
            }
        }
        watch.Stop();
        if (DslParser.LastSource(text) is { } from) _lastSource = from;
        if (results.Count == 0) return null;
        _last = results[^1];
        if (print) Write(results);
        if (Settings.Timer)
        {
            var rows = results.Sum(r => r.Rows.Count);
            _console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Run time: {watch.Elapsed.TotalSeconds:F3} s, {rows} row{(rows == 1 ? "" : "s")}"));
        }
        return _last;
    }

    private void Write(IReadOnlyList<QueryResult> results)
    {
        if (Settings.OutputPath is { } path)
        {
            try
            {
                using var file = new StreamWriter(path, append: true);
                ResultWriter.Write(results, Settings.Format, file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Fail($"cannot write {path}: {e.Message}");
            }
        }
        else if (Settings.Format == "table")
        {
            for (var i = 0; i < results.Count; i++)
            {
                if (i > 0) _console.Out.WriteLine();
                ResultWriter.Table(results[i], _console.Out, Settings.MaxRows);
            }
        }
        else
        {
            ResultWriter.Write(results, Settings.Format, _console.Out);
        }
        if (Settings.Format != "table" || Settings.OutputPath is not null)
            foreach (var warning in results.SelectMany(r => r.Warnings))
                _console.Error.WriteLine($"warning {warning.Code}: {warning.Text}");
    }

    private void Report(QueryException failure, string text, string? name)
    {
        _failed = true;
        if (failure.Diagnostics.Count == 0)
        {
            _errors.Message("error: " + failure.Message);
            return;
        }
        foreach (var diagnostic in failure.Diagnostics.Where(d => d.IsError))
            _errors.Diagnostic(DiagnosticFormatter.Format(diagnostic, text, name));
    }

    private void Fail(string message)
    {
        _failed = true;
        _errors.Message("error: " + message);
    }

    private static string Describe(Source source) => source switch
    {
        NamedSource n => n.Name,
        PathSource p => p.Path,
        ResultsSource r => $"results('{r.Folder}')",
        _ => "the subquery",
    };

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == '\'' && text[^1] == '\'' ? text.Substring(1, text.Length - 2).Replace("''", "'") : text;
}
