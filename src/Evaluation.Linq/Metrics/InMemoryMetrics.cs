using System.Globalization;
using Evaluation.Engine.Aggregates.Kernels;

namespace Evaluation.Linq;

/// <summary>
/// The metric methods over plain collections (LINQ-to-objects), with the engine's numbers. The
/// common unweighted metrics run straight through the kernels the engine's C# aggregates use —
/// exact sums rounded once (rmse, mse, mae, r², pearson), exact AUC and average precision from
/// sorted score keys, Spearman from exact rank sums — with no engine at all. Every other call
/// (weights, thresholds, the confusion family, multiclass options, statistics…) runs the catalog
/// function itself on an in-memory engine over the selected values (<see cref="InMemoryTable"/>),
/// so nothing is computed twice by two definitions. Rows with a NULL (null) or NaN value are left
/// out, as §6 says; an undefined value is NaN.
/// </summary>
public static class InMemoryMetrics
{
    /// <summary>
    /// Runs <paramref name="function"/> over <c>arguments[0]</c>, the rows; <c>arguments[i + 1]</c> is the
    /// catalog parameter <c>parameters[i]</c> (a selector delegate for a column, else a value; null: the default).
    /// </summary>
    public static TResult Run<TResult>(string function, string[] parameters, object?[] arguments)
    {
        var call = new InMemoryCall(function, parameters, arguments);
        if (typeof(TResult) == typeof(double) && Kernel(call) is { } value) return (TResult)(object)value;
        return InMemoryTable.Run<TResult>(call);
    }

    /// <summary>The kernel's value when the call is one the kernels compute alone; null otherwise.</summary>
    private static double? Kernel(InMemoryCall call)
    {
        bool Only(params string[] allowed) => call.Given.All(allowed.Contains);
        const string Truth = "ground_truth_property", Prediction = "predicted_property";
        return call.Function switch
        {
            "rmse" when Only(Truth, Prediction) => Math.Sqrt(MeanOf(call, (y, p) => (y - p) * (y - p))),
            "mse" when Only(Truth, Prediction) => MeanOf(call, (y, p) => (y - p) * (y - p)),
            "mae" when Only(Truth, Prediction) || (Only(Truth, Prediction, "aggregation") && call["aggregation"] is "avg") =>
                MeanOf(call, (y, p) => Math.Abs(y - p)),
            "rSquared" when Only(Truth, Prediction) => RSquared(call),
            "pearson" when Only(Truth, Prediction) => Pearson(call),
            "spearman" when Only(Truth, Prediction) => Spearman(call),
            "auc" when Only(Truth, Prediction, "pos_label") => Ranked(call, RocAuc.Of),
            "average_precision" when Only(Truth, Prediction, "pos_label") => Ranked(call, AveragePrecision.Of),
            _ => null,
        };
    }

    private static double ToDouble(object? value) => value switch
    {
        null => double.NaN,
        bool b => b ? 1 : 0,
        double d => d,
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"A value of type {value.GetType().Name} is not a number."),
    };

    /// <summary>Pairs (y, ŷ) of the rows where both are present.</summary>
    private static List<(double Y, double P)> Pairs(InMemoryCall call)
    {
        var truth = call.Selector("ground_truth_property");
        var prediction = call.Selector("predicted_property");
        return call.Rows.Select(r => (Y: ToDouble(truth.DynamicInvoke(r)), P: ToDouble(prediction.DynamicInvoke(r))))
            .Where(pair => !double.IsNaN(pair.Y) && !double.IsNaN(pair.P)).ToList();
    }

    private static double MeanOf(InMemoryCall call, Func<double, double, double> term)
    {
        var moments = new ExactMoments(squares: false);
        foreach (var (y, p) in Pairs(call)) moments.Add(term(y, p));
        return moments.Count == 0 ? double.NaN : moments.Mean;
    }

    private static double RSquared(InMemoryCall call)
    {
        var pairs = Pairs(call);
        if (pairs.Count == 0 || pairs.Any(pair => double.IsInfinity(pair.Y)) || pairs.All(pair => pair.Y == pairs[0].Y)) return double.NaN;
        var errors = new ExactMoments(squares: false);
        var truth = new ExactMoments(squares: true);
        foreach (var (y, p) in pairs)
        {
            errors.Add((y - p) * (y - p));
            truth.Add(y);
        }
        return 1 - errors.Mean / truth.Variance(sample: false);
    }

    private static double Pearson(InMemoryCall call)
    {
        var pairs = Pairs(call);
        if (pairs.Count < 2 || pairs.Any(pair => double.IsInfinity(pair.Y) || double.IsInfinity(pair.P))) return double.NaN;
        var moments = new ExactCoMoments();
        foreach (var (y, p) in pairs) moments.Add(y, p);
        return Math.Max(-1, Math.Min(1, moments.Correlation));
    }

    private static double Spearman(InMemoryCall call)
    {
        var pairs = Pairs(call);
        if (pairs.Count < 2) return double.NaN;
        return SpearmanCorrelation.Of(pairs.Select(p => p.Y).ToArray(), pairs.Select(p => p.P).ToArray());
    }

    /// <summary>AUC or AP of (label, score) rows; the positive class is 1 (or true) unless pos_label says otherwise.</summary>
    private static double Ranked(InMemoryCall call, Func<SortedScores, double> metric)
    {
        var label = call.Selector("ground_truth_property");
        var score = call.Selector("predicted_property");
        var positive = call["pos_label"];
        var rows = call.Rows.Select(r => (Label: label.DynamicInvoke(r), Score: ToDouble(score.DynamicInvoke(r))))
            .Where(r => r.Label is not null && !double.IsNaN(r.Score)).ToList();
        var labels = rows.Select(r => positive is null
            ? ToDouble(r.Label) == 1
            : string.Equals(Convert.ToString(r.Label, CultureInfo.InvariantCulture), Convert.ToString(positive, CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToArray();
        if (labels.All(l => l) || labels.All(l => !l)) return double.NaN;
        return metric(SortedScores.Of(rows.Select(r => r.Score).ToArray(), labels));
    }
}

/// <summary>One in-memory metric call: its rows and its arguments by catalog parameter name.</summary>
internal sealed class InMemoryCall
{
    private readonly Dictionary<string, object> _arguments = new(StringComparer.Ordinal);

    public InMemoryCall(string function, string[] parameters, object?[] arguments)
    {
        Function = function;
        Rows = ((System.Collections.IEnumerable)arguments[0]!).Cast<object?>().ToList();
        for (var i = 0; i < parameters.Length; i++)
            if (arguments[i + 1] is { } value) _arguments[parameters[i]] = value;
    }

    public string Function { get; }

    public IReadOnlyList<object?> Rows { get; }

    /// <summary>The catalog parameters given a value (not left at their default).</summary>
    public IEnumerable<string> Given => _arguments.Keys;

    /// <summary>All given arguments, by catalog parameter.</summary>
    public IReadOnlyDictionary<string, object> Arguments => _arguments;

    public object? this[string parameter] => _arguments.TryGetValue(parameter, out var value) ? value : null;

    public Delegate Selector(string parameter) =>
        this[parameter] as Delegate ?? throw new NotSupportedException($"`{Function}` needs `{parameter}` in memory.");
}
