using Evaluation.Engine.Aggregates.Kernels;
using Evaluation.Engine.DuckDb;

namespace Evaluation.Engine.Aggregates;

/// <summary>What an <see cref="ExactMomentAggregate"/> returns.</summary>
internal enum FloatStatistic
{
    Sum,
    Mean,
    PopulationVariance,
    SampleVariance,
    PopulationStdDev,
    SampleStdDev,
}

/// <summary>
/// Exact stand-ins for DuckDB's <c>sum</c>/<c>fsum</c>, <c>avg</c>, <c>var_pop</c>, <c>var_samp</c>,
/// <c>stddev_pop</c> and <c>stddev_samp</c> of DOUBLE values (<see cref="ExactMoments"/>): DuckDB's
/// own add partial sums in whatever order its threads finish, so their last bits change with the
/// thread count. NULL inputs are skipped and the result is NULL where DuckDB's is (no values; one
/// value for the sample statistics), so the SQL around them reads the same.
/// </summary>
internal sealed class ExactMomentAggregate(string name, FloatStatistic statistic) : NativeAggregate<ExactMoments>(name, AggregateArgument.Double)
{
    protected override ExactMoments Create() => new(squares: statistic >= FloatStatistic.PopulationVariance);

    protected override void Update(ExactMoments state, AggregateInput input, ReadOnlySpan<int> rows)
    {
        var values = input.Doubles(0);
        state.AddRows(values.Values, rows, values.Validity);
    }

    protected override void Combine(ExactMoments source, ExactMoments target) => target.Absorb(source);

    protected override double? Finalize(ExactMoments state)
    {
        var sample = statistic is FloatStatistic.SampleVariance or FloatStatistic.SampleStdDev;
        if (state.Count < (sample ? 2 : 1)) return null;
        return statistic switch
        {
            FloatStatistic.Sum => state.Sum,
            FloatStatistic.Mean => state.Mean,
            FloatStatistic.PopulationVariance or FloatStatistic.SampleVariance => state.Variance(sample),
            _ => Math.Sqrt(state.Variance(sample)),
        };
    }
}

/// <summary>
/// An exact stand-in for DuckDB's <c>corr(x, y)</c> (<see cref="ExactCoMoments"/>): pairs with a NULL
/// are skipped; NULL without pairs, NaN where r is undefined.
/// </summary>
internal sealed class ExactCorrelationAggregate(string name) : NativeAggregate<ExactCoMoments>(name, AggregateArgument.Double, AggregateArgument.Double)
{
    protected override ExactCoMoments Create() => new();

    protected override void Update(ExactCoMoments state, AggregateInput input, ReadOnlySpan<int> rows)
    {
        var xs = input.Doubles(0);
        var ys = input.Doubles(1);
        var adder = state.Begin();
        foreach (var row in rows)
            if (xs.IsValid(row) && ys.IsValid(row)) adder.Add(xs.Values[row], ys.Values[row]);
        adder.End();
    }

    protected override void Combine(ExactCoMoments source, ExactCoMoments target) => target.Absorb(source);

    protected override double? Finalize(ExactCoMoments state) => state.Count == 0 ? null : state.Correlation;
}
