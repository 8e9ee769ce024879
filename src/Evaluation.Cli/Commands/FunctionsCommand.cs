using System.CommandLine;
using System.Text;
using Evaluation.Language.Catalog;

namespace Evaluation.Cli.Commands;

/// <summary><c>evalq functions [NAME]</c>: the catalog, or one function's entry in full.</summary>
internal static class FunctionsCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string?>("name") { Description = "A function name or alias; omit it to list every function.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("functions", "The function catalog: names, parameters, definitions and directions.") { name };
        command.SetAction(result => Run(result.GetValue(name), console));
        return command;
    }

    private static int Run(string? name, CliConsole console)
    {
        var catalog = FunctionCatalog.Default;
        if (name is null)
        {
            console.Out.Write(List(catalog));
            return ExitCodes.Ok;
        }
        if (!catalog.TryGet(name, out var found))
        {
            var missing = Missing(catalog, name);
            console.Error.WriteLine($"evalq: {missing}{(missing.EndsWith('?') ? "" : ".")}");
            return ExitCodes.QueryError;
        }
        console.Out.Write(Describe(found));
        return ExitCodes.Ok;
    }

    /// <summary>Every function, a line each (name, kind, direction, definition), by name.</summary>
    internal static string List(FunctionCatalog catalog)
    {
        var text = new StringBuilder();
        var width = catalog.Functions.Max(f => f.Name.Length);
        foreach (var function in catalog.Functions.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase))
            text.Append($"{function.Name.PadRight(width)}  {function.Kind.ToString().ToLowerInvariant(),-9}  {function.Direction,-8}  {function.Definition}").Append('\n');
        return text.ToString();
    }

    /// <summary>"no function `x`", with the catalog's closest name when there is one.</summary>
    internal static string Missing(FunctionCatalog catalog, string name) =>
        $"no function `{name}`" + (catalog.Suggest(name) is { } suggestion ? $"; did you mean `{suggestion}`?" : "");

    /// <summary>One entry in full, as plain text.</summary>
    internal static string Describe(FunctionDefinition function)
    {
        var text = new StringBuilder();
        text.Append(function.Name).Append(" (").Append(function.Kind.ToString().ToLowerInvariant()).Append(")\n");
        text.Append("  ").Append(function.Definition).Append('\n');
        if (function.Aliases.Count > 0) text.Append("  aliases:   ").Append(string.Join(", ", function.Aliases)).Append('\n');
        text.Append("  result:    ").Append(function.Result.ToString().ToLowerInvariant());
        if (function.ResultFields.Count > 0) text.Append(" {").Append(string.Join(", ", function.ResultFields)).Append('}');
        text.Append('\n');
        text.Append("  tasks:     ").Append(function.Tasks.ToString().ToLowerInvariant()).Append('\n');
        text.Append("  direction: ").Append(function.Direction).Append('\n');
        if (function.Parameters.Count == 0) return text.Append("  parameters: none\n").ToString();
        text.Append("  parameters:\n");
        var width = function.Parameters.Max(p => p.Name.Length);
        foreach (var p in function.Parameters)
        {
            text.Append("    ").Append(p.Name.PadRight(width)).Append("  ").Append(p.Type.ToString().ToLowerInvariant());
            text.Append(p.Required ? ", required" : ", optional");
            if (p.Default is not null) text.Append(", default ").Append(p.Default);
            if (p.Min is not null || p.Max is not null) text.Append(", in [").Append(p.Min?.ToString() ?? "-inf").Append(", ").Append(p.Max?.ToString() ?? "inf").Append(']');
            if (p.EnumValues.Count > 0) text.Append(", one of ").Append(string.Join("|", p.EnumValues));
            if (p.Aliases.Count > 0) text.Append(", also ").Append(string.Join(", ", p.Aliases));
            text.Append("\n      ").Append(p.Description).Append('\n');
        }
        return text.ToString();
    }
}
