using Evaluation.Language.Catalog;
using Xunit;

namespace Evaluation.Cli.Tests;

public class FunctionsCommandTests
{
    [Fact]
    public void Lists_every_catalog_function_once()
    {
        var result = CliRunner.InProcess("", "functions");
        Assert.Equal(0, result.ExitCode);
        var names = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(FunctionCatalog.Default.Functions.Select(f => f.Name).OrderBy(n => n, StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public void Shows_one_entry_by_alias_with_parameters_range_and_direction()
    {
        var result = CliRunner.InProcess("", "functions", "roc_auc");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("auc (aggregate)\n", result.Out);
        Assert.Contains("  direction: max\n", result.Out);
        Assert.Contains("    multi_class            enum, optional, default 'ovr', one of ovr|ovo\n", result.Out);
    }

    [Fact]
    public void An_unknown_name_suggests_the_closest()
    {
        var result = CliRunner.InProcess("", "functions", "rmsee");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("evalq: no function `rmsee`; did you mean `rmse`?\n", result.Error);
    }
}
