using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.C;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Evaluation.Engine.DuckDb;

/// <summary>
/// Runs a prepared query in DuckDB's streaming mode and hands its result out as Arrow record
/// batches, one per DuckDB data chunk as it is fetched (DuckDB converts each chunk; nothing is
/// read row by row or collected first). Uses DuckDB.NET's public bindings of the C API.
/// </summary>
internal static unsafe class ArrowResultReader
{
    public static IEnumerable<RecordBatch> Read(DuckDBConnection connection, string sql, IReadOnlyList<object?> parameters, CancellationToken cancellation)
    {
        using var statement = Prepare(connection, sql, parameters);
        var result = Execute(statement, connection, cancellation);
        try
        {
            using var options = NativeMethods.Arrow.DuckDBResultGetArrowOptions(ref result);
            var schema = Schema(ref result, options);
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                var batch = Next(result, options, schema);
                if (batch is null) yield break;
                yield return batch;
            }
        }
        finally
        {
            NativeMethods.Query.DuckDBDestroyResult(ref result);
        }
    }

    private static DuckDBPreparedStatement Prepare(DuckDBConnection connection, string sql, IReadOnlyList<object?> parameters)
    {
        if (NativeMethods.PreparedStatements.DuckDBPrepare(connection.NativeConnection, sql, out var statement) == DuckDBState.Error)
        {
            var message = NativeMethods.PreparedStatements.DuckDBPrepareError(statement);
            statement.Dispose();
            throw new QueryException("DuckDB: " + message);
        }
        for (var i = 0; i < parameters.Count; i++)
        {
            using var value = parameters[i] switch
            {
                null => NativeMethods.Value.DuckDBCreateNullValue(),
                long l => NativeMethods.Value.DuckDBCreateInt64(l),
                int n => NativeMethods.Value.DuckDBCreateInt64(n),
                double d => NativeMethods.Value.DuckDBCreateDouble(d),
                bool b => NativeMethods.Value.DuckDBCreateBool(b),
                string s => NativeMethods.Value.DuckDBCreateVarchar(s),
                var other => throw new InvalidOperationException($"No binding for a {other.GetType().Name} parameter."),
            };
            if (NativeMethods.PreparedStatements.DuckDBBindValue(statement, i + 1, value) == DuckDBState.Error)
                throw new QueryException($"DuckDB could not bind parameter ${i + 1}.");
        }
        return statement;
    }

    private static DuckDBResult Execute(DuckDBPreparedStatement statement, DuckDBConnection connection, CancellationToken cancellation)
    {
        using var interrupt = cancellation.Register(() => NativeMethods.Startup.DuckDBInterrupt(connection.NativeConnection));
        if (NativeMethods.PreparedStatements.DuckDBExecutePreparedStreaming(statement, out var result) == DuckDBState.Error)
        {
            var message = NativeMethods.Query.DuckDBResultError(ref result);
            NativeMethods.Query.DuckDBDestroyResult(ref result);
            cancellation.ThrowIfCancellationRequested();
            throw new QueryException("DuckDB: " + message);
        }
        return result;
    }

    /// <summary>The result's Arrow schema, from its column types and names.</summary>
    private static Schema Schema(ref DuckDBResult result, DuckDBArrowOptions options)
    {
        var count = (long)NativeMethods.Query.DuckDBColumnCount(ref result);
        var types = new DuckDBLogicalType[count];
        var typeHandles = new IntPtr[count];
        var names = new IntPtr[count];
        var arrowSchema = CArrowSchema.Create();
        try
        {
            for (var i = 0; i < count; i++)
            {
                types[i] = NativeMethods.Query.DuckDBColumnLogicalType(ref result, i);
                typeHandles[i] = types[i].DangerousGetHandle();
                names[i] = Marshal.StringToCoTaskMemUTF8(NativeMethods.Query.DuckDBColumnName(ref result, i));
            }
            fixed (IntPtr* typePointer = typeHandles)
            fixed (IntPtr* namePointer = names)
            {
                using var error = NativeMethods.Arrow.DuckDBToArrowSchema(options, (IntPtr)typePointer, (IntPtr)namePointer, (ulong)count, (IntPtr)arrowSchema);
                if (error.HasError) throw new QueryException("DuckDB could not describe the result as Arrow: " + error.Message);
            }
            return CArrowSchemaImporter.ImportSchema(arrowSchema);
        }
        finally
        {
            foreach (var type in types) type?.Dispose();
            foreach (var name in names) Marshal.FreeCoTaskMem(name);
            CArrowSchema.Free(arrowSchema);
        }
    }

    /// <summary>The next chunk as a record batch, or null at the end.</summary>
    private static RecordBatch? Next(DuckDBResult result, DuckDBArrowOptions options, Schema schema)
    {
        using var chunk = NativeMethods.Query.DuckDBFetchChunk(result);
        if (chunk.IsInvalid) return null;
        var array = CArrowArray.Create();
        try
        {
            using var error = NativeMethods.Arrow.DuckDBDataChunkToArrow(options, chunk, (IntPtr)array);
            if (error.HasError) throw new QueryException("DuckDB could not convert a result chunk to Arrow: " + error.Message);
            return CArrowArrayImporter.ImportRecordBatch(array, schema);
        }
        finally
        {
            CArrowArray.Free(array);
        }
    }
}
