namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>Neumaier's compensated sum: the kernels' sums of many terms, accurate to about one rounding.</summary>
internal struct CompensatedSum
{
    private double _sum;
    private double _compensation;

    public void Add(double value)
    {
        var t = _sum + value;
        _compensation += Math.Abs(_sum) >= Math.Abs(value) ? (_sum - t) + value : (value - t) + _sum;
        _sum = t;
    }

    public readonly double Value => _sum + _compensation;
}
