using Evaluation.Language.Catalog;
using Xunit;

namespace Evaluation.Language.Tests.Catalog;

/// <summary>
/// Keeps grammar/functions.md equal to what the catalog renders. When they differ the test writes
/// grammar/functions.md.received.md beside it and fails; review that file and copy it over.
/// </summary>
public sealed class FunctionsDocTests
{
    [Fact]
    public void Grammar_functions_md_is_what_the_catalog_renders()
    {
        var approvedPath = Path.Combine(RepositoryRoot(), "grammar", "functions.md");
        var receivedPath = approvedPath + ".received.md";
        var rendered = CatalogMarkdown.Render(FunctionCatalog.Default);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : null;

        if (approved == rendered)
        {
            if (File.Exists(receivedPath))
                File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, rendered);
        Assert.Fail(
            $"grammar/functions.md does not match the catalog. The catalog renders {receivedPath}; " +
            "if it is right, update the approved file with: cp grammar/functions.md.received.md grammar/functions.md");
    }

    [Fact]
    public void Rendering_is_deterministic_with_unix_line_endings_and_a_heading_per_function()
    {
        var first = CatalogMarkdown.Render(FunctionCatalog.Default);
        Assert.Equal(first, CatalogMarkdown.Render(FunctionCatalog.Default));
        Assert.DoesNotContain('\r', first);
        var headings = first.Split('\n').Where(l => l.StartsWith("### ", StringComparison.Ordinal)).Select(l => l.Substring(4));
        Assert.Equal(FunctionCatalog.Default.Functions.Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal),
            headings.OrderBy(n => n, StringComparer.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Evaluation.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} holds Evaluation.sln.");
    }
}
