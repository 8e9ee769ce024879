using System.CommandLine;
using Evaluation.Engine.Results.Listing;
using Evaluation.Engine.Results.Store;

namespace Evaluation.Cli.Commands;

/// <summary>
/// <c>evalq results list|get|delete|import</c>: the saved results of a store, with NeMo's list
/// semantics (filter, search, sort, page) and importers of other systems' results.
/// </summary>
internal static class ResultsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("results", "List, show, delete and import saved results (a results store).");
        command.Add(List(console));
        command.Add(Get(console));
        command.Add(Delete(console));
        command.Add(ImportCommand.Create(console));
        return command;
    }

    internal static Option<string> StoreOption() => new("--store") { Description = "The results store (a folder).", Required = true };

    private static Command List(CliConsole console)
    {
        var command = new Command("list", "List results: JSON with data and pagination.");
        var store = StoreOption();
        var filter = new Option<string?>("--filter") { Description = "NeMo filter JSON: {\"benchmark\": \"b\", \"created_at\": {\"$gt\": \"2026-01-01\"}}." };
        var search = new Option<string?>("--search") { Description = "A substring of the name, benchmark, dataset or model." };
        var sort = new Option<string>("--sort") { Description = "created_at, -created_at (default), name, -name, updated_at or -updated_at.", DefaultValueFactory = _ => "-created_at" };
        var page = new Option<long>("--page") { Description = "The page, from 1.", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<long>("--page-size") { Description = "Results per page (default 100).", DefaultValueFactory = _ => 100 };
        foreach (var option in new Option[] { store, filter, search, sort, page, pageSize }) command.Add(option);
        command.SetAction(parse => Guarded(console, () =>
        {
            var selected = ResultFilter.All;
            if (parse.GetValue(filter) is { } json) selected = selected.And(ResultFilter.Parse(json));
            if (parse.GetValue(search) is { } text) selected = selected.And(ResultFilter.Search(text));
            var request = new ListRequest { Filter = selected, Sort = parse.GetValue(sort)!, Page = parse.GetValue(page), PageSize = parse.GetValue(pageSize) };
            var listed = ResultListing.List(ResultStore.Open(parse.GetValue(store)!), request);
            ResultsOutput.Write(console.Out, json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("data");
                foreach (var result in listed.Data) SavedResultJson.Write(json, result);
                json.WriteEndArray();
                json.WriteStartObject("pagination");
                json.WriteNumber("page", listed.Pagination.Page);
                json.WriteNumber("page_size", listed.Pagination.PageSize);
                json.WriteNumber("total_pages", listed.Pagination.TotalPages);
                json.WriteNumber("total_results", listed.Pagination.TotalResults);
                json.WriteEndObject();
                json.WriteEndObject();
            });
        }));
        return command;
    }

    private static Command Get(CliConsole console)
    {
        var command = new Command("get", "Show one result as JSON (or its per-row scores as JSONL with --row-scores).");
        var name = new Argument<string>("name") { Description = "The result's name." };
        var store = StoreOption();
        var rows = new Option<bool>("--row-scores") { Description = "Print the per-row scores (JSONL) instead." };
        command.Add(name);
        command.Add(store);
        command.Add(rows);
        command.SetAction(parse => Guarded(console, () =>
        {
            var results = ResultStore.Open(parse.GetValue(store)!);
            var wanted = parse.GetValue(name)!;
            if (!parse.GetValue(rows))
            {
                ResultsOutput.WriteResult(results.Get(wanted), console.Out);
                return;
            }
            console.Out.Write(results.RowScores(wanted)
                ?? throw new ResultStoreException($"the result `{wanted}` was saved without row scores (evalq eval --row-scores saves them)"));
        }));
        return command;
    }

    private static Command Delete(CliConsole console)
    {
        var command = new Command("delete", "Delete a result: it leaves listings and queries, and its files are removed.");
        var name = new Argument<string>("name") { Description = "The result's name." };
        var store = StoreOption();
        command.Add(name);
        command.Add(store);
        command.SetAction(parse => Guarded(console, () =>
        {
            ResultStore.Open(parse.GetValue(store)!).Delete(parse.GetValue(name)!);
            console.Out.WriteLine($"deleted {parse.GetValue(name)}");
        }));
        return command;
    }

    /// <summary>Runs an action; a store error is a message on stderr and exit 1.</summary>
    internal static int Guarded(CliConsole console, Action action)
    {
        try
        {
            action();
            return ExitCodes.Ok;
        }
        catch (ResultStoreException e)
        {
            console.Error.WriteLine("evalq: " + e.Message);
            return ExitCodes.QueryError;
        }
    }
}
