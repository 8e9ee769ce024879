namespace Evaluation.Language.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Evaluation.sln"))) return dir.FullName;
        throw new InvalidOperationException("Evaluation.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding Evaluation.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path under the repository root, written with forward slashes.</summary>
    public static string File(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
}
