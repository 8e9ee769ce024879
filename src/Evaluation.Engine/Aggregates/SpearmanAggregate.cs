using Evaluation.Engine.Aggregates.Kernels;
using Evaluation.Engine.DuckDb;

namespace Evaluation.Engine.Aggregates;

/// <summary>A group's (x, y) pairs so far, as sortable keys: 16 bytes a row.</summary>
internal sealed class RankPairs
{
    public Blocks<RankPair> Pairs { get; } = new();
}

/// <summary>
/// <c>evalq_spearman(x DOUBLE, y DOUBLE)</c>: Spearman's ρ of the group's present pairs
/// (<see cref="SpearmanCorrelation"/>), in place of two window ranks over the group.
/// </summary>
internal sealed class SpearmanAggregate() : NativeAggregate<RankPairs>("evalq_spearman", AggregateArgument.Double, AggregateArgument.Double)
{
    protected override RankPairs Create() => new();

    protected override void Update(RankPairs state, AggregateInput input, ReadOnlySpan<int> rows)
    {
        var xs = input.Doubles(0);
        var ys = input.Doubles(1);
        foreach (var row in rows)
        {
            if (!xs.IsValid(row) || !ys.IsValid(row)) continue;
            double x = xs.Values[row], y = ys.Values[row];
            if (double.IsNaN(x) || double.IsNaN(y)) continue;
            state.Pairs.Add(new RankPair(x, y));
        }
    }

    protected override void Combine(RankPairs source, RankPairs target) => target.Pairs.Absorb(source.Pairs);

    protected override double? Finalize(RankPairs state) => SpearmanCorrelation.Of(state.Pairs.Drain());
}
