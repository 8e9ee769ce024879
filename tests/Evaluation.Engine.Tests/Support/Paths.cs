namespace Evaluation.Engine.Tests.Support;

/// <summary>The repository root and the shared folder beside it (acceptance data).</summary>
public static class Paths
{
    public static string Root => RepositoryRoot.Path;

    /// <summary>../shared/acceptance/CASE beside the repository.</summary>
    public static string Acceptance(string @case) => AcceptanceEntry.Folder(@case);

    public static string File(string relative) => RepositoryRoot.File(relative);
}
