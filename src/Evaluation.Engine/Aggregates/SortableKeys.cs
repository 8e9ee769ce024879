using System.Runtime.CompilerServices;

namespace Evaluation.Engine.Aggregates;

/// <summary>
/// A double's bit pattern turned into an unsigned integer with the same order: flip every bit of
/// a negative number, only the sign bit of a positive one. −0 is made +0 first, so the two compare
/// equal as they do as numbers (scikit-learn ties them); ±∞ sort at the ends. NaN has no place:
/// callers leave NaN rows out before they get here.
/// </summary>
internal static class SortableKeys
{
    private const ulong SignBit = 1UL << 63;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the hot loops are compiled optimized at once, without the profile that would inline it
    public static ulong Of(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value == 0 ? 0.0 : value);
        return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
    }

    public static double ToDouble(ulong key) =>
        BitConverter.UInt64BitsToDouble((key & SignBit) != 0 ? key & ~SignBit : ~key);
}
