using System.Diagnostics;
using Evaluation.Engine.Results.Store;
using Xunit;

namespace Evaluation.Cli.Tests;

/// <summary><c>evalq eval</c>: a query saved as a result; names are unique even between processes.</summary>
public class EvalCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "evalq-eval-" + Guid.NewGuid().ToString("N"));

    public EvalCommandTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "rows.csv"), "segment,y,p\nA,1,2\nA,2,2\nB,3,5\nB,4,4\n");
        File.WriteAllText(Path.Combine(_folder, "q.evq"), $"from '{Path.Combine(_folder, "rows.csv")}'\n| group by segment\n| select e = mae(y, p)\n");
    }

    private string Store => Path.Combine(_folder, "store");

    private string Query => Path.Combine(_folder, "q.evq");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Eval_saves_the_result_and_prints_it_as_json()
    {
        var run = CliRunner.InProcess("", "eval", "--name", "j1", "--query", Query, "--store", Store, "--model", "m", "--benchmark", "b",
            "--dataset", "d", "--tags", "x, y", "--param", "lr=0.5", "--row-scores");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"name\": \"j1\"", run.Out);
        var saved = ResultStore.Open(Store).Get("j1");
        Assert.Equal(("m", "b", "d"), (saved.Run.Model, saved.Run.Benchmark, saved.Run.Dataset));
        Assert.Equal(new[] { "x", "y" }, saved.Run.Tags);
        Assert.Equal("0.5", saved.Run.Params["lr"]);
        // mae per segment: A 0.5, B 1.
        Assert.Equal(0.75, Assert.Single(saved.Scores).Score);
        Assert.NotNull(saved.Run.RowScoresFile);
    }

    [Fact]
    public void A_second_eval_with_the_same_name_is_refused_with_exit_1()
    {
        Assert.Equal(0, CliRunner.InProcess("", "eval", "--name", "dup", "--query", Query, "--store", Store).ExitCode);
        var again = CliRunner.InProcess("", "eval", "--name", "dup", "--query", Query, "--store", Store);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error);
    }

    [Fact]
    public void A_failing_query_exits_1_and_is_saved_as_failed()
    {
        File.WriteAllText(Query, $"from '{Path.Combine(_folder, "rows.csv")}' | select e = mae(y, q)");
        var run = CliRunner.InProcess("", "eval", "--name", "broken", "--query", Query, "--store", Store);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("failed", run.Error);
        Assert.Equal(ResultStatus.Failed, ResultStore.Open(Store).Get("broken").Run.Status);
    }

    [Fact]
    public void A_missing_required_option_is_a_usage_error()
    {
        var run = CliRunner.InProcess("", "eval", "--query", Query, "--store", Store);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--name", run.Error);
    }

    [Fact]
    public void Two_processes_saving_into_one_store_at_once_lose_nothing_and_corrupt_nothing()
    {
        // Different names at once: both results are there, whole.
        var pair = new[] { "p-a", "p-b" }.Select(name => Start("eval", "--name", name, "--query", Query, "--store", Store)).ToList();
        var outcomes = pair.Select(Finish).ToList();
        Assert.All(outcomes, o => Assert.Equal(0, o.ExitCode));
        // The same name at once: exactly one wins, the other is told, nothing is overwritten.
        var race = new[] { 0, 1 }.Select(_ => Start("eval", "--name", "same", "--query", Query, "--store", Store)).ToList();
        var raced = race.Select(Finish).ToList();
        Assert.Equal(1, raced.Count(o => o.ExitCode == 0));
        Assert.Contains("already exists", Assert.Single(raced, o => o.ExitCode == 1).Error);

        var store = ResultStore.Open(Store);
        Assert.Equal(new[] { "p-a", "p-b", "same" }, store.ReadAll().Select(r => r.Run.Name));
        Assert.All(store.ReadAll(), r => Assert.Equal(0.75, Assert.Single(r.Scores).Score));
        Assert.Empty(Directory.GetFiles(Store, "*.tmp"));
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CliRunner.RepositoryRoot() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "evalq.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    private static CliRunner.Outcome Finish(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) process.Kill(entireProcessTree: true);
        var outcome = new CliRunner.Outcome(process.ExitCode, output.Result, error.Result);
        process.Dispose();
        return outcome;
    }
}
