using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Sql;

/// <summary>The SQL of ranks by a given direction, a pivot and a derived metric, approved: names and numbers bound, identifiers quoted.</summary>
public sealed class ResultsSqlSnapshotTests : IDisposable
{
    private readonly TempCsv _csv = new("results.csv", "model,metric,score\na,rmse,0.5\nb,rmse,0.4\na,aafe,1.1\nb,aafe,0.8\n");

    public void Dispose() => _csv.Dispose();

    [Fact]
    public void Ranks_pivots_and_arithmetic_plan_to_the_approved_sql()
    {
        using var engine = EvaluationEngine.Open();
        var queries = new[]
        {
            $"from '{_csv.Path}' | select model, metric, best = rank score within [metric] direction min, near = rank score within metric direction 1",
            $"from '{_csv.Path}' | select model, metric, score | pivot score by metric | order by rmse",
            $"from '{_csv.Path}' | select model, metric, score | pivot score by metric | select model, d = (rmse - aafe) / 2",
        };
        var text = string.Join("\n", queries.Select(q => SqlSnapshot.Of(engine, q, _csv.Path).Replace(_csv.Path, "<data>")));
        Approved.Verify("tests/Evaluation.Engine.Tests/Snapshots/results_queries.sql", text);
        var pivoted = engine.Query(queries[2]);
        Assert.Equal(new object?[] { "a", (0.5 - 1.1) / 2 }, pivoted.Rows[0]);
    }
}
