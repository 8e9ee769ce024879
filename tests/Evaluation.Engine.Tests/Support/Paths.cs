namespace Evaluation.Engine.Tests.Support;

/// <summary>The repository root and the shared folder beside it (acceptance data).</summary>
public static class Paths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Evaluation.sln"))) return dir.FullName;
        throw new InvalidOperationException("Evaluation.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    /// <summary>../shared/acceptance/CASE beside the repository.</summary>
    public static string Acceptance(string @case) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "acceptance", @case));

    public static string File(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
}
