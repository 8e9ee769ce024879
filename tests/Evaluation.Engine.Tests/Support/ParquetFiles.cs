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
    public string Parquet(string name, string select) => Copy(name + ".parquet", select, "FORMAT parquet");

    private string Copy(string file, string select, string options)
    {
        var path = Path.Combine(_folder, file);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY ({select}) TO '{path.Replace("'", "''")}' ({options})";
        command.ExecuteNonQuery();
        return path;
    }

    /// <summary>Writes the rows of <paramref name="select"/> (test-authored SQL) as NAME.csv with a header and returns its path.</summary>
    public string Csv(string name, string select) => Copy(name + ".csv", select, "FORMAT csv, HEADER");

    /// <summary>A folder NAME inside the temporary folder (created), for files written as NAME/FILE.</summary>
    public string Folder(string name) => Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
