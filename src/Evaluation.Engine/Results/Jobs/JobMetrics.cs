using System.Globalization;
using Evaluation.Language.Ast;

namespace Evaluation.Engine.Results.Jobs;

/// <summary>
/// Splits a query's result into what an evaluation job records: the metric columns (the select
/// items that are function calls; a struct result such as a confusion matrix gives one metric per
/// numeric field, <c>name.field</c>) and the item columns (the properties, such as group keys),
/// and the group keys, which identify a row in the per-row scores.
/// </summary>
internal sealed class JobMetrics
{
    private JobMetrics(IReadOnlyList<string> items, IReadOnlyList<(string Name, Func<object?[], object?> Value)> metrics, IReadOnlyList<string> skipped)
    {
        Items = items;
        Metrics = metrics;
        Skipped = skipped;
    }

    /// <summary>The item columns.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>Each metric's name and how to read its value from a result row.</summary>
    public IReadOnlyList<(string Name, Func<object?[], object?> Value)> Metrics { get; }

    /// <summary>Metric columns that hold lists, which have no NeMo summary and are left out.</summary>
    public IReadOnlyList<string> Skipped { get; }

    public static JobMetrics Of(Query query, QueryResult result)
    {
        // A function call that is also a group key (a roundTimestamp bucket) names the group, not a score.
        var keys = new HashSet<string>(query.GroupBy.Select(k => k.Name), StringComparer.Ordinal);
        var calls = new HashSet<string>(query.Select.OfType<ExprItem>().Where(i => i.Expression is FunctionCall && !keys.Contains(i.OutputName)).Select(i => i.OutputName), StringComparer.Ordinal);
        var items = new List<string>();
        var metrics = new List<(string, Func<object?[], object?>)>();
        var skipped = new List<string>();
        for (var c = 0; c < result.Columns.Count; c++)
        {
            var column = result.Columns[c];
            if (!calls.Contains(column.Name)) { items.Add(column.Name); continue; }
            var index = c;
            var sample = result.Rows.Select(r => r[index]).FirstOrDefault(v => v is not null);
            switch (sample)
            {
                case IReadOnlyDictionary<string, object?> fields:
                    foreach (var field in fields.Where(f => f.Value is not (IReadOnlyList<object?> or IReadOnlyDictionary<string, object?>)))
                    {
                        var key = field.Key;
                        metrics.Add((column.Name + "." + key, row => (row[index] as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault(key)));
                    }
                    break;
                case IReadOnlyList<object?>:
                    skipped.Add(column.Name);
                    break;
                default:
                    metrics.Add((column.Name, row => row[index]));
                    break;
            }
        }
        return new JobMetrics(items, metrics, skipped);
    }

    /// <summary>A metric value as a number, or null when it is missing or not numeric.</summary>
    public static double? Number(object? value) => value switch
    {
        null => null,
        double d => d,
        float f => f,
        bool b => b ? 1 : 0,
        IConvertible c when value is not string and not DateTime => c.ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>True when the metric's values are labels (a rubric score) rather than numbers.</summary>
    public static bool IsCategorical(IEnumerable<object?> values) => values.Any(v => v is string);
}
