namespace Evaluation.Engine.Sql;

/// <summary>
/// The dialect side of sources: which DuckDB table function reads a kind of file in place, with
/// the path (and table) as bound parameters. Sources/ decides what a source is; this file decides
/// how DuckDB reads it, so another engine's dialect would replace only this.
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

    /// <summary>A table of a DuckDB database file: its only table, or the named one.</summary>
    public static SqlRelation DatabaseTable(string file, string? table) =>
        new SqlTableFunction("read_duckdb", new SqlExpr[] { new SqlParameter(file) },
            table is null ? Array.Empty<(string, SqlExpr)>() : new (string, SqlExpr)[] { ("table_name", new SqlParameter(table)) });
}
