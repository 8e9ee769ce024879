using System.Runtime.InteropServices;
using Apache.Arrow.C;
using Apache.Arrow.Ipc;
using DuckDB.NET.Data;

namespace Evaluation.Engine.DuckDb;

/// <summary>
/// The slice of DuckDB's C API that DuckDB.NET does not wrap: <c>duckdb_arrow_scan</c>, which
/// exposes an Arrow C stream as a view. The library is the one DuckDB.NET.Data.Full ships. Only
/// files in this folder touch native pointers.
/// </summary>
internal static unsafe partial class NativeArrow
{
    private const string Library = "duckdb";

    [LibraryImport(Library, EntryPoint = "duckdb_arrow_scan", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int ArrowScan(IntPtr connection, string tableName, CArrowArrayStream* stream);

    /// <summary>
    /// Copies an Arrow stream into a new temporary table, column by column (DuckDB reads the
    /// Arrow buffers; nothing goes row by row through .NET). The stream is read once: a view over
    /// it could be scanned only once, and a query plans, counts and reads its source.
    /// </summary>
    public static void CopyToTable(DuckDBConnection connection, IArrowArrayStream source, string table)
    {
        var view = table + "__arrow";
        var stream = CArrowArrayStream.Create();
        try
        {
            CArrowArrayStreamExporter.ExportArrayStream(source, stream);
            if (ArrowScan(connection.NativeConnection.DangerousGetHandle(), view, stream) != 0)
                throw new QueryException($"DuckDB refused the Arrow stream for `{table}`.");
            Execute(connection, $"CREATE OR REPLACE TEMP TABLE {Sql.SqlGenerator.Quote(table)} AS SELECT * FROM {Sql.SqlGenerator.Quote(view)}");
            Execute(connection, $"DROP VIEW IF EXISTS {Sql.SqlGenerator.Quote(view)}");
        }
        finally
        {
            // DuckDB leaves the stream to its owner: call its release callback (the fourth pointer of
            // ArrowArrayStream: get_schema, get_next, get_last_error, release, private_data), then free it.
            var release = ((IntPtr*)stream)[3];
            if (release != IntPtr.Zero) ((delegate* unmanaged<CArrowArrayStream*, void>)release)(stream);
            CArrowArrayStream.Free(stream);
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
