using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Evaluation.Engine.Aggregates;

namespace Evaluation.Engine.DuckDb;

/// <summary>
/// The rows DuckDB hands an aggregate's update callback: each argument column as a span over the
/// vector's own memory plus its validity mask, nothing copied or boxed. Built only by
/// <see cref="NativeAggregateRegistration"/>; aggregates read it through spans.
/// </summary>
internal readonly unsafe ref struct AggregateInput
{
    /// <summary>Arguments whose vectors are looked up once per chunk (an update per group would otherwise ask again).</summary>
    public const int ResolvedColumns = 3;

    private readonly IntPtr _chunk;
    private readonly Columns _vectors, _data, _validity, _widths;

    /// <summary>The chunk, with the vectors of its first arguments (at most <see cref="ResolvedColumns"/>) looked up now.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public AggregateInput(IntPtr chunk, IReadOnlyList<AggregateArgument> arguments)
    {
        _chunk = chunk;
        Rows = checked((int)NativeAggregateApi.DataChunkGetSize(chunk));
        for (var column = 0; column < Math.Min(arguments.Count, ResolvedColumns); column++)
        {
            var vector = NativeAggregateApi.DataChunkGetVector(chunk, (ulong)column);
            _vectors[column] = vector;
            _data[column] = (IntPtr)NativeAggregateApi.VectorGetData(vector);
            _validity[column] = (IntPtr)NativeAggregateApi.VectorGetValidity(vector);
            if (arguments[column] == AggregateArgument.Class) _widths[column] = ClassWidth(vector);
        }
    }

    /// <summary>The rows in the chunk.</summary>
    public int Rows { get; }

    /// <summary>A DOUBLE argument.</summary>
    public FlatColumn<double> Doubles(int column) => Resolved(column) ? Flat<double>(column) : Flat<double>(Vector(column), Rows);

    /// <summary>A BIGINT argument.</summary>
    public FlatColumn<long> Longs(int column) => Resolved(column) ? Flat<long>(column) : Flat<long>(Vector(column), Rows);

    /// <summary>
    /// A <see cref="AggregateArgument.Class"/> argument: its values as stored, one of 1, 2, 4 or 8
    /// bytes wide (<see cref="ClassColumn.Width"/>); nonzero is the positive class.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ClassColumn Classes(int column)
    {
        // A resolved argument's pointers and width were read with the chunk (an update per group would ask DuckDB again).
        var resolved = Resolved(column);
        var vector = resolved ? IntPtr.Zero : Vector(column);
        var data = resolved ? (void*)_data[column] : NativeAggregateApi.VectorGetData(vector);
        var validity = resolved ? (ulong*)_validity[column] : NativeAggregateApi.VectorGetValidity(vector);
        var width = resolved ? (int)_widths[column] : ClassWidth(vector);
        return new ClassColumn(new ReadOnlySpan<byte>(data, Rows * width), width,
            validity == null ? default : new ReadOnlySpan<ulong>(validity, (Rows + 63) / 64));
    }

    /// <summary>The bytes a class value takes in <paramref name="vector"/>; an error for a type that is not BOOLEAN or an integer of up to 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ClassWidth(IntPtr vector)
    {
        var type = NativeAggregateApi.VectorGetColumnType(vector);
        try
        {
            return NativeAggregateApi.GetTypeId(type) switch
            {
                NativeAggregateApi.TypeIds.Boolean or NativeAggregateApi.TypeIds.TinyInt or NativeAggregateApi.TypeIds.UTinyInt => 1,
                NativeAggregateApi.TypeIds.SmallInt or NativeAggregateApi.TypeIds.USmallInt => 2,
                NativeAggregateApi.TypeIds.Integer or NativeAggregateApi.TypeIds.UInteger => 4,
                NativeAggregateApi.TypeIds.BigInt or NativeAggregateApi.TypeIds.UBigInt => 8,
                var id => throw new InvalidOperationException(
                    $"the class argument must be BOOLEAN or an integer of up to 64 bits (DuckDB type id {id})"),
            };
        }
        finally
        {
            NativeAggregateApi.DestroyLogicalType(&type);
        }
    }

    private bool Resolved(int column) => column < ResolvedColumns && _vectors[column] != IntPtr.Zero;

    private FlatColumn<T> Flat<T>(int column) where T : unmanaged
    {
        var validity = (ulong*)_validity[column];
        return new FlatColumn<T>(new ReadOnlySpan<T>((void*)_data[column], Rows),
            validity == null ? default : new ReadOnlySpan<ulong>(validity, (Rows + 63) / 64));
    }

    /// <summary>Three pointers, one per resolved argument.</summary>
    [System.Runtime.CompilerServices.InlineArray(ResolvedColumns)]
    private struct Columns
    {
        private IntPtr _first;
    }

    /// <summary>A LIST(STRUCT(...)) argument: each row's slice of the child struct vector.</summary>
    public StructListColumn StructLists(int column)
    {
        var vector = Vector(column);
        var child = NativeAggregateApi.ListVectorGetChild(vector);
        var size = checked((int)NativeAggregateApi.ListVectorGetSize(vector));
        return new StructListColumn(Flat<ListEntry>(vector, Rows), child, size);
    }

    private IntPtr Vector(int column) => Resolved(column) ? _vectors[column] : NativeAggregateApi.DataChunkGetVector(_chunk, (ulong)column);

    internal static FlatColumn<T> Flat<T>(IntPtr vector, int rows) where T : unmanaged
    {
        var data = new ReadOnlySpan<T>(NativeAggregateApi.VectorGetData(vector), rows);
        var validity = NativeAggregateApi.VectorGetValidity(vector);
        return new FlatColumn<T>(data, validity == null ? default : new ReadOnlySpan<ulong>(validity, (rows + 63) / 64));
    }
}

/// <summary>A class argument's values as stored (<see cref="Width"/> bytes each) and its validity bits.</summary>
internal readonly unsafe ref struct ClassColumn
{
    private readonly ReadOnlySpan<byte> _bytes;

    public ClassColumn(ReadOnlySpan<byte> bytes, int width, ReadOnlySpan<ulong> validity)
    {
        _bytes = bytes;
        Width = width;
        Validity = validity;
    }

    /// <summary>1, 2, 4 or 8.</summary>
    public int Width { get; }

    /// <summary>Bit r of word r/64 set when row r is not NULL; empty when none is NULL.</summary>
    public ReadOnlySpan<ulong> Validity { get; }

    /// <summary>The values as unsigned integers of the column's width (<typeparamref name="T"/> must be that wide).</summary>
    public FlatColumn<T> As<T>() where T : unmanaged
    {
        if (sizeof(T) != Width) throw new InvalidOperationException($"a class column of {Width} bytes read as {sizeof(T)}");
        return new FlatColumn<T>(MemoryMarshal.Cast<byte, T>(_bytes), Validity);
    }
}

/// <summary>A flat vector's values and its validity bits (empty when every row is valid).</summary>
internal readonly ref struct FlatColumn<T> where T : unmanaged
{
    public FlatColumn(ReadOnlySpan<T> values, ReadOnlySpan<ulong> validity)
    {
        Values = values;
        Validity = validity;
    }

    /// <summary>One value per row; a NULL row's slot holds garbage.</summary>
    public ReadOnlySpan<T> Values { get; }

    /// <summary>Bit r of word r/64 set when row r is not NULL; empty when none is NULL.</summary>
    public ReadOnlySpan<ulong> Validity { get; }

    /// <summary>True when row <paramref name="row"/> is not NULL.</summary>
    public bool IsValid(int row) => Validity.IsEmpty || ((Validity[row >> 6] >> (row & 63)) & 1) != 0;
}

/// <summary>DuckDB's <c>duckdb_list_entry</c>: where a row's elements sit in the list's child vector.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct ListEntry(ulong Offset, ulong Length);

/// <summary>A LIST(STRUCT(...)) vector: rows' entries, and the struct fields of every element.</summary>
internal readonly unsafe ref struct StructListColumn
{
    private readonly IntPtr _child;
    private readonly int _elements;

    public StructListColumn(FlatColumn<ListEntry> entries, IntPtr child, int elements)
    {
        Entries = entries;
        _child = child;
        _elements = elements;
    }

    /// <summary>Per row: the offset and length of its elements; invalid where the list is NULL.</summary>
    public FlatColumn<ListEntry> Entries { get; }

    /// <summary>Bit e of word e/64 set when element e is not NULL; empty when none is NULL.</summary>
    public ReadOnlySpan<ulong> ElementValidity
    {
        get
        {
            var validity = NativeAggregateApi.VectorGetValidity(_child);
            return validity == null ? default : new ReadOnlySpan<ulong>(validity, (_elements + 63) / 64);
        }
    }

    /// <summary>A DOUBLE field of every element, by the field's position in the struct.</summary>
    public FlatColumn<double> DoubleField(int field) => AggregateInput.Flat<double>(Field(field), _elements);

    /// <summary>A BIGINT field of every element, by the field's position in the struct.</summary>
    public FlatColumn<long> LongField(int field) => AggregateInput.Flat<long>(Field(field), _elements);

    private IntPtr Field(int field) => NativeAggregateApi.StructVectorGetChild(_child, (ulong)field);
}
