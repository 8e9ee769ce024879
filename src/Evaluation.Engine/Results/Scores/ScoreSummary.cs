namespace Evaluation.Engine.Results.Scores;

/// <summary>
/// NeMo's aggregate fields of one numeric ("range") score over the rows of an evaluation job.
/// Missing values (NULL or NaN) are left out of every statistic and counted in
/// <see cref="NanCount"/>. A field that the present values leave undefined is NaN: every
/// field but <see cref="Count"/>, <see cref="NanCount"/> and <see cref="Sum"/> for no value,
/// the sample fields for a single value.
/// </summary>
/// <param name="Count">The present (non-missing) values.</param>
/// <param name="NanCount">The missing values: NULL or NaN.</param>
/// <param name="Sum">The exact sum, rounded once (0 for no value).</param>
/// <param name="Mean">Sum / count.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Variance">Population variance, Σ(x − mean)² / n.</param>
/// <param name="StdDev">The square root of <paramref name="Variance"/>.</param>
/// <param name="SampleVariance">Σ(x − mean)² / (n − 1).</param>
/// <param name="SampleStdDev">The square root of <paramref name="SampleVariance"/>.</param>
/// <param name="Median">numpy's median (the mean of the two middle values for an even count).</param>
/// <param name="Percentiles">p10 … p100 in order, NeMo's rank (p/100)(n+1) − 1, clamped to [0, n − 1], interpolated linearly.</param>
/// <param name="Histogram">Ten equal-width bins from min to max, [l, u) but the last [l, u]; empty for no value or an infinite range.</param>
public sealed record ScoreSummary(
    long Count, long NanCount, double Sum, double Mean, double Min, double Max,
    double Variance, double StdDev, double SampleVariance, double SampleStdDev,
    double Median, IReadOnlyList<Percentile> Percentiles, IReadOnlyList<HistogramBin> Histogram);

/// <summary>One of NeMo's percentiles: <c>p10</c> … <c>p100</c> and its value.</summary>
/// <param name="Name">p10, p20, …, p100.</param>
/// <param name="Value">The interpolated value (NaN for no value).</param>
public sealed record Percentile(string Name, double Value);

/// <summary>One histogram bin and the number of values in it.</summary>
/// <param name="LowerBound">The bin's lower edge (included).</param>
/// <param name="UpperBound">The bin's upper edge (excluded, except in the last bin).</param>
/// <param name="Count">The values in the bin.</param>
public sealed record HistogramBin(double LowerBound, double UpperBound, long Count);
