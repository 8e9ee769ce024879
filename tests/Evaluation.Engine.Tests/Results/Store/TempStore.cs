using Evaluation.Engine.Results.Store;

namespace Evaluation.Engine.Tests.Results.Store;

/// <summary>A results store in its own temporary folder, deleted on dispose.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "evalq-store-" + Guid.NewGuid().ToString("N"));
        Store = ResultStore.Open(Folder, create: true);
    }

    public string Folder { get; }

    public ResultStore Store { get; }

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
