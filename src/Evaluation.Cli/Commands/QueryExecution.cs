using System.CommandLine;
using Evaluation.Cli.Output;
using Evaluation.Engine;
using Evaluation.Engine.Results;
using Evaluation.Language;

namespace Evaluation.Cli.Commands;

/// <summary>What `run` and `query` share: open the engine, run, write the result in the chosen format and place.</summary>
internal static class QueryExecution
{
    /// <summary>Runs the input and writes its result; <paramref name="defaultFormat"/> applies when --format is not given (null: table on a terminal, json otherwise).</summary>
    public static int Execute(ParseResult parse, SharedOptions shared, QueryInput? input, bool script, CliConsole console, string? defaultFormat = null)
    {
        if (input is null) return ExitCodes.UsageError;
        var options = shared.Engine(parse, console);
        if (options is null) return ExitCodes.UsageError;
        var format = parse.GetValue(shared.Format) ?? defaultFormat ?? (console.OutputIsTerminal && parse.GetValue(shared.Output) is null ? "table" : "json");
        var outputPath = parse.GetValue(shared.Output);
        if (format == "parquet" && outputPath is null)
        {
            console.Error.WriteLine("evalq: --format parquet needs --output FILE.parquet.");
            return ExitCodes.UsageError;
        }
        try
        {
            using var engine = EvaluationEngine.Open(options);
            if (format == "parquet")
            {
                // One query's result per file: the engine refuses a script of several statements with a diagnostic.
                engine.ExportParquet(input.Text, outputPath!);
                return ExitCodes.Ok;
            }
            IReadOnlyList<QueryResult> results;
            using (var progress = console.ErrorIsTerminal ? new ProgressLine(console.Error) : null)
            {
                results = script && QueryText.Detect(input.Text) == QueryFormat.Dsl
                    ? engine.RunScript(input.Text, console.Cancellation, progress)
                    : new[] { engine.Query(input.Text, console.Cancellation, progress) };
            }
            if (outputPath is null)
            {
                ResultWriter.Write(results, format, console.Out);
            }
            else
            {
                using var file = new StreamWriter(outputPath);
                ResultWriter.Write(results, format, file);
            }
            foreach (var warning in results.SelectMany(r => r.Warnings).Where(_ => format != "table"))
                console.Error.WriteLine($"{input.Name}: warning {warning.Code}: {warning.Text}");
            return ExitCodes.Ok;
        }
        catch (QueryException failure)
        {
            return Failures.Report(failure, input, console);
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine($"{input.Name}: cancelled.");
            return ExitCodes.QueryError;
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"evalq: cannot write {outputPath}: {e.Message}");
            return ExitCodes.QueryError;
        }
    }
}
