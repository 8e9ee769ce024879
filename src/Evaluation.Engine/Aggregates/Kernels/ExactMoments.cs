using System.Numerics;

namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>
/// The count, Σx and (for variances) Σx² of a column, the sums held exactly (<see cref="ExactSum"/>;
/// x² as its rounded value plus its rounding error), so the mean and the variances are rounded once
/// from exact values: the same bits whatever order or split the values come in. The variance is
/// (n·Σx² − (Σx)²) / n² computed in integers, which cancels nothing away.
/// </summary>
internal sealed class ExactMoments(bool squares)
{
    private readonly ExactSum _sum = new();
    private readonly ExactSum? _squares = squares ? new ExactSum() : null;

    public long Count { get; private set; }

    public void Add(double value)
    {
        Count++;
        _sum.Add(value);
        _squares?.AddProduct(value, value);
    }

    /// <summary>
    /// Adds <c>values[row]</c> for each of <paramref name="rows"/> that <paramref name="validity"/> marks
    /// valid (empty: all), through this thread's batches: an aggregate's update over a chunk.
    /// </summary>
    public void AddRows(ReadOnlySpan<double> values, ReadOnlySpan<int> rows, ReadOnlySpan<ulong> validity)
    {
        var sum = ExactSumBatch.ForThread(0).Start(_sum);
        Count += sum.AddRows(values, rows, validity, square: false);
        sum.Flush();
        if (_squares is null) return;
        var squares = ExactSumBatch.ForThread(1).Start(_squares);
        squares.AddRows(values, rows, validity, square: true);
        squares.Flush();
    }

    public void Absorb(ExactMoments other)
    {
        Count += other.Count;
        _sum.Absorb(other._sum);
        if (_squares is not null && other._squares is not null) _squares.Absorb(other._squares);
    }

    /// <summary>Σx rounded once.</summary>
    public double Sum => _sum.Value;

    /// <summary>Σx / n rounded once; NaN without values.</summary>
    public double Mean => Count == 0 ? double.NaN
        : _sum.IsSpecial ? _sum.Special
        : ExactRatio.ToDouble(_sum.Integer, Count, ExactSum.Exponent);

    /// <summary>The population (÷ n) or sample (÷ n − 1) variance rounded once; NaN without enough values or with a NaN or infinity among them.</summary>
    public double Variance(bool sample)
    {
        if (_squares is null) throw new InvalidOperationException("These moments were collected without squares.");
        if (Count < (sample ? 2 : 1) || _sum.IsSpecial || _squares.IsSpecial) return double.NaN;
        var n = new BigInteger(Count);
        var numerator = Centered(n, _sum.Integer, _sum.Integer, _squares.Integer);
        return ExactRatio.ToDouble(numerator, sample ? n * (n - 1) : n * n, 2 * ExactSum.Exponent);
    }

    /// <summary>
    /// n·Σxy − Σx·Σy in units of 2^(2·<see cref="ExactSum.Exponent"/>) from the sums' integers
    /// (Σxy's integer is in units of 2^Exponent, hence the shift): n² times the population co-moment.
    /// </summary>
    internal static BigInteger Centered(BigInteger n, BigInteger x, BigInteger y, BigInteger xy) =>
        n * (xy << -ExactSum.Exponent) - x * y;
}

/// <summary>
/// Pearson's r from exact sums: n, Σx, Σy, Σx², Σy², Σxy (products exact), so
/// r² = (nΣxy − ΣxΣy)² / ((nΣx² − (Σx)²)(nΣy² − (Σy)²)) is computed in integers and rounded once;
/// r takes the covariance's sign. |r| ≤ 1 holds exactly, with no clamping.
/// </summary>
internal sealed class ExactCoMoments
{
    private readonly ExactSum _x = new(), _y = new(), _xx = new(), _yy = new(), _xy = new();

    public long Count { get; private set; }

    /// <summary>Adds pairs through this thread's batches (<see cref="ExactSumBatch"/>): <c>Begin()</c>, <c>Add</c>…, <c>End()</c>.</summary>
    public Adder Begin() => new(this);

    /// <summary>Adds many pairs to one <see cref="ExactCoMoments"/> through this thread's batches.</summary>
    public ref struct Adder
    {
        private readonly ExactCoMoments _owner;
        private readonly ExactSumBatch _x, _y, _xx, _yy, _xy;
        private long _count;

        public Adder(ExactCoMoments owner)
        {
            _owner = owner;
            _x = ExactSumBatch.ForThread(0).Start(owner._x);
            _y = ExactSumBatch.ForThread(1).Start(owner._y);
            _xx = ExactSumBatch.ForThread(2).Start(owner._xx);
            _yy = ExactSumBatch.ForThread(3).Start(owner._yy);
            _xy = ExactSumBatch.ForThread(4).Start(owner._xy);
        }

        public void Add(double x, double y)
        {
            _count++;
            _x.Add(x);
            _y.Add(y);
            _xx.AddProduct(x, x);
            _yy.AddProduct(y, y);
            _xy.AddProduct(x, y);
        }

        public void End()
        {
            _owner.Count += _count;
            _x.Flush();
            _y.Flush();
            _xx.Flush();
            _yy.Flush();
            _xy.Flush();
        }
    }

    public void Absorb(ExactCoMoments other)
    {
        Count += other.Count;
        _x.Absorb(other._x);
        _y.Absorb(other._y);
        _xx.Absorb(other._xx);
        _yy.Absorb(other._yy);
        _xy.Absorb(other._xy);
    }

    /// <summary>Pearson's r; NaN with fewer than two pairs, a constant column, or a NaN or infinity among the values.</summary>
    public double Correlation
    {
        get
        {
            if (Count < 2 || _x.IsSpecial || _y.IsSpecial || _xx.IsSpecial || _yy.IsSpecial || _xy.IsSpecial) return double.NaN;
            var n = new BigInteger(Count);
            BigInteger x = _x.Integer, y = _y.Integer;
            var covariance = ExactMoments.Centered(n, x, y, _xy.Integer);
            var spreadX = ExactMoments.Centered(n, x, x, _xx.Integer);
            var spreadY = ExactMoments.Centered(n, y, y, _yy.Integer);
            if (spreadX.IsZero || spreadY.IsZero) return double.NaN;
            var squared = ExactRatio.ToDouble(covariance * covariance, spreadX * spreadY, 0);
            return covariance.Sign < 0 ? -Math.Sqrt(squared) : Math.Sqrt(squared);
        }
    }
}
