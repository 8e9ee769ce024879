using System.Runtime.InteropServices;

namespace Evaluation.Engine.DuckDb;

/// <summary>
/// The slice of DuckDB's C API that user-defined aggregates need and DuckDB.NET does not wrap:
/// the aggregate-function builder, logical types, and the data-chunk / vector / validity
/// accessors the callbacks read their input with. Bound from the native library DuckDB.NET.Data.Full
/// ships. Handles are plain pointers here; <see cref="NativeAggregateRegistration"/> and
/// <see cref="AggregateInput"/> are the only users, and no file outside this folder sees a pointer.
/// </summary>
/// <remarks>
/// Facts about DuckDB 1.5 this layer relies on (see duckdb.h and <c>aggregate_function-c.cpp</c>):
/// the update callback gets flattened input vectors (never constant or dictionary vectors) and
/// every row of the chunk, NULL rows included; a state is <c>state_size</c> bytes DuckDB allocates
/// and lays out at that stride; after <c>combine</c> DuckDB destroys the source states. Aggregates
/// registered through the C API must not run as a whole-partition window (<c>agg(x) OVER ()</c>)
/// or with an ORDER BY inside the call (duckdb/duckdb#26109): the planner never emits either.
/// </remarks>
internal static unsafe partial class NativeAggregateApi
{
    private const string Library = "duckdb";

    // Aggregate functions.
    [LibraryImport(Library, EntryPoint = "duckdb_create_aggregate_function")]
    public static partial IntPtr CreateAggregateFunction();

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_aggregate_function")]
    public static partial void DestroyAggregateFunction(IntPtr* function);

    [LibraryImport(Library, EntryPoint = "duckdb_aggregate_function_set_name", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void SetName(IntPtr function, string name);

    [LibraryImport(Library, EntryPoint = "duckdb_aggregate_function_add_parameter")]
    public static partial void AddParameter(IntPtr function, IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_aggregate_function_set_return_type")]
    public static partial void SetReturnType(IntPtr function, IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_aggregate_function_set_functions")]
    public static partial void SetFunctions(IntPtr function,
        delegate* unmanaged<IntPtr, ulong> stateSize,
        delegate* unmanaged<IntPtr, IntPtr, void> init,
        delegate* unmanaged<IntPtr, IntPtr, IntPtr*, void> update,
        delegate* unmanaged<IntPtr, IntPtr*, IntPtr*, ulong, void> combine,
        delegate* unmanaged<IntPtr, IntPtr*, IntPtr, ulong, ulong, void> finalize);

    [LibraryImport(Library, EntryPoint = "duckdb_aggregate_function_set_destructor")]
    public static partial void SetDestructor(IntPtr function, delegate* unmanaged<IntPtr*, ulong, void> destroy);

    [LibraryImport(Library, EntryPoint = "duckdb_aggregate_function_set_extra_info")]
    public static partial void SetExtraInfo(IntPtr function, IntPtr extraInfo, delegate* unmanaged<IntPtr, void> destroy);

    [LibraryImport(Library, EntryPoint = "duckdb_aggregate_function_get_extra_info")]
    public static partial IntPtr GetExtraInfo(IntPtr functionInfo);

    [LibraryImport(Library, EntryPoint = "duckdb_aggregate_function_set_error", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void SetError(IntPtr functionInfo, string error);

    [LibraryImport(Library, EntryPoint = "duckdb_register_aggregate_function")]
    public static partial int RegisterAggregateFunction(IntPtr connection, IntPtr function);

    // Logical types.
    [LibraryImport(Library, EntryPoint = "duckdb_create_logical_type")]
    public static partial IntPtr CreateLogicalType(int type);

    [LibraryImport(Library, EntryPoint = "duckdb_create_list_type")]
    public static partial IntPtr CreateListType(IntPtr childType);

    [LibraryImport(Library, EntryPoint = "duckdb_create_struct_type")]
    public static partial IntPtr CreateStructType(IntPtr* memberTypes, byte** memberNames, ulong memberCount);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    public static partial void DestroyLogicalType(IntPtr* logicalType);

    // Data chunks, vectors and validity masks.
    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_size")]
    [SuppressGCTransition] // a field read: short, never blocks, never calls back
    public static partial ulong DataChunkGetSize(IntPtr chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    [SuppressGCTransition] // a field read: short, never blocks, never calls back
    public static partial IntPtr DataChunkGetVector(IntPtr chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    [SuppressGCTransition] // a field read: short, never blocks, never calls back
    public static partial void* VectorGetData(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_column_type")]
    public static partial IntPtr VectorGetColumnType(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_get_type_id")]
    public static partial int GetTypeId(IntPtr logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    [SuppressGCTransition] // a field read: short, never blocks, never calls back
    public static partial ulong* VectorGetValidity(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_ensure_validity_writable")]
    public static partial void VectorEnsureValidityWritable(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_validity_set_row_invalid")]
    public static partial void ValiditySetRowInvalid(ulong* validity, ulong row);

    [LibraryImport(Library, EntryPoint = "duckdb_list_vector_get_child")]
    [SuppressGCTransition] // a field read: short, never blocks, never calls back
    public static partial IntPtr ListVectorGetChild(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_list_vector_get_size")]
    [SuppressGCTransition] // a field read: short, never blocks, never calls back
    public static partial ulong ListVectorGetSize(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_struct_vector_get_child")]
    [SuppressGCTransition] // a field read: short, never blocks, never calls back
    public static partial IntPtr StructVectorGetChild(IntPtr vector, ulong index);

    /// <summary>DuckDB's <c>duckdb_type</c> values this layer creates or reads (duckdb.h).</summary>
    public static class TypeIds
    {
        public const int Boolean = 1;
        public const int TinyInt = 2;
        public const int SmallInt = 3;
        public const int Integer = 4;
        public const int BigInt = 5;
        public const int UTinyInt = 6;
        public const int USmallInt = 7;
        public const int UInteger = 8;
        public const int UBigInt = 9;
        public const int Double = 11;
        public const int Any = 34;
    }
}
