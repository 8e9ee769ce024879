using System.Globalization;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Binary;

/// <summary>
/// The rank windows of AUC and average precision are partitioned by the block's group keys, also
/// when a key is a computed one (<c>roundTimestamp</c>): each group's value equals the value over
/// that group's rows alone.
/// </summary>
public sealed class GroupWindowTests : IClassFixture<EngineFixture>
{
    private static readonly string Data = Path.Combine(Paths.Acceptance("binary"), "data.parquet");
    private readonly EvaluationEngine _engine;

    public GroupWindowTests(EngineFixture fixture) => _engine = fixture.Engine;

    [Fact]
    public void A_computed_group_key_partitions_the_ranks()
    {
        var grouped = _engine.Query($"from '{Data}' | group by model, week = roundTimestamp(ts, 'week') | select model, week, auc = auc(label, score), ap = average_precision(label, score, weight_property: weight)");
        Assert.True(grouped.Rows.Count > 2);
        foreach (var row in grouped.Rows)
        {
            var start = (DateTime)row[1]!;
            var alone = _engine.Query($"from '{Data}' | where model == '{row[0]}' and ts >= @{Day(start)} and ts < @{Day(start.AddDays(7))} | select auc = auc(label, score), ap = average_precision(label, score, weight_property: weight)");
            Assert.Equal((double)alone[0, "auc"]!, (double)row[2]!);
            Assert.Equal((double)alone[0, "ap"]!, (double)row[3]!, 1e-14);
        }
    }

    private static string Day(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
