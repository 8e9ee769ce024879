using System.Numerics;

namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>Exact rationals to doubles, rounded once (to nearest, ties to even), subnormals included.</summary>
internal static class ExactRatio
{
    /// <summary>numerator / denominator · 2^exponent, correctly rounded; ±∞ past the double range.</summary>
    public static double ToDouble(BigInteger numerator, BigInteger denominator, int exponent)
    {
        if (denominator.Sign == 0) throw new DivideByZeroException("An exact ratio with a zero denominator.");
        if (numerator.IsZero) return 0.0;
        var negative = numerator.Sign != denominator.Sign;
        numerator = BigInteger.Abs(numerator);
        denominator = BigInteger.Abs(denominator);

        // A quotient of 55 or 56 bits: 53 to keep, a rounding bit, and more; the remainder is the sticky part.
        var shift = (int)(55 - (numerator.GetBitLength() - denominator.GetBitLength()));
        var quotient = shift >= 0
            ? BigInteger.DivRem(numerator << shift, denominator, out var remainder)
            : BigInteger.DivRem(numerator, denominator << -shift, out remainder);
        var scale = exponent - shift; // the value is (quotient + remainder/…) · 2^scale

        var drop = (int)quotient.GetBitLength() - 53;
        if (scale + drop < -1074) drop = -1074 - scale; // subnormal: the last bit kept weighs 2^−1074
        if (drop > quotient.GetBitLength() + 1) return negative ? -0.0 : 0.0; // below half the smallest subnormal

        var kept = quotient >> drop;
        var dropped = quotient - (kept << drop);
        var half = BigInteger.One << (drop - 1);
        var compared = dropped.CompareTo(half);
        if (compared > 0 || (compared == 0 && (!remainder.IsZero || !kept.IsEven))) kept += 1;
        var magnitude = Math.ScaleB((double)(ulong)kept, scale + drop);
        return negative ? -magnitude : magnitude;
    }
}
