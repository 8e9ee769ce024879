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
    /// Runs <paramref name="function"/> over <paramref name="rows"/>; <c>arguments[i]</c> is the catalog parameter
    /// <c>parameters[i]</c> (a selector delegate for a column, else a value; null: the default).
    /// </summary>
    public static TResult Run<T, TResult>(string function, string[] parameters, IEnumerable<T> rows, object?[] arguments)
    {
        var call = new InMemoryCall<T>(function, parameters, rows, arguments);
        if (typeof(TResult) == typeof(double) && Kernel(call) is { } value) return (TResult)(object)value;
        return InMemoryTable.Run<T, TResult>(call);
    }

    /// <summary>The kernel's value when the call is one the kernels compute alone; null otherwise.</summary>
    private static double? Kernel<T>(InMemoryCall<T> call)
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

    /// <summary>Pairs (y, ŷ) of the rows where both are present.</summary>
    private static List<(double Y, double P)> Pairs<T>(InMemoryCall<T> call)
    {
        var truth = Selectors.Number<T>(call.Selector("ground_truth_property"));
        var prediction = Selectors.Number<T>(call.Selector("predicted_property"));
        var pairs = new List<(double Y, double P)>();
        foreach (var row in call.Rows)
        {
            double y = truth(row), p = prediction(row);
            if (!double.IsNaN(y) && !double.IsNaN(p)) pairs.Add((y, p));
        }
        return pairs;
    }

    private static double MeanOf<T>(InMemoryCall<T> call, Func<double, double, double> term)
    {
        var moments = new ExactMoments(squares: false);
        foreach (var (y, p) in Pairs(call)) moments.Add(term(y, p));
        return moments.Count == 0 ? double.NaN : moments.Mean;
    }

    private static double RSquared<T>(InMemoryCall<T> call)
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

    private static double Pearson<T>(InMemoryCall<T> call)
    {
        var pairs = Pairs(call);
        if (pairs.Count < 2 || pairs.Any(pair => double.IsInfinity(pair.Y) || double.IsInfinity(pair.P))) return double.NaN;
        var moments = new ExactCoMoments();
        var adder = moments.Begin();
        foreach (var (y, p) in pairs) adder.Add(y, p);
        adder.End();
        return moments.Correlation; // |r| ≤ 1 exactly: the engine's kernel, the engine's bits
    }

    private static double Spearman<T>(InMemoryCall<T> call)
    {
        var pairs = Pairs(call);
        if (pairs.Count < 2) return double.NaN;
        return SpearmanCorrelation.Of(pairs.Select(p => p.Y).ToArray(), pairs.Select(p => p.P).ToArray());
    }

    /// <summary>AUC or AP of (label, score) rows; the positive class is 1 (or true) unless pos_label says otherwise.</summary>
    private static double Ranked<T>(InMemoryCall<T> call, Func<SortedScores, double> metric)
    {
        var score = Selectors.Number<T>(call.Selector("predicted_property"));
        var label = call.Selector("ground_truth_property");
        var positive = call["pos_label"];
        // Without pos_label the positive class is 1 (or true), as the engine's default; with it, the label equal to it.
        Func<T, bool?> isPositive;
        if (positive is null)
        {
            var number = Selectors.Number<T>(label);
            isPositive = row => number(row) is var v && double.IsNaN(v) ? null : v == 1;
        }
        else
        {
            var value = Selectors.Value<T>(label);
            isPositive = row => value(row) is { } v ? Same(v, positive) : null;
        }
        var scores = new List<double>();
        var labels = new List<bool>();
        foreach (var row in call.Rows)
        {
            var s = score(row);
            if (double.IsNaN(s) || isPositive(row) is not { } positiveRow) continue;
            scores.Add(s);
            labels.Add(positiveRow);
        }
        if (labels.All(l => l) || labels.All(l => !l)) return double.NaN;
        return metric(SortedScores.Of(scores.ToArray(), labels.ToArray()));
    }

    private static bool Same(object value, object positive) =>
        string.Equals(Convert.ToString(value, CultureInfo.InvariantCulture), Convert.ToString(positive, CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <summary>One in-memory metric call: its rows and its arguments by catalog parameter name.</summary>
internal sealed class InMemoryCall<T>
{
    private readonly Dictionary<string, object> _arguments = new(StringComparer.Ordinal);

    public InMemoryCall(string function, string[] parameters, IEnumerable<T> rows, object?[] arguments)
    {
        Function = function;
        Rows = rows as IReadOnlyList<T> ?? rows.ToList();
        for (var i = 0; i < parameters.Length; i++)
            if (arguments[i] is { } value) _arguments[parameters[i]] = value;
    }

    public string Function { get; }

    public IReadOnlyList<T> Rows { get; }

    /// <summary>The catalog parameters given a value (not left at their default).</summary>
    public IEnumerable<string> Given => _arguments.Keys;

    /// <summary>All given arguments, by catalog parameter.</summary>
    public IReadOnlyDictionary<string, object> Arguments => _arguments;

    public object? this[string parameter] => _arguments.TryGetValue(parameter, out var value) ? value : null;

    public Delegate Selector(string parameter) =>
        this[parameter] as Delegate ?? throw new NotSupportedException($"`{Function}` needs `{parameter}` in memory.");
}
