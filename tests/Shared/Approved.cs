using Xunit;

namespace Evaluation.Tests.Shared;

/// <summary>
/// Approved-file snapshots (Verify cannot be restored here): the expected text lives in a
/// checked-in file; on a mismatch the actual text is written beside it as
/// <c>NAME.received.EXT</c> and the test fails saying how to accept it.
/// </summary>
public static class Approved
{
    /// <summary>Compares <paramref name="actual"/> with the approved file at <paramref name="relativePath"/> (from the repository root).</summary>
    public static void Verify(string relativePath, string actual)
    {
        var approvedPath = RepositoryRoot.File(relativePath);
        var receivedPath = ReceivedPath(approvedPath);
        actual = actual.Replace("\r\n", "\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : null;
        if (approved == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, actual);
        var relativeReceived = Path.GetRelativePath(RepositoryRoot.Path, receivedPath).Replace('\\', '/');
        Assert.Fail(approved is null
            ? $"{relativePath} does not exist yet. Review {relativeReceived} and, if it is right: mv {relativeReceived} {relativePath}"
            : $"{relativePath} differs from what the code produces. Review {relativeReceived} and, if it is right: mv {relativeReceived} {relativePath}");
    }

    /// <summary><c>dir/name.received.ext</c> beside <c>dir/name.ext</c>.</summary>
    public static string ReceivedPath(string approvedPath)
    {
        var extension = Path.GetExtension(approvedPath);
        return Path.Combine(Path.GetDirectoryName(approvedPath)!, Path.GetFileNameWithoutExtension(approvedPath) + ".received" + extension);
    }
}
