namespace Evaluation.Language.Tests.Support;

/// <summary>Files of the repository, for the language tests (see <see cref="RepositoryRoot"/>).</summary>
public static class Repository
{
    /// <summary>The folder holding Evaluation.sln.</summary>
    public static string Root => RepositoryRoot.Path;

    /// <summary>A path under the repository root, written with forward slashes.</summary>
    public static string File(string relative) => RepositoryRoot.File(relative);
}
