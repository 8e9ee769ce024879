namespace Evaluation.Engine.Tests.Support;

/// <summary>A small CSV written to its own temporary folder (DuckDB reads its types), deleted on dispose.</summary>
public sealed class TempCsv : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evalq-tests-" + Guid.NewGuid().ToString("N"));

    public TempCsv(string name, string content)
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, name);
        System.IO.File.WriteAllText(Path, content.Replace("\r\n", "\n"));
    }

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
