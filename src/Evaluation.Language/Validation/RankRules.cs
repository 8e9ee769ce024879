using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;

namespace Evaluation.Language.Validation;

/// <summary>
/// What <c>rank</c> needs beyond its parameters' types: ranking by each metric's catalog
/// direction (the default) reads the row's <c>metric</c> column, so the partitions must keep
/// metrics apart — <c>within</c> names <c>metric</c> — or the rows of an rmse would be ranked
/// against the rows of an f1, with opposite directions.
/// </summary>
internal static class RankRules
{
    public static void Check(FunctionCall call, FunctionDefinition function, SourceSchema? schema, List<Diagnostic> diagnostics)
    {
        var direction = call.Find("direction")?.Value;
        if (direction is not (null or StringLiteral { Value: "catalog" })) return;
        var within = call.Find("within")?.Value;
        var partitions = within switch
        {
            ColumnRef c => new[] { c.Name },
            ListExpr list => list.Items.OfType<ColumnRef>().Select(c => c.Name).ToArray(),
            _ => Array.Empty<string>(),
        };
        if (partitions.Contains(ResultsColumns.Metric, StringComparer.OrdinalIgnoreCase)) return;
        var hasMetric = schema is null || schema.Find(ResultsColumns.Metric) is not null;
        var span = within?.Span ?? (call.NameSpan.IsNone ? call.Span : call.NameSpan);
        var message = hasMetric
            ? $"`{function.Name}` by the catalog's direction (the default) ranks each metric its own way, so `within` must include `metric`: write `rank … within metric` (or `within [metric, …]`), or give a direction (`direction max`, `min` or a target number)"
            : $"`{function.Name}` by the catalog's direction (the default) reads the metric named in each row's `metric` column, and this source has none; give a direction (`direction max`, `min` or a target number)";
        diagnostics.Add(DiagnosticDescriptors.RankAcrossMetrics.At(span, message));
    }
}
