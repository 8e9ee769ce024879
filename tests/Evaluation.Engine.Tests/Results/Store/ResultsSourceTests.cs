using Evaluation.Engine.Results.Jobs;
using Evaluation.Engine.Results.Store;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Results.Store;

/// <summary>A results store queried in place with the language: the standard long table.</summary>
public class ResultsSourceTests
{
    [Fact]
    public void Saved_jobs_are_rows_of_the_long_table()
    {
        using var csv = new TempCsv("rows.csv", "y,p\n1,2\n2,2\n3,5\n");
        using var temp = new TempStore();
        var options = new EngineOptions { Sources = new Dictionary<string, string> { ["inference"] = csv.Path } };
        EvaluationJob.Run(options, "select e = mae(y, p), r = rmse(y, p)", new JobSpec { Name = "a", Model = "m1", Tags = new[] { "x", "y" } }, temp.Store);
        EvaluationJob.Run(options, "where y > 1 | select e = mae(y, p)", new JobSpec { Name = "b", Model = "m2" }, temp.Store);
        using var engine = EvaluationEngine.Open();
        var rows = engine.Query($"from results('{temp.Folder}') | where tags contains all ['x', 'y'] | select name, model, metric, score, status | order by metric");
        Assert.Equal(2, rows.Rows.Count);
        Assert.Equal("e", rows[0, "metric"]);
        Assert.Equal(1.0, rows[0, "score"]); // (1 + 0 + 2) / 3
        Assert.Equal(Math.Sqrt(5.0 / 3), (double)rows[1, "score"]!, 15);
        var byModel = engine.Query($"from results('{temp.Folder}') | where metric == 'e' | group by model | select s = avg(score) | order by model");
        Assert.Equal(new object?[] { 1.0, 1.0 }, byModel.Rows.Select(r => r[1]));
    }

    [Fact]
    public void A_missing_or_empty_store_is_an_error_naming_it()
    {
        using var temp = new TempStore();
        using var engine = EvaluationEngine.Open();
        var empty = Assert.Throws<QueryException>(() => engine.Query($"from results('{temp.Folder}') | select name"));
        Assert.Contains("holds no results yet", empty.Message);
        var missing = Assert.Throws<QueryException>(() => engine.Query($"from results('{temp.Folder}/nope') | select name"));
        Assert.Contains("no results store", missing.Message);
    }
}
