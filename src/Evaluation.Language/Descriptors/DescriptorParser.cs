using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Parsing;
using Evaluation.Language.Parsing.Json;
using Evaluation.Language.Validation;

namespace Evaluation.Language.Descriptors;

/// <summary>
/// Reads a dataset descriptor (grammar/descriptor.schema.json):
/// <code>
/// {"task": "binary",
///  "columns": [{"name": "label", "stage": "GROUND_TRUTH"}, {"name": "score", "stage": "PREDICTED_VALUE"}],
///  "classes": [{"label": "A", "predicted": "predicted_class_A", "ground_truth": "gt_predicted_class_A"}],
///  "ground_truth": "label", "prediction": "score",
///  "positive_class": 1, "threshold": 0.5, "timestamp": "inference_timestamp"}
/// </code>
/// Problems come back as diagnostics whose span carries the descriptor's JSON path.
/// </summary>
public static class DescriptorParser
{
    private static readonly string[] Keys = { "task", "columns", "classes", "ground_truth", "prediction", "positive_class", "threshold", "timestamp" };
    private static readonly string[] Tasks = { "binary", "multiclass", "regression", "object_detection" };

    /// <summary>Parses descriptor JSON text; <paramref name="origin"/> names it in messages (its file path).</summary>
    public static ParseResult<DatasetDescriptor> Parse(string json, string origin)
    {
        var diagnostics = new List<Diagnostic>();
        var node = JsonReader.Read(json, diagnostics);
        if (node is not JsonObject obj)
        {
            if (node is not null) diagnostics.Add(DiagnosticDescriptors.WrongValueKind.At(node.Span, "a descriptor is a JSON object"));
            return new ParseResult<DatasetDescriptor>(null, diagnostics);
        }
        void Report(DiagnosticDescriptor d, JsonNode at, string message, string? suggestion = null) => diagnostics.Add(d.At(at.Span, message, suggestion));

        var descriptor = new DatasetDescriptor { Origin = origin };
        foreach (var member in obj.Members)
        {
            var value = member.Value;
            switch (member.Key)
            {
                case "task":
                    if (value is JsonString { Value: var task } && Tasks.Contains(task)) descriptor = descriptor with { Task = task };
                    else Report(DiagnosticDescriptors.UnknownOption, value, $"`task` is one of {string.Join(", ", Tasks)}",
                        value is JsonString s ? Suggestions.Closest(s.Value, Tasks) : null);
                    break;
                case "columns":
                    if (value is JsonArray columns)
                        descriptor = descriptor with { Columns = columns.Items.Select(c => Column(c, Report)).OfType<DescriptorColumn>().ToList() };
                    else Report(DiagnosticDescriptors.WrongValueKind, value, "`columns` is a list of {\"name\", \"stage\"}");
                    break;
                case "classes":
                    if (value is JsonArray classes)
                        descriptor = descriptor with { Classes = classes.Items.Select(c => Class(c, Report)).OfType<DescriptorClass>().ToList() };
                    else Report(DiagnosticDescriptors.WrongValueKind, value, "`classes` is a list of {\"label\", \"predicted\", \"ground_truth\"}");
                    break;
                case "positive_class":
                    descriptor = descriptor with
                    {
                        PositiveClass = value switch
                        {
                            JsonString s => Literals.FromString(s.Value, s.Span),
                            JsonNumber n => new NumberLiteral(n.Value) { Span = n.Span },
                            JsonBool b => new BoolLiteral(b.Value) { Span = b.Span },
                            _ => null,
                        },
                    };
                    if (descriptor.PositiveClass is null) Report(DiagnosticDescriptors.WrongValueKind, value, "`positive_class` is a string, a number or a boolean");
                    break;
                case "threshold":
                    if (value is JsonNumber { Value: >= 0 and <= 1 } t) descriptor = descriptor with { Threshold = new DescriptorValue<double>(t.Value, t.Path) };
                    else Report(DiagnosticDescriptors.OutOfRange, value, "`threshold` is a number between 0 and 1");
                    break;
                case "ground_truth":
                    if (value is JsonString gt) descriptor = descriptor with { GroundTruth = new DescriptorValue<string>(gt.Value, gt.Path) };
                    else Report(DiagnosticDescriptors.WrongValueKind, value, "`ground_truth` is a column name");
                    break;
                case "prediction":
                    if (value is JsonString pv) descriptor = descriptor with { Prediction = new DescriptorValue<string>(pv.Value, pv.Path) };
                    else Report(DiagnosticDescriptors.WrongValueKind, value, "`prediction` is a column name");
                    break;
                case "timestamp":
                    if (value is JsonString ts) descriptor = descriptor with { Timestamp = new DescriptorValue<string>(ts.Value, ts.Path) };
                    else Report(DiagnosticDescriptors.WrongValueKind, value, "`timestamp` is a column name");
                    break;
                default:
                    diagnostics.Add(DiagnosticDescriptors.UnknownKey.At(member.KeySpan, $"unknown key `{member.Key}` in a descriptor; expected one of {string.Join(", ", Keys)}",
                        Suggestions.Closest(member.Key, Keys)));
                    break;
            }
        }
        return new ParseResult<DatasetDescriptor>(descriptor, diagnostics);
    }

    private static DescriptorColumn? Column(JsonNode node, Action<DiagnosticDescriptor, JsonNode, string, string?> report)
    {
        if (node is not JsonObject obj || obj.Member("name")?.Value is not JsonString name || obj.Member("stage")?.Value is not JsonString stage)
        {
            report(DiagnosticDescriptors.MissingKey, node, "a descriptor column is {\"name\": COLUMN, \"stage\": STAGE}", null);
            return null;
        }
        if (!PipelineStages.TryParse(stage.Value, out var parsed))
        {
            report(DiagnosticDescriptors.UnknownOption, stage, $"unknown stage `{stage.Value}`; stages are {string.Join(", ", PipelineStages.Names)}",
                Suggestions.Closest(stage.Value, PipelineStages.Names));
            return null;
        }
        return new DescriptorColumn(name.Value, parsed, name.Path);
    }

    private static DescriptorClass? Class(JsonNode node, Action<DiagnosticDescriptor, JsonNode, string, string?> report)
    {
        if (node is JsonObject obj && obj.Member("label")?.Value is JsonString label
            && obj.Member("predicted")?.Value is JsonString predicted && obj.Member("ground_truth")?.Value is JsonString truth)
            return new DescriptorClass(label.Value, predicted.Value, truth.Value, obj.Path);
        report(DiagnosticDescriptors.MissingKey, node,
            "a descriptor class is {\"label\": NAME, \"predicted\": COLUMN, \"ground_truth\": COLUMN}; this one is incomplete", null);
        return null;
    }
}
