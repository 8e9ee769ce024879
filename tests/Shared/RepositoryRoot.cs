namespace Evaluation.Tests.Shared;

/// <summary>The repository's root folder (the one holding Evaluation.sln), found from a test's output folder. Shared by every test project.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Evaluation.sln"))) return dir.FullName;
        throw new InvalidOperationException("Evaluation.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding Evaluation.sln.</summary>
    public static string Path => Root.Value;

    /// <summary>A path under the root, written with forward slashes.</summary>
    public static string File(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));
}
