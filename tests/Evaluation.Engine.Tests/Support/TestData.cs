using DuckDB.NET.Data;

namespace Evaluation.Engine.Tests.Support;

/// <summary>
/// Small data files written by DuckDB into a temporary folder for one test class: a Parquet
/// file with odd column names, NULLs, NaN, strings, timestamps and lists; CSV, JSONL and a
/// hive-partitioned folder of the same rows. Deleted when the class is done.
/// </summary>
public sealed class TestData : IDisposable
{
    /// <summary>The rows every file holds, in order: (id, score, label, segment, ts, tags, odd).</summary>
    public const string RowsSql = """
        SELECT * FROM (VALUES
          (1, 0.9::DOUBLE,  1, 'A',  TIMESTAMP '2026-01-01 10:15:30', ['gpu', 'nightly'], 'it''s'),
          (2, 0.2::DOUBLE,  0, 'A',  TIMESTAMP '2026-01-01 23:59:59', ['cpu'],            'x"; DROP TABLE t; --'),
          (3, 'NaN'::DOUBLE, 1, 'B', TIMESTAMP '2026-01-02 00:00:00', [],                 'plain'),
          (4, NULL,          0, 'B', TIMESTAMP '2026-02-15 12:00:00', NULL,               NULL),
          (5, 0.5::DOUBLE,  NULL, 'C', TIMESTAMP '2027-03-01 08:30:00.25', ['gpu'],         '50%'),
          (6, 0.7::DOUBLE,  1, NULL, NULL,                            ['nightly', 'gpu'], 'a_b')
        ) AS t(id, score, label, segment, ts, tags, "x""; DROP TABLE t; --")
        """;

    public TestData()
    {
        Folder = Directory.CreateTempSubdirectory("evalq-tests-").FullName;
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        void Run(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        string Q(string path) => "'" + path.Replace("'", "''") + "'";
        Run($"CREATE TABLE rows AS {RowsSql}");
        Run($"COPY rows TO {Q(Parquet)} (FORMAT parquet)");
        Run($"COPY (SELECT id, score, label, segment, ts FROM rows) TO {Q(Csv)} (FORMAT csv, HEADER)");
        Run($"COPY rows TO {Q(Jsonl)} (FORMAT json)");
        Run($"COPY (SELECT * FROM rows WHERE id <= 3) TO {Q(Path.Combine(Folder, "part-1.parquet"))} (FORMAT parquet)");
        Run($"COPY (SELECT * FROM rows WHERE id > 3) TO {Q(Path.Combine(Folder, "part-2.parquet"))} (FORMAT parquet)");
        Run($"ATTACH {Q(Database)} AS db");
        Run("CREATE TABLE db.inference AS SELECT * FROM rows");
        Run("CREATE TABLE db.runs AS SELECT id, segment FROM rows WHERE id <= 2");
        Run("DETACH db");
        Directory.CreateDirectory(Hive);
        Run($"COPY (SELECT id, score, label, coalesce(segment, 'none') AS segment FROM rows) TO {Q(Hive)} (FORMAT parquet, PARTITION_BY (segment))");
    }

    public string Folder { get; }
    public string Parquet => Path.Combine(Folder, "rows.parquet");
    public string Csv => Path.Combine(Folder, "rows.csv");
    public string Jsonl => Path.Combine(Folder, "rows.jsonl");
    public string Parts => Path.Combine(Folder, "part-*.parquet");
    public string Hive => Path.Combine(Folder, "hive");
    public string Database => Path.Combine(Folder, "results.duckdb");

    /// <summary>The Parquet path as a DSL string literal.</summary>
    public string From => "from " + Language.Printing.DslNames.String(Parquet);

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
