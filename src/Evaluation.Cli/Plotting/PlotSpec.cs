using System.Globalization;
using Evaluation.Engine.Results;

namespace Evaluation.Cli.Plotting;

/// <summary>How a chart draws its series.</summary>
internal enum PlotKind
{
    /// <summary>Points joined by lines (curves, a metric over time).</summary>
    Line,
    /// <summary>Bars over [lower, upper) bins (a histogram).</summary>
    Bars,
}

/// <summary>One named series of points.</summary>
internal sealed record PlotSeries(string Name, double[] X, double[] Y);

/// <summary>
/// What to draw, read from a query result by its columns: <c>fpr</c>/<c>tpr</c> is a ROC curve,
/// <c>recall</c>/<c>precision</c> a precision-recall curve (one series per group), a
/// <c>histogram</c> value (bins of lower, upper, count) a histogram, and otherwise the first column
/// as x (a time, a number or a label) against each numeric column after it: a metric over time.
/// </summary>
internal sealed record PlotSpec(string Title, string XLabel, string YLabel, PlotKind Kind, IReadOnlyList<PlotSeries> Series)
{
    /// <summary>Whether x holds times (OLE automation dates), for the axis labels.</summary>
    public bool XIsTime { get; init; }

    /// <summary>Both axes run over [0, 1] (curves of rates).</summary>
    public bool UnitSquare { get; init; }

    /// <summary>The chart for <paramref name="result"/>, or an error saying why it has none.</summary>
    public static (PlotSpec? Spec, string? Error) From(QueryResult result)
    {
        var names = result.Columns.Select(c => c.Name).ToList();
        if (names.Contains("fpr") && names.Contains("tpr"))
            return (Curve(result, "fpr", "tpr", "ROC curve", "false positive rate", "true positive rate"), null);
        if (names.Contains("recall") && names.Contains("precision"))
            return (Curve(result, "recall", "precision", "Precision-recall curve", "recall", "precision"), null);
        var histogram = result.Columns.Select((c, i) => i).FirstOrDefault(i => result.Rows.Count > 0 && IsHistogram(result.Rows[0][i]), -1);
        if (histogram >= 0) return (Histogram(result, histogram), null);
        return OverX(result);
    }

    private static PlotSpec Curve(QueryResult result, string x, string y, string title, string xLabel, string yLabel)
    {
        var xi = result.IndexOf(x);
        var yi = result.IndexOf(y);
        var curveColumns = new HashSet<string> { "threshold", "fpr", "tpr", "precision", "recall" };
        var keys = result.Columns.Select((c, i) => (c.Name, i)).Where(c => !curveColumns.Contains(c.Name)).Select(c => c.i).ToList();
        var series = result.Rows
            .GroupBy(r => string.Join(", ", keys.Select(k => $"{result.Columns[k].Name}={Output.ResultWriter.Cell(r[k])}")))
            .Select(g =>
            {
                var points = g.Select(r => (X: Number(r[xi]), Y: Number(r[yi]))).Where(p => !double.IsNaN(p.X) && !double.IsNaN(p.Y)).ToList();
                return new PlotSeries(g.Key.Length == 0 ? y : g.Key, points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
            }).ToList();
        return new PlotSpec(title, xLabel, yLabel, PlotKind.Line, series) { UnitSquare = true };
    }

    private static PlotSpec Histogram(QueryResult result, int column)
    {
        var bins = ((IEnumerable<object?>)result.Rows[0][column]!).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        var x = bins.Select(b => (Number(b["lower"]) + Number(b["upper"])) / 2).ToArray();
        var y = bins.Select(b => Number(b["count"])).ToArray();
        return new PlotSpec("Histogram of " + result.Columns[column].Name, "value", "count", PlotKind.Bars,
            new[] { new PlotSeries(result.Columns[column].Name, x, y) });
    }

    private static (PlotSpec?, string?) OverX(QueryResult result)
    {
        if (result.Columns.Count < 2 || result.Rows.Count == 0)
            return (null, "nothing to plot: a chart needs a column for x and at least one numeric column, and some rows");
        var isTime = result.Rows.All(r => r[0] is DateTime or DateTimeOffset or null);
        var isNumber = result.Rows.All(r => r[0] is double or long or decimal or int or null);
        double XOf(object?[] row, int index) => isTime
            ? row[0] switch { DateTime t => t.ToOADate(), DateTimeOffset o => o.UtcDateTime.ToOADate(), _ => double.NaN }
            : isNumber ? Number(row[0]) : index;
        var numeric = Enumerable.Range(1, result.Columns.Count - 1)
            .Where(c => result.Rows.All(r => r[c] is double or long or decimal or int or null)).ToList();
        if (numeric.Count == 0) return (null, $"nothing to plot: no numeric column after `{result.Columns[0].Name}`");
        var ordered = result.Rows.Select((r, i) => (Row: r, X: XOf(r, i))).OrderBy(p => p.X).ToList();
        var series = numeric.Select(c => new PlotSeries(result.Columns[c].Name,
            ordered.Select(p => p.X).ToArray(), ordered.Select(p => Number(p.Row[c])).ToArray())).ToList();
        var yLabel = numeric.Count == 1 ? result.Columns[numeric[0]].Name : "value";
        var title = numeric.Count == 1 ? $"{yLabel} by {result.Columns[0].Name}" : $"by {result.Columns[0].Name}";
        return (new PlotSpec(title, result.Columns[0].Name, yLabel, PlotKind.Line, series) { XIsTime = isTime }, null);
    }

    private static bool IsHistogram(object? value) =>
        value is not string && value is IEnumerable<object?> list && list.Any()
        && list.All(e => e is IReadOnlyDictionary<string, object?> d && d.ContainsKey("lower") && d.ContainsKey("upper") && d.ContainsKey("count"));

    private static double Number(object? value) => value switch
    {
        null => double.NaN,
        double d => d,
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => double.NaN,
    };
}
