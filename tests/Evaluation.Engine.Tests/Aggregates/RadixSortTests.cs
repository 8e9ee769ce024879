using Evaluation.Engine.Aggregates;
using Evaluation.Engine.Aggregates.Kernels;
using Xunit;

namespace Evaluation.Engine.Tests.Aggregates;

/// <summary>The in-place radix sort and the sortable keys it sorts, against Array.Sort on the doubles.</summary>
public sealed class RadixSortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(47)]
    [InlineData(1000)]
    [InlineData(200_000)]
    [InlineData(1_500_000)] // above the parallel threshold
    public void Sorts_doubles_in_the_order_of_their_values(int count)
    {
        var random = new Random(count);
        var values = Enumerable.Range(0, count).Select(i => (i % 7) switch
        {
            0 => Math.Round(random.NextDouble(), 2), // heavy ties
            1 => -random.NextDouble() * 1e6,
            2 => random.NextDouble() * 1e-300,
            3 => i % 3 == 0 ? double.PositiveInfinity : double.NegativeInfinity,
            4 => i % 2 == 0 ? 0.0 : -0.0,
            _ => random.NextDouble(),
        }).ToArray();
        var keys = values.Select(ScoreKey.Of).ToArray();

        RadixSort.Sort(keys, keys.Length);

        var expected = values.Select(v => v == 0 ? 0.0 : v).OrderBy(v => v).ToArray();
        Assert.Equal(expected, keys.Select(k => SortableKeys.ToDouble(k.Key)).ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    [InlineData(1_500_000)] // above the parallel threshold: scattered from the blocks straight into buckets
    public void Sorted_copy_of_blocks_equals_sorting_the_gathered_values(int count)
    {
        var random = new Random(count);
        var blocks = new Blocks<ScoreKey>();
        var values = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var value = (i % 5) switch { 0 => Math.Round(random.NextDouble(), 3), 1 => -random.NextDouble() * 1e3, 2 => 0.25, _ => random.NextDouble() };
            values.Add(value);
            blocks.Add(ScoreKey.Of(value));
        }

        var sorted = RadixSort.SortedCopy(blocks.TakeBlocks());

        Assert.Equal(0, blocks.Count);
        Assert.Equal(values.OrderBy(v => v).ToArray(), sorted.Select(k => SortableKeys.ToDouble(k.Key)).ToArray());
    }

    [Fact]
    public void Sorted_copy_of_one_repeated_key_is_every_row()
    {
        var blocks = new Blocks<ScoreKey>();
        for (var i = 0; i < 1_200_000; i++) blocks.Add(ScoreKey.Of(0.5));
        var sorted = RadixSort.SortedCopy(blocks.TakeBlocks());
        Assert.Equal(1_200_000, sorted.Length);
        Assert.All(sorted, k => Assert.Equal(0.5, SortableKeys.ToDouble(k.Key)));
    }

    [Fact]
    public void Minus_zero_and_zero_are_one_key()
    {
        Assert.Equal(SortableKeys.Of(0.0), SortableKeys.Of(-0.0));
        Assert.True(SortableKeys.Of(-1e-300) < SortableKeys.Of(0.0));
        Assert.True(SortableKeys.Of(double.MaxValue) < SortableKeys.Of(double.PositiveInfinity));
        Assert.True(SortableKeys.Of(double.NegativeInfinity) < SortableKeys.Of(double.MinValue));
    }

    [Fact]
    public void Sorts_pairs_by_either_key()
    {
        var random = new Random(3);
        var pairs = Enumerable.Range(0, 5000).Select(_ => new RankPair(random.Next(50), random.NextDouble())).ToArray();
        RadixSort.Sort<RankPair, RankPair.ByY>(pairs, pairs.Length);
        Assert.True(pairs.Zip(pairs.Skip(1)).All(p => p.First.Y <= p.Second.Y));
        RadixSort.Sort<RankPair, RankPair.ByX>(pairs, pairs.Length);
        Assert.True(pairs.Zip(pairs.Skip(1)).All(p => p.First.X <= p.Second.X));
    }
}
