using System.Runtime.InteropServices;

namespace Evaluation.Engine.DuckDb;

/// <summary>
/// The rows DuckDB hands an aggregate's update callback: each argument column as a span over the
/// vector's own memory plus its validity mask, nothing copied or boxed. Built only by
/// <see cref="NativeAggregateRegistration"/>; aggregates read it through spans.
/// </summary>
internal readonly unsafe ref struct AggregateInput
{
    private readonly IntPtr _chunk;

    public AggregateInput(IntPtr chunk)
    {
        _chunk = chunk;
        Rows = checked((int)NativeAggregateApi.DataChunkGetSize(chunk));
    }

    /// <summary>The rows in the chunk.</summary>
    public int Rows { get; }

    /// <summary>A DOUBLE argument.</summary>
    public FlatColumn<double> Doubles(int column) => Flat<double>(Vector(column), Rows);

    /// <summary>A BIGINT argument.</summary>
    public FlatColumn<long> Longs(int column) => Flat<long>(Vector(column), Rows);

    /// <summary>A BOOLEAN argument, one byte per row (0 or 1).</summary>
    public FlatColumn<byte> Booleans(int column) => Flat<byte>(Vector(column), Rows);

    /// <summary>A LIST(STRUCT(...)) argument: each row's slice of the child struct vector.</summary>
    public StructListColumn StructLists(int column)
    {
        var vector = Vector(column);
        var child = NativeAggregateApi.ListVectorGetChild(vector);
        var size = checked((int)NativeAggregateApi.ListVectorGetSize(vector));
        return new StructListColumn(Flat<ListEntry>(vector, Rows), child, size);
    }

    private IntPtr Vector(int column) => NativeAggregateApi.DataChunkGetVector(_chunk, (ulong)column);

    internal static FlatColumn<T> Flat<T>(IntPtr vector, int rows) where T : unmanaged
    {
        var data = new ReadOnlySpan<T>(NativeAggregateApi.VectorGetData(vector), rows);
        var validity = NativeAggregateApi.VectorGetValidity(vector);
        return new FlatColumn<T>(data, validity == null ? default : new ReadOnlySpan<ulong>(validity, (rows + 63) / 64));
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
