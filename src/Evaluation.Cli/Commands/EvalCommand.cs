using System.CommandLine;
using Evaluation.Engine;
using Evaluation.Engine.Results.Jobs;
using Evaluation.Engine.Results.Store;

namespace Evaluation.Cli.Commands;

/// <summary>
/// <c>evalq eval --name NAME --query FILE --store DIR</c>: runs the query as an evaluation job and
/// saves it as a result (LANGUAGE.md §8). Exit 0 when the job succeeded, 1 when it failed or
/// was cancelled (the failed result is saved all the same) or could not be saved, 2 on usage errors.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("eval", "Run a query as an evaluation job and save its result in a results store.");
        var name = new Option<string>("--name") { Description = "The result's unique name (letters, digits, '.', '_', '-').", Required = true };
        var query = new Option<string>("--query") { Description = "The query: a .evq (DSL) or .json file; - reads standard input.", Required = true };
        var store = new Option<string>("--store") { Description = "The results store (a folder; created when missing).", Required = true };
        var rowScores = new Option<bool>("--row-scores") { Description = "Also save the per-row scores as JSONL." };
        var model = new Option<string?>("--model") { Description = "The model the job evaluates (a reference, saved with the result)." };
        var benchmark = new Option<string?>("--benchmark") { Description = "The benchmark the job belongs to." };
        var dataset = new Option<string?>("--dataset") { Description = "The dataset the job evaluates on." };
        var tags = new Option<string?>("--tags") { Description = "Comma-separated tags: t1,t2." };
        var parameters = new Option<string[]>("--param") { Description = "A job parameter k=v (repeatable)." };
        var sources = new Option<string[]>("--source") { Description = "Bind a source name to a path or glob: NAME=PATH (repeatable)." };
        var descriptor = new Option<string?>("--descriptor") { Description = "A dataset descriptor (JSON) for the query's source." };
        var threads = new Option<int?>("--threads") { Description = "DuckDB worker threads (results do not depend on it)." };
        foreach (var option in new Option[] { name, query, store, rowScores, model, benchmark, dataset, tags, parameters, sources, descriptor, threads })
            command.Add(option);

        command.SetAction(parse =>
        {
            var input = QueryInput.Read(parse.GetValue(query), null, console);
            if (input is null) return ExitCodes.UsageError;
            var bindings = Pairs(parse.GetValue(sources), "--source", "NAME=PATH", console);
            var paramValues = Pairs(parse.GetValue(parameters), "--param", "k=v", console);
            if (bindings is null || paramValues is null) return ExitCodes.UsageError;
            var spec = new JobSpec
            {
                Name = parse.GetValue(name)!,
                Model = parse.GetValue(model),
                Benchmark = parse.GetValue(benchmark),
                Dataset = parse.GetValue(dataset),
                Tags = (parse.GetValue(tags) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList(),
                Params = paramValues,
                RowScores = parse.GetValue(rowScores),
            };
            var options = new EngineOptions { Sources = bindings, Model = parse.GetValue(descriptor), Threads = parse.GetValue(threads) };
            try
            {
                var results = ResultStore.Open(parse.GetValue(store)!, create: true);
                var saved = EvaluationJob.Run(options, input.Text, spec, results, console.Cancellation);
                ResultsOutput.WriteResult(saved, console.Out);
                if (saved.Run.Status == ResultStatus.Success) return ExitCodes.Ok;
                console.Error.WriteLine($"{input.Name}: error: the job `{spec.Name}` {saved.Run.Status} (saved with that status): {saved.Run.Error}");
                return ExitCodes.QueryError;
            }
            catch (ResultStoreException e)
            {
                console.Error.WriteLine("evalq: " + e.Message);
                return ExitCodes.QueryError;
            }
        });
        return command;
    }

    /// <summary>KEY=VALUE pairs; null (with a message) when one is malformed.</summary>
    internal static Dictionary<string, string>? Pairs(string[]? values, string option, string shape, CliConsole console)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var binding in values ?? Array.Empty<string>())
        {
            var eq = binding.IndexOf('=');
            if (eq <= 0)
            {
                console.Error.WriteLine($"evalq: {option} takes {shape}; got `{binding}`.");
                return null;
            }
            pairs[binding.Substring(0, eq)] = binding.Substring(eq + 1);
        }
        return pairs;
    }
}
