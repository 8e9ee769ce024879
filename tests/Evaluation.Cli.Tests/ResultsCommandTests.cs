using Xunit;

namespace Evaluation.Cli.Tests;

/// <summary><c>evalq results import|list|get|delete</c> as a user runs them: output shape and exit codes.</summary>
public sealed class ResultsCommandTests : IDisposable
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), "evalq-results-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_store)) Directory.Delete(_store, recursive: true);
    }

    private static string Sample(string file) => Path.Combine(CliRunner.RepositoryRoot(), "samples", "results", file);

    [Fact]
    public void Import_list_get_and_delete_work_from_the_command_line()
    {
        var import = CliRunner.InProcess("", "results", "import", "openml", Sample("openml-evaluations.json"), "--store", _store);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("imported openml-run-10437", import.Out);

        var list = CliRunner.InProcess("", "results", "list", "--store", _store, "--filter", """{"model": {"$like": "svm"}}""", "--page-size", "1");
        Assert.Equal(0, list.ExitCode);
        using (var json = System.Text.Json.JsonDocument.Parse(list.Out))
        {
            Assert.Equal("openml-run-10561", json.RootElement.GetProperty("data")[0].GetProperty("name").GetString());
            var pagination = json.RootElement.GetProperty("pagination");
            Assert.Equal((1, 1, 1, 1), (pagination.GetProperty("page").GetInt32(), pagination.GetProperty("page_size").GetInt32(),
                pagination.GetProperty("total_pages").GetInt32(), pagination.GetProperty("total_results").GetInt32()));
        }

        var get = CliRunner.InProcess("", "results", "get", "openml-run-10602", "--store", _store);
        Assert.Equal(0, get.ExitCode);
        Assert.Contains("\"model\": \"sklearn.neighbors.KNeighborsClassifier\"", get.Out);

        Assert.Equal(0, CliRunner.InProcess("", "results", "delete", "openml-run-10602", "--store", _store).ExitCode);
        var again = CliRunner.InProcess("", "results", "delete", "openml-run-10602", "--store", _store);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("no result named `openml-run-10602`", again.Error);
        var rest = CliRunner.InProcess("", "results", "list", "--store", _store, "--sort", "name");
        Assert.Contains("\"total_results\": 2", rest.Out);
    }

    [Fact]
    public void Bad_filters_pages_and_formats_are_clear_errors()
    {
        CliRunner.InProcess("", "results", "import", "metalab", Sample("metalab-runs.jsonl"), "--store", _store);
        var filter = CliRunner.InProcess("", "results", "list", "--store", _store, "--filter", """{"statuss": "failed"}""");
        Assert.Equal(1, filter.ExitCode);
        Assert.Contains("--filter: $.statuss: unknown field `statuss`", filter.Error);
        var page = CliRunner.InProcess("", "results", "list", "--store", _store, "--page", "2");
        Assert.Equal(1, page.ExitCode);
        Assert.Contains("past the last page", page.Error);
        Assert.Equal(2, CliRunner.InProcess("", "results", "import", "mlflow", Sample("metalab-runs.jsonl"), "--store", _store).ExitCode);
    }
}
