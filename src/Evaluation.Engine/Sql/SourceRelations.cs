namespace Evaluation.Engine.Sql;

/// <summary>
/// The dialect side of sources: which DuckDB table function reads a kind of file in place, with
/// the path (and table) as bound parameters, and how a results store's file is written. Sources/
/// and Results/ decide what a source or a result file is; this file decides how DuckDB reads and
/// writes it, so another engine's dialect would replace only this.
/// </summary>
internal static class SourceRelations
{
    /// <summary>A folder of Parquet files, hive partitions included (<c>year=2026/…</c> become columns).</summary>
    public static SqlRelation ParquetFolder(string folder) =>
        new SqlTableFunction("read_parquet", new SqlExpr[] { new SqlParameter(Path.Combine(folder, "**", "*.parquet")) },
            new (string, SqlExpr)[] { ("hive_partitioning", new SqlConstant(true)) });

    /// <summary>The result files of a results store, read as one table (columns matched by name).</summary>
    public static SqlRelation ResultFiles(string glob) =>
        new SqlTableFunction("read_parquet", new SqlExpr[] { new SqlParameter(glob) }, new (string, SqlExpr)[] { ("union_by_name", new SqlConstant(true)) });

    /// <summary>
    /// Writes the JSON lines at <c>$1</c> to the Parquet file <c>$2</c>, each line read with the
    /// column types <paramref name="columns"/> (a <c>read_json</c> <c>columns</c> struct, a constant of
    /// the caller's, never user text): how a results store writes a result file.
    /// </summary>
    public static string JsonLinesToParquet(string columns) =>
        $"COPY (SELECT * FROM read_json($1, format = 'newline_delimited', columns = {columns})) TO $2 (FORMAT parquet)";

    /// <summary>A file or glob of a kind DuckDB reads in place, by extension; null for an unknown extension.</summary>
    public static SqlRelation? File(string path, string extension)
    {
        var function = extension switch
        {
            "parquet" => "read_parquet",
            "csv" or "tsv" or "txt" => "read_csv",
            "json" or "jsonl" or "ndjson" => "read_json",
            _ => null,
        };
        return function is null ? null : new SqlTableFunction(function, new SqlExpr[] { new SqlParameter(path) }, Array.Empty<(string, SqlExpr)>());
    }

    /// <summary>
    /// The statistics of the Parquet files at <c>$1</c> (a file or a glob), one row per column path:
    /// <list type="number">
    /// <item>the name, the least minimum and greatest maximum as numbers, how many column chunks
    /// prove a bound (both statistics present and numbers, or every value NULL), and how many row
    /// groups there are: a column's range holds for the whole source only when the two counts agree;</item>
    /// <item>the bytes of one value when the column is stored as plain 4- or 8-byte numbers (DOUBLE, FLOAT,
    /// INT64, INT32 in every file; else NULL), the values in all chunks (as numbers, like the sums after it),
    /// and over the chunks that have a dictionary page: their values, the dictionary pages' bytes
    /// (from the page offsets) and the bytes of their other pages.</item>
    /// </list>
    /// </summary>
    public const string ParquetColumnStatistics = """
        WITH chunks AS (
            SELECT file_name, row_group_id, path_in_schema AS name, type, num_values, stats_null_count,
                   TRY_CAST(stats_min_value AS DOUBLE) AS low, TRY_CAST(stats_max_value AS DOUBLE) AS high,
                   CASE WHEN dictionary_page_offset > 0 AND dictionary_page_offset < data_page_offset
                        THEN data_page_offset - dictionary_page_offset END AS dictionary_bytes,
                   total_compressed_size
            FROM parquet_metadata($1))
        SELECT name, min(low), max(high),
               count(*) FILTER (WHERE (low IS NOT NULL AND high IS NOT NULL AND NOT isnan(low) AND NOT isnan(high)) OR stats_null_count = num_values),
               (SELECT count(*) FROM (SELECT DISTINCT file_name, row_group_id FROM chunks)),
               CASE WHEN count(DISTINCT type) = 1 THEN
                   CASE min(type) WHEN 'DOUBLE' THEN 8 WHEN 'INT64' THEN 8 WHEN 'FLOAT' THEN 4 WHEN 'INT32' THEN 4 END END,
               CAST(sum(num_values) AS DOUBLE),
               CAST(coalesce(sum(num_values) FILTER (WHERE dictionary_bytes IS NOT NULL), 0) AS DOUBLE),
               CAST(coalesce(sum(dictionary_bytes), 0) AS DOUBLE),
               CAST(coalesce(sum(total_compressed_size - dictionary_bytes), 0) AS DOUBLE)
        FROM chunks GROUP BY name
        """;

    /// <summary>How many files the glob <c>$1</c> matches.</summary>
    public const string GlobCount = "SELECT count(*) FROM glob($1)";

    /// <summary>A table of a DuckDB database file: its only table, or the named one.</summary>
    public static SqlRelation DatabaseTable(string file, string? table) =>
        new SqlTableFunction("read_duckdb", new SqlExpr[] { new SqlParameter(file) },
            table is null ? Array.Empty<(string, SqlExpr)>() : new (string, SqlExpr)[] { ("table_name", new SqlParameter(table)) });
}
