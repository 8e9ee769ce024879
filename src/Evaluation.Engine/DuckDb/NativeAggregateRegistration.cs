using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using Evaluation.Engine.Aggregates;

namespace Evaluation.Engine.DuckDb;

/// <summary>
/// Registers <see cref="NativeAggregate"/>s on a DuckDB connection through the aggregate C API,
/// and holds the <c>[UnmanagedCallersOnly]</c> callbacks DuckDB calls on its own threads.
/// <list type="bullet">
/// <item>A state is one pointer-sized slot holding a <see cref="GCHandle"/> to the managed state,
/// zero until the state's first row arrives (DuckDB creates many states it never feeds).</item>
/// <item>Update hands the aggregate, once per state in the chunk, the row numbers of that state: the
/// whole chunk ungrouped; grouped, each group's rows gathered into one selection.</item>
/// <item>Combine moves a source state's handle into an empty target (no copy) or lets the
/// aggregate merge the two; the destructor frees whatever handle a state still holds.</item>
/// <item>Every callback catches every exception: the message goes to DuckDB
/// (<c>duckdb_aggregate_function_set_error</c>), which fails the query with it; the exception
/// itself waits in <see cref="TakeError"/> so the engine can attach it. Nothing unwinds into native code.</item>
/// <item>The code DuckDB calls for every chunk (here, <see cref="AggregateInput"/>, the AUC/AP
/// update and its kernels) is <c>[MethodImpl(AggressiveOptimization)]</c>: compiled optimized on
/// first use instead of running tier-0 code through the first few queries of a process — and every
/// CLI query is a process's first (measured ≈30 ms a query on a 10M-row AUC, BENCHMARKS.md).</item>
/// </list>
/// </summary>
internal static unsafe class NativeAggregateRegistration
{
    /// <summary>What a registered function's extra info points to.</summary>
    private sealed class Registered(NativeAggregate aggregate, ConcurrentQueue<Exception> errors)
    {
        public NativeAggregate Aggregate { get; } = aggregate;
        public ConcurrentQueue<Exception> Errors { get; } = errors;
    }

    /// <summary>
    /// Registers the aggregates on <paramref name="connection"/>; exceptions their callbacks throw
    /// are queued on <paramref name="errors"/>.
    /// </summary>
    public static void Register(DuckDBConnection connection, IEnumerable<NativeAggregate> aggregates, ConcurrentQueue<Exception> errors)
    {
        var handle = connection.NativeConnection.DangerousGetHandle();
        foreach (var aggregate in aggregates)
        {
            var function = NativeAggregateApi.CreateAggregateFunction();
            try
            {
                NativeAggregateApi.SetName(function, aggregate.Name);
                foreach (var argument in aggregate.Arguments)
                {
                    var type = LogicalType(argument);
                    NativeAggregateApi.AddParameter(function, type);
                    NativeAggregateApi.DestroyLogicalType(&type);
                }
                var result = NativeAggregateApi.CreateLogicalType(NativeAggregateApi.TypeIds.Double);
                NativeAggregateApi.SetReturnType(function, result);
                NativeAggregateApi.DestroyLogicalType(&result);
                NativeAggregateApi.SetFunctions(function, &StateSize, &Init, &Update, &Combine, &Finalize);
                NativeAggregateApi.SetDestructor(function, &Destroy);
                var info = GCHandle.Alloc(new Registered(aggregate, errors));
                NativeAggregateApi.SetExtraInfo(function, GCHandle.ToIntPtr(info), &FreeExtraInfo);
                if (NativeAggregateApi.RegisterAggregateFunction(handle, function) != 0)
                    throw new InvalidOperationException($"DuckDB refused to register the aggregate `{aggregate.Name}`.");
            }
            finally
            {
                NativeAggregateApi.DestroyAggregateFunction(&function);
            }
        }
    }

    /// <summary>The oldest exception a callback reported, or null.</summary>
    public static Exception? TakeError(ConcurrentQueue<Exception> errors) => errors.TryDequeue(out var error) ? error : null;

    private static IntPtr LogicalType(AggregateArgument argument) => argument switch
    {
        AggregateArgument.Double => NativeAggregateApi.CreateLogicalType(NativeAggregateApi.TypeIds.Double),
        AggregateArgument.BigInt => NativeAggregateApi.CreateLogicalType(NativeAggregateApi.TypeIds.BigInt),
        AggregateArgument.Class => NativeAggregateApi.CreateLogicalType(NativeAggregateApi.TypeIds.Any),
        AggregateArgument.DetectedBoxes => BoxList(withConfidence: true),
        AggregateArgument.TruthBoxes => BoxList(withConfidence: false),
        _ => throw new ArgumentOutOfRangeException(nameof(argument)),
    };

    /// <summary>The field order of a box struct: <see cref="BoxFields"/>.</summary>
    private static IntPtr BoxList(bool withConfidence)
    {
        var names = BoxFields.Names(withConfidence);
        var types = stackalloc IntPtr[names.Count];
        var utf8 = names.Select(n => Marshal.StringToCoTaskMemUTF8(n)).ToArray();
        var pointers = stackalloc byte*[names.Count];
        try
        {
            for (var i = 0; i < names.Count; i++)
            {
                types[i] = NativeAggregateApi.CreateLogicalType(i == 0 ? NativeAggregateApi.TypeIds.BigInt : NativeAggregateApi.TypeIds.Double);
                pointers[i] = (byte*)utf8[i];
            }
            var box = NativeAggregateApi.CreateStructType(types, pointers, (ulong)names.Count);
            var list = NativeAggregateApi.CreateListType(box);
            NativeAggregateApi.DestroyLogicalType(&box);
            return list;
        }
        finally
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (types[i] != IntPtr.Zero) NativeAggregateApi.DestroyLogicalType(&types[i]);
                Marshal.FreeCoTaskMem(utf8[i]);
            }
        }
    }

    private static Registered Of(IntPtr functionInfo) =>
        (Registered)GCHandle.FromIntPtr(NativeAggregateApi.GetExtraInfo(functionInfo)).Target!;

    private static void Fail(IntPtr functionInfo, Exception error)
    {
        try
        {
            var registered = Of(functionInfo);
            var message = $"{registered.Aggregate.DisplayName}: {error.Message}";
            registered.Errors.Enqueue(new AggregateFailure(message, error));
            NativeAggregateApi.SetError(functionInfo, message);
        }
        catch
        {
            NativeAggregateApi.SetError(functionInfo, "a C# aggregate failed: " + error.Message);
        }
    }

    [UnmanagedCallersOnly]
    private static ulong StateSize(IntPtr functionInfo) => (ulong)IntPtr.Size;

    [UnmanagedCallersOnly]
    private static void Init(IntPtr functionInfo, IntPtr state) => *(IntPtr*)state = IntPtr.Zero;

    /// <summary>0, 1, …: the selection of a whole chunk.</summary>
    private static readonly int[] AllRows = Enumerable.Range(0, 1 << 16).ToArray();

    /// <summary>Per DuckDB thread: a chunk's rows gathered by state.</summary>
    [ThreadStatic] private static StateSelections? _selections;

    [UnmanagedCallersOnly]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Update(IntPtr functionInfo, IntPtr chunk, IntPtr* states)
    {
        try
        {
            var aggregate = Of(functionInfo).Aggregate;
            var input = new AggregateInput(chunk, aggregate.Arguments);
            var rows = input.Rows;
            if (rows == 0) return;
            // One state for the whole chunk (ungrouped, or one group): a vectorized check.
            var single = new ReadOnlySpan<IntPtr>(states, rows).IndexOfAnyExcept(states[0]) < 0;
            if (single && rows <= AllRows.Length)
            {
                aggregate.Update(StateOf(states[0], aggregate), input, AllRows.AsSpan(0, rows));
                return;
            }
            // Grouped: rows of one group are rarely adjacent (groups interleave in the input), so
            // each state gets all its rows of the chunk in one update.
            var selections = _selections ??= new StateSelections();
            selections.Gather(states, rows);
            for (var g = 0; g < selections.Count; g++)
                aggregate.Update(StateOf(selections.State(g), aggregate), input, selections.Rows(g));
        }
        catch (Exception e)
        {
            Fail(functionInfo, e);
        }
    }

    /// <summary>The managed state in a state slot, created on the state's first rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static object StateOf(IntPtr state, NativeAggregate aggregate)
    {
        var slot = (IntPtr*)state;
        if (*slot == IntPtr.Zero) *slot = GCHandle.ToIntPtr(GCHandle.Alloc(aggregate.CreateState()));
        return GCHandle.FromIntPtr(*slot).Target!;
    }

    [UnmanagedCallersOnly]
    private static void Combine(IntPtr functionInfo, IntPtr* sources, IntPtr* targets, ulong count)
    {
        try
        {
            var aggregate = Of(functionInfo).Aggregate;
            for (ulong i = 0; i < count; i++)
            {
                var source = (IntPtr*)sources[i];
                var target = (IntPtr*)targets[i];
                if (*source == IntPtr.Zero) continue;
                if (*target == IntPtr.Zero)
                {
                    *target = *source;
                    *source = IntPtr.Zero;
                    continue;
                }
                aggregate.Combine(GCHandle.FromIntPtr(*source).Target!, GCHandle.FromIntPtr(*target).Target!);
            }
        }
        catch (Exception e)
        {
            Fail(functionInfo, e);
        }
    }

    [UnmanagedCallersOnly]
    private static void Finalize(IntPtr functionInfo, IntPtr* states, IntPtr result, ulong count, ulong offset)
    {
        try
        {
            var aggregate = Of(functionInfo).Aggregate;
            var values = (double*)NativeAggregateApi.VectorGetData(result);
            for (ulong i = 0; i < count; i++)
            {
                var slot = (IntPtr*)states[i];
                // A state no row reached: the aggregate of nothing (its own empty state says what that is).
                var state = *slot == IntPtr.Zero ? aggregate.CreateState() : GCHandle.FromIntPtr(*slot).Target!;
                if (aggregate.Finalize(state) is { } value)
                {
                    values[offset + i] = value;
                    continue;
                }
                NativeAggregateApi.VectorEnsureValidityWritable(result);
                NativeAggregateApi.ValiditySetRowInvalid(NativeAggregateApi.VectorGetValidity(result), offset + i);
            }
        }
        catch (Exception e)
        {
            Fail(functionInfo, e);
        }
    }

    [UnmanagedCallersOnly]
    private static void Destroy(IntPtr* states, ulong count)
    {
        for (ulong i = 0; i < count; i++)
        {
            var slot = (IntPtr*)states[i];
            if (*slot == IntPtr.Zero) continue;
            try
            {
                GCHandle.FromIntPtr(*slot).Free();
            }
            catch
            {
                // A destructor must not throw; a handle that cannot be freed is left to the process.
            }
            *slot = IntPtr.Zero;
        }
    }

    [UnmanagedCallersOnly]
    private static void FreeExtraInfo(IntPtr extraInfo)
    {
        try
        {
            GCHandle.FromIntPtr(extraInfo).Free();
        }
        catch
        {
            // As in Destroy: never unwind into DuckDB.
        }
    }
}

/// <summary>What a C# aggregate's callback threw, with the function it was computing in the message.</summary>
internal sealed class AggregateFailure(string message, Exception inner) : Exception(message, inner);
