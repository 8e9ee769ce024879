using System.Globalization;
using System.Text;

namespace Evaluation.Language.Catalog;

/// <summary>
/// Renders a catalog as the Markdown reference <c>grammar/functions.md</c>: one section per task
/// family, one heading per function (so <c>functions.md#rmse</c> links to it), a summary table
/// and a parameter table. The output is deterministic and uses '\n' line endings.
/// </summary>
public static class CatalogMarkdown
{
    private static readonly (string Title, Func<FunctionDefinition, bool> Holds)[] Sections =
    {
        ("Statistics", f => f.Kind == FunctionKind.Aggregate && f.Tasks.HasFlag(TaskKinds.Statistics)),
        ("Regression", f => f.Kind == FunctionKind.Aggregate && f.Tasks.HasFlag(TaskKinds.Regression)),
        ("Binary classification", f => f.Kind == FunctionKind.Aggregate && f.Tasks.HasFlag(TaskKinds.Binary)),
        ("Multiclass classification", f => f.Kind == FunctionKind.Aggregate && f.Tasks.HasFlag(TaskKinds.Multiclass)),
        ("Object detection", f => f.Kind == FunctionKind.Aggregate && f.Tasks.HasFlag(TaskKinds.ObjectDetection)),
        ("Row-level functions", f => f.Kind == FunctionKind.Row),
        ("Ranking", f => f.Kind == FunctionKind.Window),
        ("Other", _ => true),
    };

    /// <summary>The Markdown reference of every function in <paramref name="catalog"/>, in catalog order within each family.</summary>
    public static string Render(FunctionCatalog catalog)
    {
        var sections = Group(catalog.Functions);
        var text = new StringBuilder();
        Line(text, "# Function reference");
        Line(text);
        Line(text, "<!-- Generated from the catalog (src/Evaluation.Language/Catalog) by CatalogMarkdown. Do not edit it:");
        Line(text, "     run the FunctionsDocTests test and copy grammar/functions.md.received.md over this file. -->");
        Line(text);
        Line(text, $"{catalog.Functions.Count} functions. Names and aliases are case-insensitive. Parameters are named by their");
        Line(text, "JSON names; in the DSL the required ones may also be given positionally, in the order listed.");
        Line(text, "A parameter marked \"descriptor\" may be left out when the dataset descriptor supplies it.");
        Line(text, "A function listed under one family may apply to others: see its tasks.");
        Line(text);
        foreach (var (title, functions) in sections)
            Line(text, $"- [{title}](#{Anchor(title)}): {string.Join(", ", functions.Select(f => $"[`{f.Name}`](#{Anchor(f.Name)})"))}");
        foreach (var (title, functions) in sections)
        {
            Line(text);
            Line(text, "## " + title);
            foreach (var function in functions)
                RenderFunction(text, function);
        }
        return text.ToString();
    }

    private static List<(string Title, List<FunctionDefinition> Functions)> Group(IEnumerable<FunctionDefinition> functions)
    {
        var sections = Sections.Select(s => (s.Title, Functions: new List<FunctionDefinition>())).ToList();
        foreach (var function in functions)
        {
            var index = Array.FindIndex(Sections, s => s.Holds(function));
            sections[index].Functions.Add(function);
        }
        return sections.Where(s => s.Functions.Count > 0).ToList();
    }

    private static void RenderFunction(StringBuilder text, FunctionDefinition function)
    {
        Line(text);
        Line(text, "### " + function.Name);
        Line(text);
        Line(text, function.Definition);
        Line(text);
        Line(text, "| | |");
        Line(text, "|---|---|");
        Line(text, $"| call | `{Signature(function)}` |");
        if (function.Aliases.Count > 0)
            Line(text, $"| aliases | {Codes(function.Aliases)} |");
        Line(text, $"| kind | {Lower(function.Kind)} |");
        Line(text, $"| tasks | {Tasks(function.Tasks)} |");
        Line(text, $"| result | {Result(function)} |");
        Line(text, $"| direction | {function.Direction} |");
        if (function.Parameters.Count == 0)
            return;
        Line(text);
        Line(text, "| parameter | type | required | default | range / values | aliases | description |");
        Line(text, "|---|---|---|---|---|---|---|");
        foreach (var p in function.Parameters)
        {
            Line(text, $"| `{p.Name}` | {Lower(p.Type)} | {Required(p)} | {(p.Default is null ? "" : Code(p.Default))} | {Range(p)} | {Codes(p.Aliases)} | {Cell(p.Description)} |");
        }
    }

    /// <summary>The DSL call: required parameters positionally, then the optional ones named.</summary>
    private static string Signature(FunctionDefinition function)
    {
        var arguments = function.Parameters.Select(p => p.Required ? p.Name : p.Name + ": …");
        return $"{function.Name}({string.Join(", ", arguments)})";
    }

    private static string Result(FunctionDefinition function)
    {
        var fields = string.Join(", ", function.ResultFields.Select(f => $"`{f}`"));
        return function.Result switch
        {
            ResultShape.Struct => "struct {" + fields + "}",
            ResultShape.List when fields.Length > 0 => "list of {" + fields + "}",
            ResultShape.List => "list",
            _ => function.Kind == FunctionKind.Aggregate ? "scalar" : "scalar per row",
        };
    }

    private static string Tasks(TaskKinds tasks)
    {
        var names = new[]
            {
                (TaskKinds.Statistics, "statistics"), (TaskKinds.Regression, "regression"), (TaskKinds.Binary, "binary"),
                (TaskKinds.Multiclass, "multiclass"), (TaskKinds.ObjectDetection, "object detection"), (TaskKinds.Results, "results"),
            }
            .Where(t => tasks.HasFlag(t.Item1))
            .Select(t => t.Item2)
            .ToList();
        return names.Count == 0 ? "-" : string.Join(", ", names);
    }

    private static string Required(ParameterDefinition parameter) => (parameter.Required, parameter.Role) switch
    {
        (true, DescriptorRole.None) => "yes",
        (true, _) => "yes (descriptor)",
        (false, DescriptorRole.None) => "no",
        (false, _) => "no (descriptor)",
    };

    private static string Range(ParameterDefinition parameter)
    {
        var parts = new List<string>();
        if (parameter.Min is { } min && parameter.Max is { } max)
            parts.Add($"[{Number(min)}, {Number(max)}]");
        else if (parameter.Min is { } low)
            parts.Add("≥ " + Number(low));
        else if (parameter.Max is { } high)
            parts.Add("≤ " + Number(high));
        parts.AddRange(parameter.EnumValues.Select(v => Code("'" + v + "'")));
        return string.Join(" \\| ", parts);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Codes(IEnumerable<string> names) => string.Join(", ", names.Select(Code));

    private static string Code(string text) => "`" + text.Replace("|", "\\|") + "`";

    /// <summary>Text safe inside a table cell.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|");

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>GitHub's heading anchor: lower case, spaces to hyphens, punctuation other than - and _ dropped.</summary>
    private static string Anchor(string heading) => new(heading.ToLowerInvariant()
        .Replace(' ', '-')
        .Where(c => char.IsLetterOrDigit(c) || c == '-' || c == '_')
        .ToArray());

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
