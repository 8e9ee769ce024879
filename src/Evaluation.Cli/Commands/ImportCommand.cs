using System.CommandLine;
using Evaluation.Engine.Results.Import;
using Evaluation.Engine.Results.Store;

namespace Evaluation.Cli.Commands;

/// <summary><c>evalq results import FORMAT FILE --store DIR</c>: other systems' results saved as results of the store.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("import", "Import Polaris, OpenML, metalab or NeMo results into a results store.");
        var format = new Argument<string>("format") { Description = "polaris, openml, metalab or nemo." };
        format.AcceptOnlyFromAmong(ResultImporter.Formats.ToArray());
        var file = new Argument<string>("file") { Description = "The file to import." };
        var store = ResultsCommand.StoreOption();
        var name = new Option<string?>("--name") { Description = "The result's name (Polaris and NeMo files hold one result; others are named by run id)." };
        command.Add(format);
        command.Add(file);
        command.Add(store);
        command.Add(name);
        command.SetAction(parse => ResultsCommand.Guarded(console, () =>
        {
            var results = ResultImporter.Import(ResultStore.Open(parse.GetValue(store)!, create: true), parse.GetValue(format)!, parse.GetValue(file)!, parse.GetValue(name));
            foreach (var result in results) console.Out.WriteLine($"imported {result.Run.Name} ({result.Scores.Count} score(s))");
        }));
        return command;
    }
}
