using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Parsing;
using Evaluation.Language.Validation;

namespace Evaluation.Language.Descriptors;

/// <summary>
/// Fills the parameters a call leaves out from the dataset descriptor, as an AST rewrite (so
/// <c>explain</c> and the printers show the filled arguments): the ground-truth and predicted
/// columns, the positive class, the threshold and the timestamp column, each where the catalog
/// gives the parameter that role. A role the descriptor cannot fill unambiguously (two
/// ground-truth columns) is left for validation to report. Also checks <c>"stage"</c> on
/// select items against the stages the descriptor gives the item's columns.
/// </summary>
public static class DescriptorDefaults
{
    /// <summary>The query with defaults filled in its innermost block, and any stage contradictions.</summary>
    public static (Query Query, IReadOnlyList<Diagnostic> Diagnostics) Apply(Query query, DatasetDescriptor descriptor, FunctionCatalog? catalog = null)
    {
        catalog ??= FunctionCatalog.Default;
        var diagnostics = new List<Diagnostic>();
        return (Block(query, descriptor, catalog, diagnostics), diagnostics);
    }

    private static Query Block(Query query, DatasetDescriptor descriptor, FunctionCatalog catalog, List<Diagnostic> diagnostics)
    {
        // Only the innermost block reads the described data; outer blocks read its results.
        if (query.From is SubquerySource sub)
            return query with { From = sub with { Query = Block(sub.Query, descriptor, catalog, diagnostics) } };
        var items = query.Select.Select(item => item is ExprItem e ? Item(e, descriptor, catalog, diagnostics) : item).ToNodeList();
        return query with { Select = items };
    }

    private static SelectItem Item(ExprItem item, DatasetDescriptor descriptor, FunctionCatalog catalog, List<Diagnostic> diagnostics)
    {
        var expression = item.Expression is FunctionCall call ? Call(call, descriptor, catalog) : item.Expression;
        if (item.Stage is { } stage) CheckStage(item, expression, stage, descriptor, diagnostics);
        return item with { Expression = expression };
    }

    private static FunctionCall Call(FunctionCall call, DatasetDescriptor descriptor, FunctionCatalog catalog)
    {
        var arguments = call.Arguments.Select(a => a.Value is FunctionCall nested ? a with { Value = Call(nested, descriptor, catalog) } : a).ToList();
        if (catalog.Find(call.Name) is not { } function) return call with { Arguments = arguments.ToNodeList() };
        if (function.OneVsRest && PerClassPair(arguments, function, descriptor) is { } rewritten)
            return call with { Arguments = ArgumentOrder.Canonical(function, rewritten) };
        foreach (var parameter in function.Parameters.Where(p => p.Role != DescriptorRole.None))
        {
            if (arguments.Any(a => a.Name is not null && parameter.IsNamed(a.Name))) continue;
            if (Default(parameter, descriptor) is { } value) arguments.Add(new Argument(parameter.Name, value));
        }
        return call with { Arguments = ArgumentOrder.Canonical(function, arguments) };
    }

    /// <summary>
    /// Arthur's per-class columns: a one-vs-rest call on a class's predicted and ground-truth
    /// columns (<c>predicted_class_A</c>, <c>gt_predicted_class_A</c>) means that class against the
    /// rest, the predicted class of a row being its most probable one over all the descriptor's
    /// classes. Rewritten on label expressions with <c>labelByMaxColumn</c> and <c>class</c>, so the
    /// query shows what it computes.
    /// </summary>
    private static List<Argument>? PerClassPair(List<Argument> arguments, FunctionDefinition function, DatasetDescriptor descriptor)
    {
        Expr? Given(string name) => arguments.FirstOrDefault(a => a.Name is not null && function.FindParameter(name)?.IsNamed(a.Name) == true)?.Value;
        if (descriptor.Classes.Count < 2 || Given("predicted_property") is not ColumnRef predicted || Given("ground_truth_property") is not ColumnRef truth) return null;
        var pair = descriptor.Classes.FirstOrDefault(c => c.Predicted == predicted.Name && c.GroundTruth == truth.Name);
        if (pair is null || Given("pos_label") is not null) return null;
        var labels = new ListExpr(descriptor.Classes.Select(c => (Expr)new StringLiteral(c.Label)).ToNodeList());
        Expr ArgMax(Func<DescriptorClass, string> column) => new FunctionCall("labelByMaxColumn", NodeList.Of(
            new Argument("properties", new ListExpr(descriptor.Classes.Select(c => (Expr)new ColumnRef(column(c))).ToNodeList())),
            new Argument("labels", labels)));
        var rest = arguments.Where(a => a.Name is null || !(function.FindParameter("predicted_property")!.IsNamed(a.Name) || function.FindParameter("ground_truth_property")!.IsNamed(a.Name)));
        return rest
            .Append(new Argument("ground_truth_property", ArgMax(c => c.GroundTruth)))
            .Append(new Argument("predicted_property", ArgMax(c => c.Predicted)))
            .Append(new Argument("class", new StringLiteral(pair.Label)))
            .ToList();
    }

    private static Expr? Default(ParameterDefinition parameter, DatasetDescriptor descriptor)
    {
        switch (parameter.Role)
        {
            case DescriptorRole.GroundTruth:
                return descriptor.GroundTruth is { } truth ? new ColumnRef(truth.Value) : Single(descriptor.InStage(PipelineStage.GroundTruth));
            case DescriptorRole.Prediction:
                if (descriptor.Prediction is { } prediction) return new ColumnRef(prediction.Value);
                var predictions = descriptor.InStage(PipelineStage.PredictedValue).ToList();
                if (predictions.Count == 1) return new ColumnRef(predictions[0].Name);
                // Probability columns in class order, for a parameter that takes several columns.
                if (parameter.Type == ParameterType.Columns && descriptor.Classes.Count > 1)
                    return new ListExpr(descriptor.Classes.Select(c => (Expr)new ColumnRef(c.Predicted)).ToNodeList());
                return null;
            case DescriptorRole.PositiveClass:
                return descriptor.PositiveClass is { } positive ? positive with { Span = SourceSpan.None } : null;
            case DescriptorRole.Threshold:
                return descriptor.Threshold is { } threshold ? new NumberLiteral(threshold.Value) : null;
            case DescriptorRole.Timestamp:
                return descriptor.Timestamp is { } timestamp ? new ColumnRef(timestamp.Value) : null;
            default:
                return null;
        }
    }

    private static Expr? Single(IEnumerable<DescriptorColumn> columns)
    {
        var list = columns.Take(2).ToList();
        return list.Count == 1 ? new ColumnRef(list[0].Name) : null;
    }

    /// <summary>Every column the item reads must be one the descriptor places in the item's stage (or one it does not describe).</summary>
    private static void CheckStage(ExprItem item, Expr expression, PipelineStage stage, DatasetDescriptor descriptor, List<Diagnostic> diagnostics)
    {
        foreach (var column in ColumnReferences.Of(expression))
        {
            var described = descriptor.Columns.FirstOrDefault(c => c.Name == column.Name);
            if (described is null || described.Stage == stage) continue;
            diagnostics.Add(DiagnosticDescriptors.DescriptorMismatch.At(column.Span.IsNone ? item.Span : column.Span,
                $"the item asks for stage {stage.Name()}, but {descriptor.Origin} ({described.Path}) puts `{column.Name}` in {described.Stage.Name()}"));
        }
    }
}
