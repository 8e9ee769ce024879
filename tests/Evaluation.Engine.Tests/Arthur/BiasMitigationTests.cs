using System.Text.Json.Nodes;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Arthur;

public class BiasMitigationTests
{
    private sealed record Row(long Id, long SEX, double? prediction_1, string? region);

    private static readonly Row[] Rows =
    {
        new(1, 1, 0.45, "north"), new(2, 1, 0.35, "south"), new(3, 2, 0.65, "north"),
        new(4, 2, 0.55, "east"), new(5, 3, 0.99, "west"), new(6, 1, null, "north"), new(7, 2, double.NaN, "north"),
    };

    private static EvaluationEngine Engine()
    {
        var engine = EvaluationEngine.Open();
        engine.RegisterObjects("inference", Rows);
        return engine;
    }

    [Fact]
    public void Arthurs_documented_request_runs_unchanged()
    {
        using var engine = Engine();
        var result = engine.Query(File.ReadAllText(Paths.File("samples/queries/arthur/bias-mitigated-predictions.json")));
        var rows = JsonNode.Parse(Evaluation.Engine.Results.ResultJson.Write(result))!["query_result"]!.AsArray();
        // SEX 1 → threshold 0.4, SEX 2 → 0.6, SEX 3 matches no rule; a missing score decides nothing.
        Assert.Equal("1:1,1:0,2:1,2:0,3:null,1:null,2:null",
            string.Join(",", rows.Select(r => $"{r!["SEX"]}:{r["biasMitigatedPredictions"]?.ToJsonString() ?? "null"}")));
    }

    [Fact]
    public void The_first_matching_rule_decides_with_any_comparator_and_several_conditions()
    {
        using var engine = Engine();
        var result = engine.Query("select Id, m = biasMitigatedPredictions(prediction_1, [when SEX = 1 and region in ['north'] then 0.5, when SEX >= 1 and region != 'west' then 0.3, when region like 'w%' then 1]) | order by Id");
        Assert.Equal("1:0,2:1,3:1,4:1,5:0,6:,7:", string.Join(",", result.Rows.Select(r => $"{r[0]}:{r[1]}")));
    }

    [Fact]
    public void Plans_to_the_approved_sql()
    {
        using var engine = Engine();
        const string query = "select Id, m = biasMitigatedPredictions(prediction_1, [when SEX = 1 and region in ['north'] then 0.5, when SEX >= 1 then 0.3])";
        Approved.Verify("tests/Evaluation.Engine.Tests/Snapshots/bias_mitigation.sql", SqlSnapshot.Of(engine, query, ""));
    }
}
