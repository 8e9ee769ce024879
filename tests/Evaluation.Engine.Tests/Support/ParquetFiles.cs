using DuckDB.NET.Data;

namespace Evaluation.Engine.Tests.Support;

/// <summary>
/// Small Parquet files made for one test: DuckDB <c>COPY (SELECT …) TO</c> into a temporary
/// folder that is deleted with the instance.
/// </summary>
public sealed class ParquetFiles : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "evalq-tests-" + Guid.NewGuid().ToString("N"));

    public ParquetFiles() => Directory.CreateDirectory(_folder);

    /// <summary>Writes the rows of <paramref name="select"/> (test-authored SQL) as NAME.parquet and returns its path.</summary>
    public string Parquet(string name, string select)
    {
        var path = Path.Combine(_folder, name + ".parquet");
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY ({select}) TO '{path.Replace("'", "''")}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
