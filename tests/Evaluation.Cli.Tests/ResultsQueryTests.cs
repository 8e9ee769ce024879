using Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>Ranks, pivots and derived metrics over an imported results store, as <c>evalq run</c> prints them.</summary>
public sealed class ResultsQueryTests : IDisposable
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), "evalq-results-" + Guid.NewGuid().ToString("N"));

    public ResultsQueryTests() =>
        Assert.Equal(0, CliRunner.InProcess("", "results", "import", "metalab",
            Path.Combine(CliRunner.RepositoryRoot(), "samples", "results", "metalab-runs.jsonl"), "--store", _store).ExitCode);

    public void Dispose()
    {
        if (Directory.Exists(_store)) Directory.Delete(_store, recursive: true);
    }

    private CliRunner.Outcome Run(string query) =>
        CliRunner.InProcess(query.Replace("STORE", _store.Replace("'", "''")), "run", "-", "--format", "table");

    [Fact]
    public void A_rank_prints_its_places_and_warns_once_per_metric_without_a_direction()
    {
        var run = Run("from results('STORE') | where metric is not null | select model, metric, place = rank score within metric | order by metric, model");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("linear | f1" + new string(' ', 9) + " |     2", run.Out);
        Assert.Contains("mlp    | f1" + new string(' ', 9) + " |     1", run.Out);
        // The table format writes warnings after the table.
        Assert.Single(run.Out.Split('\n'), l => l.StartsWith("warning EVQ043", StringComparison.Ordinal) && l.Contains("no direction for the metric 'final_loss'"));
        Assert.Single(run.Out.Split('\n'), l => l.Contains("'baseline_f1'"));
    }

    [Fact]
    public void A_pivot_and_a_derived_metric_print_as_a_table()
    {
        var run = Run("from results('STORE') | where metric is not null | select model, metric, score | pivot score by metric | select model, gain = f1 - baseline_f1 | order by model");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("model  |                gain", run.Out);
        Assert.Contains("mlp    |                0.26", run.Out);
    }

    [Fact]
    public void A_pivot_of_a_column_the_select_lacks_fails_with_its_position()
    {
        var run = Run("from results('STORE') | select model, score | pivot score by metric");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("EVQ037", run.Error);
        Assert.Contains("it has no `metric`", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
