using System.CommandLine;
using Evaluation.Engine;

namespace Evaluation.Cli.Commands;

/// <summary>The options every running command shares (LANGUAGE.md §9): format, output, sources, threads.</summary>
internal sealed class SharedOptions
{
    public Option<string?> Format { get; } = new("--format", "-f")
    {
        Description = "table, json, jsonl, csv or parquet (default: table on a terminal, json otherwise).",
    };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the result to this file instead of standard output." };

    public Option<string[]> Sources { get; } = new("--source")
    {
        Description = "Bind a source name to a path or glob: NAME=PATH (repeatable). `inference` is the default source.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<int?> Threads { get; } = new("--threads") { Description = "DuckDB worker threads (results do not depend on it)." };

    public Option<bool> PortableSql { get; } = new("--portable-sql")
    {
        Description = "Plan metrics as pure SQL, without the C# aggregates (slower; the SQL any engine can run). Results are the same.",
    };

    public Option<string?> Model { get; } = new("--model") { Description = "A dataset descriptor (JSON) for the query's source; by default NAME.model.json beside the data." };

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong("table", "json", "jsonl", "csv", "parquet");
        command.Add(Format);
        command.Add(Output);
        command.Add(Sources);
        command.Add(Threads);
        command.Add(Model);
        command.Add(PortableSql);
    }

    /// <summary>The engine options, or null (with a message) when a --source is malformed.</summary>
    public EngineOptions? Engine(ParseResult result, CliConsole console)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var binding in result.GetValue(Sources) ?? Array.Empty<string>())
        {
            var eq = binding.IndexOf('=');
            if (eq <= 0 || eq == binding.Length - 1)
            {
                console.Error.WriteLine($"evalq: --source takes NAME=PATH; got `{binding}`.");
                return null;
            }
            sources[binding.Substring(0, eq)] = binding.Substring(eq + 1);
        }
        return new EngineOptions { Sources = sources, Threads = result.GetValue(Threads), Model = result.GetValue(Model), PortableSql = result.GetValue(PortableSql) };
    }
}
