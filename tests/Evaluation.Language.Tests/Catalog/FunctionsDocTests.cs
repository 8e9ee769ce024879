using Evaluation.Language.Catalog;
using Evaluation.Language.Tests.Support;
using Xunit;

namespace Evaluation.Language.Tests.Catalog;

/// <summary>
/// Keeps grammar/functions.md equal to what the catalog renders. When they differ the test writes
/// grammar/functions.received.md beside it and fails; review that file and move it over.
/// </summary>
public sealed class FunctionsDocTests
{
    [Fact]
    public void Grammar_functions_md_is_what_the_catalog_renders() =>
        Approved.Verify("grammar/functions.md", CatalogMarkdown.Render(FunctionCatalog.Default));

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
}
