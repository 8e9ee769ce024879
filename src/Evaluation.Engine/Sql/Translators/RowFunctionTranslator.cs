using Evaluation.Engine.Planning;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>Row-level functions: time buckets and per-row errors.</summary>
internal sealed class RowFunctionTranslator : IFunctionTranslator
{
    public IEnumerable<string> Functions => new[] { "roundTimestamp", "arraySlice", "abs_error", "squared_error" };

    public PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context)
    {
        switch (function.Name)
        {
            case "roundTimestamp":
                var timestamp = context.Column(call, function, "property");
                var interval = TranslationContext.Text(call, function, "time_interval")!;
                // date_trunc's 'week' starts on Monday (ISO), as the catalog says.
                return new PlannedValue(Call("date_trunc", new SqlParameter(interval), timestamp.Value), ColumnType.Timestamp);
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

    private static (PlannedValue Truth, PlannedValue Prediction) Pair(FunctionCall call, FunctionDefinition function, TranslationContext context) =>
        (context.Column(call, function, "ground_truth_property"), context.Column(call, function, "predicted_property"));
}
