using System.Numerics;
using System.Runtime.CompilerServices;

namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>
/// A sum of doubles held exactly, so its value does not depend on the order the terms arrive in
/// or on how DuckDB's threads split them: the same bits for any thread count.
/// <para>
/// Every finite double is m·2^(p − 1075) with an integer mantissa m &lt; 2^53 and 1 ≤ p ≤ 2046
/// (subnormals: p = 1 without the implicit bit), so every sum of doubles is an integer N times
/// 2^−1075. N is kept in signed 32-bit digits held in 64-bit words (a "small superaccumulator",
/// after R. M. Neal, 2015): adding a term adds its shifted mantissa to three consecutive digits,
/// and the headroom of the words lets 2^30 terms pass before carries must be propagated. Only the
/// window of digits the terms have touched is held (a few words for data of one magnitude), so a
/// state per group stays small.
/// </para>
/// NaN and infinities are counted beside the digits and give the IEEE result (NaN, ±∞, or NaN for
/// +∞ and −∞ together), as a floating-point sum would.
/// </summary>
internal sealed class ExactSum
{
    private const int CarryEvery = 1 << 30;
    private const int Bias = 1075;

    private long[] _digits = Array.Empty<long>();
    private int _low; // the digit index of _digits[0]
    private int _pending;
    private bool _nan, _positiveInfinity, _negativeInfinity;

    /// <summary>Adds <paramref name="value"/> exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var p = (int)((bits >> 52) & 0x7FF);
        var m = (ulong)bits & 0xF_FFFF_FFFF_FFFFUL;
        if (p == 0x7FF)
        {
            AddSpecial(bits, m);
            return;
        }
        if (p == 0)
        {
            if (m == 0) return; // ±0 adds nothing
            p = 1;
        }
        else
        {
            m |= 1UL << 52;
        }

        AddShifted(m, p, bits >> 63);
    }

    /// <summary>
    /// Adds ±<paramref name="magnitude"/>·2^(<paramref name="p"/> − 1075) (<paramref name="sign"/> 0 or −1):
    /// a term's mantissa, or a sum of up to 1023 mantissas of one exponent (<see cref="ExactSumBatch"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void AddShifted(ulong magnitude, int p, long sign)
    {
        var index = p >> 5;
        var j = index - _low;
        if ((ulong)(uint)j + 3 > (ulong)_digits.Length) j = Widen(index);
        var shifted = (UInt128)magnitude << (p & 31);
        var digits = _digits;
        digits[j] += ((long)(uint)shifted ^ sign) - sign;
        digits[j + 1] += ((long)(uint)(shifted >> 32) ^ sign) - sign;
        digits[j + 2] += ((long)(ulong)(shifted >> 64) ^ sign) - sign;
        if (++_pending == CarryEvery) Carry();
    }

    /// <summary>Adds the exact product a·b (the rounded product and its rounding error, by a fused multiply-add).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddProduct(double a, double b)
    {
        var product = a * b;
        Add(product);
        // Exact unless the product under- or overflows; an infinite product has no finite error.
        if (double.IsFinite(product)) Add(Math.FusedMultiplyAdd(a, b, -product));
    }

    /// <summary>Adds everything <paramref name="other"/> holds.</summary>
    public void Absorb(ExactSum other)
    {
        _nan |= other._nan;
        _positiveInfinity |= other._positiveInfinity;
        _negativeInfinity |= other._negativeInfinity;
        if (other._digits.Length == 0) return;
        other.Carry();
        Carry();
        Widen(other._low);
        Widen(other._low + other._digits.Length - 4);
        var j = other._low - _low;
        for (var k = 0; k < other._digits.Length; k++) _digits[j + k] += other._digits[k];
        _pending = 2; // digits below 2^33 now: as after two terms
    }

    /// <summary>True when a NaN, an infinity or both infinities were added: the sum is <see cref="Special"/>.</summary>
    public bool IsSpecial => _nan || _positiveInfinity || _negativeInfinity;

    /// <summary>The IEEE sum of the special terms: NaN, +∞ or −∞ (only meaningful when <see cref="IsSpecial"/>).</summary>
    public double Special => _nan || (_positiveInfinity && _negativeInfinity) ? double.NaN
        : _positiveInfinity ? double.PositiveInfinity : double.NegativeInfinity;

    /// <summary>The finite terms' sum as the integer N of N·2^<see cref="Exponent"/>.</summary>
    public BigInteger Integer
    {
        get
        {
            Carry();
            var value = BigInteger.Zero;
            for (var k = _digits.Length - 1; k >= 0; k--)
                if (!value.IsZero || _digits[k] != 0) value = (value << 32) + _digits[k];
            // Digits below the window's lowest are zero: shift the lowest digit into place.
            return value << (32 * _low);
        }
    }

    /// <summary>The power of two <see cref="Integer"/> is scaled by.</summary>
    public const int Exponent = -Bias;

    /// <summary>The sum rounded once, to nearest, ties to even; NaN or ±∞ when such terms were added.</summary>
    public double Value => IsSpecial ? Special : ExactRatio.ToDouble(Integer, BigInteger.One, Exponent);

    internal void AddSpecial(long bits, ulong mantissa)
    {
        if (mantissa != 0) _nan = true;
        else if (bits < 0) _negativeInfinity = true;
        else _positiveInfinity = true;
    }

    /// <summary>
    /// Makes the window cover the three digits from <paramref name="index"/> and one spare digit
    /// above them (which keeps the top word far from overflow), and returns index's position in it.
    /// </summary>
    private int Widen(int index)
    {
        if (_digits.Length == 0)
        {
            _low = index;
            _digits = new long[4];
            return 0;
        }
        var low = Math.Min(_low, index);
        var high = Math.Max(_low + _digits.Length, index + 4);
        if (low != _low || high != _low + _digits.Length)
        {
            var widened = new long[high - low];
            Array.Copy(_digits, 0, widened, _low - low, _digits.Length);
            _digits = widened;
            _low = low;
        }
        return index - _low;
    }

    /// <summary>Propagates carries so every digit but the top one lies in [0, 2^32).</summary>
    private void Carry()
    {
        var digits = _digits;
        for (var k = 0; k < digits.Length - 1; k++)
        {
            var carry = digits[k] >> 32;
            digits[k] -= carry << 32;
            digits[k + 1] += carry;
        }
        _pending = 0;
    }
}
