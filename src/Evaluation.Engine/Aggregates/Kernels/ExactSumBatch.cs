using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Evaluation.Engine.Aggregates.Kernels;

/// <summary>
/// Adds many terms to an <see cref="ExactSum"/> at a few nanoseconds each: a term's signed mantissa
/// goes into a bin per binary exponent (one add, no shifts into digits), and before any bin's 64
/// bits could overflow (1023 mantissas of 53 bits) the touched bins are folded into the sum's
/// digits. Terms take four banks of bins in turn, so consecutive terms of one magnitude do not wait
/// on each other's add to the same bin. The bins are scratch memory per thread
/// (<see cref="ForThread"/>), so a state per group stays small.
/// Use: <c>batch.Start(sum)</c>, <see cref="Add"/> or <see cref="AddRows"/>…, <see cref="Flush"/>.
/// </summary>
internal sealed class ExactSumBatch
{
    private const int Banks = 4;
    private const int PerBank = 1023;
    private const int Capacity = Banks * PerBank;

    [ThreadStatic] private static ExactSumBatch[]? _perThread;

    private readonly long[] _bins = new long[Banks * 2048];
    private ulong _touched; // bit k: some bin for exponents [32k, 32k + 32) holds a value
    private int _count;
    private ExactSum? _target;

    /// <summary>This thread's scratch batch number <paramref name="slot"/> (0–4: one per sum an aggregate keeps).</summary>
    public static ExactSumBatch ForThread(int slot)
    {
        var batches = _perThread ??= new[] { new ExactSumBatch(), new ExactSumBatch(), new ExactSumBatch(), new ExactSumBatch(), new ExactSumBatch() };
        return batches[slot];
    }

    /// <summary>Starts adding into <paramref name="target"/>; the batch must be empty (flushed).</summary>
    public ExactSumBatch Start(ExactSum target)
    {
        _target = target;
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double value)
    {
        _touched |= Put(ref MemoryMarshal.GetArrayDataReference(_bins), value, _count);
        if (++_count == Capacity) Flush();
    }

    /// <summary>Adds the exact product a·b (rounded product plus its rounding error).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddProduct(double a, double b)
    {
        var product = a * b;
        Add(product);
        if (double.IsFinite(product)) Add(Math.FusedMultiplyAdd(a, b, -product));
    }

    /// <summary>
    /// Adds <c>values[row]</c> — or its exact square — for each of <paramref name="rows"/> (ascending)
    /// that <paramref name="validity"/> marks valid (an empty validity: every row); returns how many
    /// rows were valid. What an aggregate's update calls with a chunk's column.
    /// </summary>
    public int AddRows(ReadOnlySpan<double> values, ReadOnlySpan<int> rows, ReadOnlySpan<ulong> validity, bool square)
    {
        if (rows.IsEmpty) return 0;
        if (rows[^1] - rows[0] != rows.Length - 1) return AddScattered(values, rows, validity, square);
        var first = rows[0];
        var end = first + rows.Length;
        if (validity.IsEmpty)
        {
            AddRun(values[first..end], square);
            return rows.Length;
        }
        // A run of rows: 64 at a time by their validity word, whole words of valid rows in one loop.
        var valid = 0;
        for (var start = first; start < end;)
        {
            var stop = Math.Min(end, (start & ~63) + 64);
            var length = stop - start;
            var word = validity[start >> 6] >> (start & 63);
            var all = length == 64 ? ulong.MaxValue : (1UL << length) - 1;
            if ((word & all) == all)
            {
                AddRun(values[start..stop], square);
                valid += length;
            }
            else
            {
                valid += AddScattered(values, rows.Slice(start - first, length), validity, square);
            }
            start = stop;
        }
        return valid;
    }

    /// <summary>
    /// A group's rows scattered through the chunk: their valid values gathered into a small buffer, a
    /// run at a time, for <see cref="AddRun"/> (the one loop that adds terms).
    /// </summary>
    [SkipLocalsInit] // the buffer is written before it is read
    private int AddScattered(ReadOnlySpan<double> values, ReadOnlySpan<int> rows, ReadOnlySpan<ulong> validity, bool square)
    {
        Span<double> buffer = stackalloc double[256];
        var added = 0;
        var gathered = 0;
        foreach (var row in rows)
        {
            if (!validity.IsEmpty && ((validity[row >> 6] >> (row & 63)) & 1) == 0) continue;
            buffer[gathered++] = values[row];
            if (gathered < buffer.Length) continue;
            AddRun(buffer, square);
            added += gathered;
            gathered = 0;
        }
        AddRun(buffer[..gathered], square);
        return added + gathered;
    }

    /// <summary>Adds each value (or its exact square) of a run, the loop's state in locals.</summary>
    private void AddRun(ReadOnlySpan<double> run, bool square)
    {
        ref var bins = ref MemoryMarshal.GetArrayDataReference(_bins);
        var touched = _touched;
        var count = _count;
        foreach (var value in run)
        {
            if (count >= Capacity - 2)
            {
                _touched = touched;
                Flush();
                touched = 0;
                count = 0;
            }
            if (!square)
            {
                touched |= Put(ref bins, value, count++);
                continue;
            }
            var product = value * value;
            touched |= Put(ref bins, product, count++);
            if (double.IsFinite(product)) touched |= Put(ref bins, Math.FusedMultiplyAdd(value, value, -product), count++);
        }
        _touched = touched;
        _count = count;
    }

    /// <summary>
    /// One term into its exponent's bin of bank <paramref name="turn"/> mod 4, returning the bit of
    /// its block of exponents (for <see cref="_touched"/>; returned rather than written through a
    /// reference, which would chain every term to the last); NaN and infinities go straight to the target.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Put(ref long bins, double value, int turn)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var e = (int)((bits >> 52) & 0x7FF);
        if (e == 0x7FF)
        {
            _target!.AddSpecial(bits, (ulong)bits & 0xF_FFFF_FFFF_FFFFUL);
            return 0;
        }
        // The implicit bit for normal numbers (e ≥ 1); subnormals (e = 0) have none. ±0 adds 0.
        var mantissa = (long)(((ulong)bits & 0xF_FFFF_FFFF_FFFFUL) | ((ulong)((e + 2047) >> 11) << 52));
        var sign = bits >> 63;
        Unsafe.Add(ref bins, (e << 2) | (turn & (Banks - 1))) += (mantissa ^ sign) - sign;
        return 1UL << (e >> 5);
    }

    /// <summary>Folds the bins into the target sum and empties them.</summary>
    public void Flush()
    {
        var target = _target!;
        while (_touched != 0)
        {
            var block = BitOperations.TrailingZeroCount(_touched);
            _touched &= _touched - 1;
            // The four banks of one exponent are adjacent: one vector load tells an empty exponent.
            for (var e = block << 5; e < (block << 5) + 32; e++)
            {
                ref var first = ref _bins[e << 2];
                var banks = Vector256.LoadUnsafe(ref first);
                if (banks == Vector256<long>.Zero) continue;
                Vector256<long>.Zero.StoreUnsafe(ref first);
                // Each bank holds at most PerBank mantissas, which fit 64 bits; four together may not, so each is folded.
                for (var bank = 0; bank < Banks; bank++)
                {
                    var value = banks.GetElement(bank);
                    if (value == 0) continue;
                    var sign = value >> 63;
                    // Subnormals (bin 0) weigh as exponent 1 without the implicit bit.
                    target.AddShifted((ulong)((value ^ sign) - sign), Math.Max(e, 1), sign);
                }
            }
        }
        _count = 0;
    }
}
