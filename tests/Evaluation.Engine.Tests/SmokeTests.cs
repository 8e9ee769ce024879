using Xunit;
using Xunit.Abstractions;

namespace Evaluation.Engine.Tests;

public class SmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Counts_by_segment()
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.Query("from '/work/shared/acceptance/binary/data.parquet' | where score >= 0.5 | group by segment | select n = count(), m = avg(score), lo = min(weight) | order by n desc");
        output.WriteLine(Results.ResultJson.Write(result));
        output.WriteLine(engine.Explain("from '/work/shared/acceptance/binary/data.parquet' | group by segment, day = roundTimestamp(ts, 'day') | select n = count() | limit 3").Sql);
        Assert.Equal(4, result.Rows.Count);
    }
}
