using System.Numerics;
using Evaluation.Engine.Aggregates.Kernels;
using Xunit;

namespace Evaluation.Engine.Tests.Aggregates;

/// <summary>
/// The exact sums behind the deterministic floating-point aggregates: correctly rounded (against
/// Shewchuk's partials, Python's <c>math.fsum</c>), the same bits in any order and any split into
/// combined states, IEEE specials, and means, variances and correlations rounded once.
/// </summary>
public sealed class ExactSumTests
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_sum_is_the_exact_sum_rounded_once_in_any_order_and_split(int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 5000).Select(_ => Wide(random)).ToArray();
        var expected = FSum(values);

        Assert.Equal(expected, Sum(values));
        var shuffled = values.OrderBy(_ => random.Next()).ToArray();
        Assert.Equal(expected, Sum(shuffled));

        // Split into states at random points and absorbed in a random order, as DuckDB's threads combine.
        var states = new List<ExactSum>();
        for (var start = 0; start < shuffled.Length;)
        {
            var length = Math.Min(shuffled.Length - start, random.Next(1, 800));
            var state = new ExactSum();
            foreach (var v in shuffled.AsSpan(start, length)) state.Add(v);
            states.Add(state);
            start += length;
        }
        var total = new ExactSum();
        foreach (var state in states.OrderBy(_ => random.Next())) total.Absorb(state);
        Assert.Equal(expected, total.Value);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_batched_path_gives_the_same_sums(int seed)
    {
        // Past several flushes of the exponent bins, with subnormals, zeros and (in one run) specials; all rows
        // as one run, and every other row with a validity mask (a group's rows scattered through a chunk).
        var random = new Random(seed);
        var values = Enumerable.Range(0, 7000).Select(i => i % 97 == 0 ? 0.0 : Wide(random)).ToList();
        if (seed == 6) values.Add(double.PositiveInfinity);
        var all = Enumerable.Range(0, values.Count).ToArray();
        var scattered = all.Where(i => i % 2 == 1).ToArray();
        var validity = new ulong[(values.Count + 63) / 64];
        foreach (var i in all.Where(i => i % 3 != 0)) validity[i >> 6] |= 1UL << (i & 63);
        foreach (var (rows, mask) in new[] { (all, Array.Empty<ulong>()), (scattered, validity), (all, validity) })
        {
            var one = new ExactMoments(squares: true);
            foreach (var i in rows)
                if (mask.Length == 0 || ((mask[i >> 6] >> (i & 63)) & 1) != 0) one.Add(values[i]);
            var batched = new ExactMoments(squares: true);
            batched.AddRows(values.ToArray(), rows, mask);
            Assert.Equal(one.Count, batched.Count);
            Assert.Equal(BitConverter.DoubleToInt64Bits(one.Sum), BitConverter.DoubleToInt64Bits(batched.Sum));
            Assert.Equal(BitConverter.DoubleToInt64Bits(one.Variance(sample: true)), BitConverter.DoubleToInt64Bits(batched.Variance(sample: true)));
        }
        if (seed != 6)
        {
            var batched = new ExactMoments(squares: false);
            batched.AddRows(values.ToArray(), all, ReadOnlySpan<ulong>.Empty);
            Assert.Equal(FSum(values), batched.Sum);
        }
    }

    [Fact]
    public void Full_bins_of_the_largest_mantissa_do_not_overflow()
    {
        // Thousands of terms of one exponent with every mantissa bit set, batched: each bin holds the
        // most it may before a fold; the sum must still be exact (n times the value).
        var value = Math.BitDecrement(2.0);
        var moments = new ExactMoments(squares: false);
        var values = Enumerable.Repeat(value, 10_000).ToArray();
        moments.AddRows(values, Enumerable.Range(0, values.Length).ToArray(), ReadOnlySpan<ulong>.Empty);
        Assert.Equal(10_000 * value, moments.Sum); // exact: 10000·(2 − 2^-52) is representable
        Assert.Equal(value, moments.Mean);
    }

    [Fact]
    public void Cancellation_and_tiny_terms_are_kept()
    {
        Assert.Equal(1.0, Sum(new[] { 1e100, 1.0, -1e100 }));
        Assert.Equal(1.0, Sum(Enumerable.Repeat(0.1, 10)));
        Assert.Equal(2 * double.Epsilon, Sum(new[] { double.Epsilon, 1e300, double.Epsilon, -1e300 }));
        Assert.Equal(0.0, Sum(new[] { 0.0, -0.0, 5e-324, -5e-324 }));
        Assert.Equal(double.MaxValue, Sum(new[] { double.MaxValue, double.MaxValue, -double.MaxValue }));
        Assert.Equal(-3.5, Sum(new[] { -1.25, -2.25 }));
    }

    [Fact]
    public void Ties_round_to_even()
    {
        // 1 + 2^-53 is halfway between 1 and its successor: to even, 1. One more 2^-80 tips it up.
        Assert.Equal(1.0, Sum(new[] { 1.0, Math.ScaleB(1, -53) }));
        Assert.Equal(Math.BitIncrement(1.0), Sum(new[] { 1.0, Math.ScaleB(1, -53), Math.ScaleB(1, -80) }));
        Assert.Equal(Math.BitIncrement(Math.BitIncrement(1.0)), Sum(new[] { Math.BitIncrement(1.0), Math.ScaleB(1, -53) }));
    }

    [Fact]
    public void Nan_and_infinities_give_the_ieee_sum()
    {
        Assert.Equal(double.PositiveInfinity, Sum(new[] { 1.0, double.PositiveInfinity }));
        Assert.Equal(double.NegativeInfinity, Sum(new[] { double.NegativeInfinity, 1e308 }));
        Assert.True(double.IsNaN(Sum(new[] { double.PositiveInfinity, double.NegativeInfinity })));
        Assert.True(double.IsNaN(Sum(new[] { 1.0, double.NaN })));
        Assert.Equal(0.0, Sum(Array.Empty<double>()));
    }

    [Fact]
    public void Ratios_round_once()
    {
        Assert.Equal(1.0 / 3, ExactRatio.ToDouble(1, 3, 0));
        Assert.Equal(-2.0 / 3, ExactRatio.ToDouble(-2, 3, 0));
        Assert.Equal(double.Epsilon, ExactRatio.ToDouble(1, 1, -1074));
        Assert.Equal(0.0, ExactRatio.ToDouble(1, 1, -1075)); // half the smallest subnormal: ties to even, 0
        Assert.Equal(double.Epsilon, ExactRatio.ToDouble(3, 1, -1076));
        Assert.Equal(double.PositiveInfinity, ExactRatio.ToDouble(1, 1, 1024));
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            long p = random.NextInt64(-(1L << 53), 1L << 53), q = random.NextInt64(1, 1L << 53);
            Assert.Equal((double)p / q, ExactRatio.ToDouble(p, q, 0)); // IEEE division is correctly rounded
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Means_and_variances_match_exact_decimal_arithmetic(int seed)
    {
        // Dyadic values k / 1024: the moments of the integers k are exact, and fit decimal for the final division.
        var random = new Random(seed);
        var ks = Enumerable.Range(0, 1000).Select(_ => 1_024_000_000L + random.Next(-500_000, 500_000)).ToArray();
        var moments = new ExactMoments(squares: true);
        foreach (var k in ks) moments.Add(k / 1024.0);

        decimal n = ks.Length, sum = ks.Sum(k => (decimal)k);
        var squares = ks.Aggregate(BigInteger.Zero, (total, k) => total + (BigInteger)k * k);
        var spread = (decimal)((BigInteger)ks.Length * squares - (BigInteger)sum * (BigInteger)sum); // n²·variance of the k
        AssertWithinOneUlp((double)(sum / n / 1024), moments.Mean);
        AssertWithinOneUlp((double)(spread / (n * n) / 1048576), moments.Variance(sample: false));
        AssertWithinOneUlp((double)(spread / (n * (n - 1)) / 1048576), moments.Variance(sample: true));
    }

    [Fact]
    public void A_variance_far_below_the_mean_loses_nothing()
    {
        // var([1e9 + 1, 1e9 + 2, 1e9 + 3]) = 2/3 exactly, where Σx² − (Σx)²/n in doubles cancels every digit.
        var moments = new ExactMoments(squares: true);
        foreach (var v in new[] { 1e9 + 1, 1e9 + 2, 1e9 + 3 }) moments.Add(v);
        Assert.Equal(2.0 / 3, moments.Variance(sample: false));
        Assert.Equal(1.0, moments.Variance(sample: true));
        Assert.True(double.IsNaN(new ExactMoments(squares: true).Variance(sample: false)));
    }

    [Fact]
    public void Correlations_are_exactly_one_for_a_line_and_nan_for_a_constant()
    {
        var line = new ExactCoMoments();
        var opposite = new ExactCoMoments();
        var constant = new ExactCoMoments();
        for (var i = 0; i < 100; i++)
        {
            Add(line, i * 0.1, 3 * (i * 0.1) + 7);
            Add(opposite, i, -2.0 * i);
            Add(constant, i, 4);
        }
        Assert.Equal(1.0, line.Correlation, 15);
        Assert.Equal(-1.0, opposite.Correlation);
        Assert.True(double.IsNaN(constant.Correlation));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Correlation_matches_a_two_pass_computation(int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, 2000).Select(_ => random.NextDouble() * 100).ToArray();
        var y = x.Select(v => v * 0.3 + random.NextDouble() * 40).ToArray();
        var moments = new ExactCoMoments();
        var adder = moments.Begin();
        for (var i = 0; i < x.Length; i++) adder.Add(x[i], y[i]);
        adder.End();
        double mx = x.Average(), my = y.Average();
        var r = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
        Assert.Equal(r, moments.Correlation, 12);
    }

    /// <summary>One pair, through the batched path the aggregate uses.</summary>
    private static void Add(ExactCoMoments moments, double x, double y)
    {
        var adder = moments.Begin();
        adder.Add(x, y);
        adder.End();
    }

    private static double Sum(IEnumerable<double> values)
    {
        var sum = new ExactSum();
        foreach (var v in values) sum.Add(v);
        return sum.Value;
    }

    /// <summary>Values over many magnitudes and both signs, some subnormal, so terms cancel and carry.</summary>
    private static double Wide(Random random)
    {
        var magnitude = random.Next(8) switch
        {
            0 => Math.ScaleB(random.NextDouble(), -1070),
            1 => Math.ScaleB(random.NextDouble(), random.Next(-300, 300)),
            _ => Math.ScaleB(random.NextDouble(), random.Next(-20, 40)),
        };
        return random.Next(2) == 0 ? magnitude : -magnitude;
    }

    private static void AssertWithinOneUlp(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    /// <summary>Shewchuk's exact partials with the correctly rounded final step (Python's math.fsum), the independent reference.</summary>
    private static double FSum(IEnumerable<double> values)
    {
        var partials = new List<double>();
        foreach (var value in values)
        {
            var x = value;
            var kept = 0;
            for (var i = 0; i < partials.Count; i++)
            {
                var y = partials[i];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                var high = x + y;
                var low = y - (high - x);
                if (low != 0) partials[kept++] = low;
                x = high;
            }
            partials.RemoveRange(kept, partials.Count - kept);
            partials.Add(x);
        }
        var n = partials.Count;
        if (n == 0) return 0;
        double sumHigh = partials[--n], sumLow = 0;
        while (n > 0)
        {
            var x = sumHigh;
            var y = partials[--n];
            sumHigh = x + y;
            sumLow = y - (sumHigh - x);
            if (sumLow != 0) break;
        }
        if (n > 0 && ((sumLow < 0 && partials[n - 1] < 0) || (sumLow > 0 && partials[n - 1] > 0)))
        {
            var y = sumLow * 2;
            var x = sumHigh + y;
            if (y == x - sumHigh) sumHigh = x;
        }
        return sumHigh;
    }
}
