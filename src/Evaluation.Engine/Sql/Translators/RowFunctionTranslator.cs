using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>Row-level functions: time buckets and per-row errors.</summary>
internal sealed class RowFunctionTranslator : IFunctionTranslator
{
    public IEnumerable<string> Functions => new[] { "roundTimestamp", "labelByMaxColumn", "arraySlice", "abs_error", "squared_error" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        switch (function.Name)
        {
            case "roundTimestamp":
                var timestamp = context.Column(call, function, "property");
                var interval = TranslationContext.Text(call, function, "time_interval")!;
                // date_trunc's 'week' starts on Monday (ISO), as the catalog says.
                return new PlannedValue(Call("date_trunc", new SqlParameter(interval), timestamp.Value), ColumnType.Timestamp);
            case "labelByMaxColumn":
                return LabelByMaxColumn(call, function, context);
            case "arraySlice":
            {
                // The catalog counts from 0; DuckDB's list_slice counts from 1 and includes its end.
                var list = context.Column(call, function, "property");
                var start = (long)TranslationContext.Number(call, function, "start")!.Value;
                var length = (long)TranslationContext.Number(call, function, "length")!.Value;
                return new PlannedValue(Call("list_slice", list.Value, new SqlParameter(start + 1), new SqlParameter(start + length)), ColumnType.List);
            }
            case "abs_error":
            {
                var (truth, prediction) = Pair(call, function, context);
                return new PlannedValue(Call("abs", Sub(Double(prediction.Value), Double(truth.Value))), ColumnType.Float);
            }
            default:
            {
                var (truth, prediction) = Pair(call, function, context);
                var difference = Sub(Double(prediction.Value), Double(truth.Value));
                return new PlannedValue(Mul(difference, difference), ColumnType.Float);
            }
        }
    }

    /// <summary>The label of the first column holding the row's largest value; NULL when any value is NULL or NaN.</summary>
    private static PlannedValue LabelByMaxColumn(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        var argument = TranslationContext.Argument(call, function, "properties")!;
        var columns = argument is ListExpr list ? list.Items.ToList() : new List<Expr> { argument };
        var values = columns.Select(context.Value).ToList();
        var labels = TranslationContext.Argument(call, function, "labels") is ListExpr given
            ? given.Items.Select(l => (SqlExpr)new SqlParameter(TranslationContext.ParameterValue((Literal)l)?.ToString())).ToList()
            : columns.Select(c => (SqlExpr)new SqlParameter(((ColumnRef)c).Name)).ToList();
        if (labels.Count != values.Count)
            throw new QueryException(new[] { DiagnosticDescriptors.ParameterType.At(call.NameSpan.IsNone ? call.Span : call.NameSpan,
                $"`labelByMaxColumn` has {values.Count} columns but {labels.Count} labels; give one label per column") });
        var numbers = new SqlList(values.Select(v => Double(v.Value)).ToList());
        var position = Call("list_position", numbers, Call("list_max", numbers));
        var label = Call("list_extract", new SqlList(labels), position);
        return new PlannedValue(new SqlCase(new[] { (TranslationContext.AllPresent(values.ToArray()), (SqlExpr)label) }, SqlConstant.Null), ColumnType.String);
    }

    private static (PlannedValue Truth, PlannedValue Prediction) Pair(FunctionCall call, FunctionDefinition function, TranslationContext context) =>
        (context.Column(call, function, "ground_truth_property"), context.Column(call, function, "predicted_property"));
}
