using System.Globalization;
using Evaluation.Engine.Aggregates.Kernels;

namespace Evaluation.Linq;

/// <summary>
/// The metric methods over plain collections (LINQ-to-objects), through the kernels the engine's
/// C# aggregates use, so the numbers are the engine's: exact sums rounded once (rmse, mse, mae,
/// r², pearson), exact AUC and average precision from sorted score keys, Spearman from exact rank
/// sums. Rows with a NULL (null) or NaN value are left out, as §6 says; an undefined value is NaN.
/// Metrics without an in-memory kernel fail, saying to run them in a query.
/// </summary>
public static class InMemoryMetrics
{
    /// <summary>
    /// Runs a scalar metric over <c>arguments[0]</c>, the rows; the others are the method's arguments in
    /// its order: truth, prediction, then (where the metric has them) threshold, weight, the rest.
    /// </summary>
    public static TResult Scalar<TResult>(string function, object?[] arguments) =>
        (TResult)(object)(function switch
        {
            "rmse" => Math.Sqrt(MeanOf(arguments, (y, p) => (y - p) * (y - p))),
            "mse" => MeanOf(arguments, (y, p) => (y - p) * (y - p)),
            "mae" when arguments[4] is null or "avg" && arguments[5] is null && arguments[6] is null => MeanOf(arguments, (y, p) => Math.Abs(y - p)),
            "rSquared" => RSquared(arguments),
            "pearson" => Pearson(arguments),
            "spearman" => Spearman(arguments),
            "auc" => Ranked(arguments, RocAuc.Of),
            "average_precision" => Ranked(arguments, AveragePrecision.Of),
            _ => throw NotInMemory(function),
        });

    /// <summary>Struct and list results run only in queries.</summary>
    public static TResult Shaped<TResult>(string function, object?[] arguments) => throw NotInMemory(function);

    private static NotSupportedException NotInMemory(string function) =>
        new($"`{function}` (with these arguments) runs in a query (an EvaluationContext source), not over an in-memory collection.");

    private static IEnumerable<object?> Rows(object?[] arguments) => ((System.Collections.IEnumerable)arguments[0]!).Cast<object?>();

    private static double Number(Delegate selector, object? row) => ToDouble(selector.DynamicInvoke(row));

    private static double ToDouble(object? value) => value switch
    {
        null => double.NaN,
        bool b => b ? 1 : 0,
        double d => d,
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"A value of type {value.GetType().Name} is not a number."),
    };

    /// <summary>Pairs (y, ŷ) of present rows; a weight argument fails (weighted metrics run in queries).</summary>
    private static List<(double Y, double P)> Pairs(object?[] arguments)
    {
        if (arguments.Skip(3).OfType<Delegate>().Any()) throw new NotSupportedException("Weighted metrics run in a query, not in memory.");
        var truth = (Delegate)arguments[1]!;
        var prediction = (Delegate)arguments[2]!;
        return Rows(arguments).Select(r => (Y: Number(truth, r), P: Number(prediction, r)))
            .Where(pair => !double.IsNaN(pair.Y) && !double.IsNaN(pair.P)).ToList();
    }

    private static double MeanOf(object?[] arguments, Func<double, double, double> term)
    {
        var moments = new ExactMoments(squares: false);
        foreach (var (y, p) in Pairs(arguments)) moments.Add(term(y, p));
        return moments.Count == 0 ? double.NaN : moments.Mean;
    }

    private static double RSquared(object?[] arguments)
    {
        var pairs = Pairs(arguments);
        var errors = new ExactMoments(squares: false);
        var truth = new ExactMoments(squares: true);
        foreach (var (y, p) in pairs)
        {
            errors.Add((y - p) * (y - p));
            if (double.IsFinite(y)) truth.Add(y);
        }
        if (pairs.Count == 0 || pairs.Any(pair => double.IsInfinity(pair.Y)) || pairs.All(pair => pair.Y == pairs[0].Y)) return double.NaN;
        return 1 - errors.Mean / truth.Variance(sample: false);
    }

    private static double Pearson(object?[] arguments)
    {
        var pairs = Pairs(arguments);
        if (pairs.Count < 2 || pairs.Any(pair => double.IsInfinity(pair.Y) || double.IsInfinity(pair.P))) return double.NaN;
        var moments = new ExactCoMoments();
        foreach (var (y, p) in pairs) moments.Add(y, p);
        return Math.Max(-1, Math.Min(1, moments.Correlation));
    }

    private static double Spearman(object?[] arguments)
    {
        var pairs = Pairs(arguments);
        if (pairs.Count < 2) return double.NaN;
        return SpearmanCorrelation.Of(pairs.Select(p => p.Y).ToArray(), pairs.Select(p => p.P).ToArray());
    }

    /// <summary>AUC or AP of (label, score) rows; the positive class is 1 (or true) unless pos_label says otherwise.</summary>
    private static double Ranked(object?[] arguments, Func<SortedScores, double> metric)
    {
        if (arguments.Skip(3).OfType<Delegate>().Any()) throw new NotSupportedException("Weighted metrics run in a query, not in memory.");
        var label = (Delegate)arguments[1]!;
        var score = (Delegate)arguments[2]!;
        // (rows, truth, score, weight, pos_label, then multiclass options, which run in queries only)
        if (arguments.Skip(5).Any(a => a is not null)) throw new NotSupportedException("Multiclass options run in a query, not in memory.");
        var positive = arguments.Length > 4 ? arguments[4] : null;
        var rows = Rows(arguments).Select(r => (Label: label.DynamicInvoke(r), Score: Number(score, r)))
            .Where(r => r.Label is not null && !double.IsNaN(r.Score)).ToList();
        var labels = rows.Select(r => positive is null ? ToDouble(r.Label) == 1 : Equals(Convert.ToString(r.Label, CultureInfo.InvariantCulture), Convert.ToString(positive, CultureInfo.InvariantCulture))).ToArray();
        if (labels.All(l => l) || labels.All(l => !l)) return double.NaN;
        return metric(SortedScores.Of(rows.Select(r => r.Score).ToArray(), labels));
    }
}
