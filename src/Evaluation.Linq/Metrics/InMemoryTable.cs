using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Types;
using Evaluation.Engine;
using Evaluation.Language.Ast;
using Evaluation.Linq.Materialization;
using Evaluation.Linq.Translation;

namespace Evaluation.Linq;

/// <summary>
/// Runs a metric call over in-memory rows on the engine itself: each selector's values become a
/// column of one Arrow batch (c0, c1, …), the other arguments literals, and the catalog call runs
/// on a fresh in-memory engine — the very SQL and C# aggregates a query would use, so the numbers
/// are the engine's. Selectors may return numbers, bools, text, enums and their nullable forms.
/// </summary>
internal static class InMemoryTable
{
    public static TResult Run<TResult>(InMemoryCall call)
    {
        var fields = new List<Field>();
        var arrays = new List<IArrowArray>();
        var arguments = new List<Argument>();
        foreach (var (parameter, value) in call.Arguments)
        {
            if (value is Delegate[] selectors)
            {
                // A list of columns (probabilities in class order).
                var columns = new List<Expr>();
                foreach (var each in selectors)
                {
                    var name = "c" + fields.Count;
                    var (field, array) = Column(name, each, call);
                    fields.Add(field);
                    arrays.Add(array);
                    columns.Add(new ColumnRef(name));
                }
                arguments.Add(new Argument(parameter, new ListExpr(columns.ToNodeList())));
            }
            else if (value is Delegate selector)
            {
                var name = "c" + fields.Count;
                var (field, array) = Column(name, selector, call);
                fields.Add(field);
                arrays.Add(array);
                arguments.Add(new Argument(parameter, new ColumnRef(name)));
            }
            else
            {
                arguments.Add(new Argument(parameter, Literals.From(value)));
            }
        }
        if (fields.Count == 0) throw new NotSupportedException($"`{call.Function}` reads no column in memory.");
        var schema = new Schema(fields, null);
        var batch = new RecordBatch(schema, arrays, call.Rows.Count);
        using var engine = EvaluationEngine.Open();
        engine.RegisterArrow("rows", schema, new[] { batch });
        var query = Query.Create(new NamedSource("rows"), NodeList.Of<SelectItem>(
            new ExprItem(new FunctionCall(call.Function, arguments.ToNodeList()), new Name("v"), null)));
        var result = engine.QueryArrow(query).Batches.First(b => b.Length > 0);
        return ArrowRead.Value<TResult>(result.Column(result.Schema.GetFieldIndex("v")), 0);
    }

    private static (Field Field, IArrowArray Array) Column(string name, Delegate selector, InMemoryCall call)
    {
        var type = selector.Method.ReturnType;
        var values = call.Rows.Select(r => selector.DynamicInvoke(r)).ToList();
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(double) || underlying == typeof(float) || underlying == typeof(decimal))
        {
            var builder = new DoubleArray.Builder();
            foreach (var v in values)
                if (v is null) builder.AppendNull();
                else builder.Append(Convert.ToDouble(v, CultureInfo.InvariantCulture));
            return (new Field(name, DoubleType.Default, true), builder.Build());
        }
        if (underlying == typeof(long) || underlying == typeof(int) || underlying == typeof(short) || underlying == typeof(byte)
            || underlying == typeof(sbyte) || underlying == typeof(ushort) || underlying == typeof(uint))
        {
            var builder = new Int64Array.Builder();
            foreach (var v in values)
                if (v is null) builder.AppendNull();
                else builder.Append(Convert.ToInt64(v, CultureInfo.InvariantCulture));
            return (new Field(name, Int64Type.Default, true), builder.Build());
        }
        if (underlying == typeof(bool))
        {
            var builder = new BooleanArray.Builder();
            foreach (var v in values)
                if (v is null) builder.AppendNull();
                else builder.Append((bool)v);
            return (new Field(name, BooleanType.Default, true), builder.Build());
        }
        if (underlying == typeof(string) || underlying.IsEnum || underlying == typeof(char))
        {
            var builder = new StringArray.Builder();
            foreach (var v in values)
                if (v is null) builder.AppendNull();
                else builder.Append(v.ToString());
            return (new Field(name, StringType.Default, true), builder.Build());
        }
        throw new NotSupportedException($"`{call.Function}` in memory: a selector returning {type.Name} cannot be a column here; run it in a query.");
    }
}
