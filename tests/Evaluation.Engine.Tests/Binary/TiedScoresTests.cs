using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Binary;

/// <summary>
/// AUC and average precision on scores with heavy ties (11 distinct values over hundreds of rows),
/// per group, weighted or not, against the brute-force definitions in <see cref="BinaryOracle"/>.
/// The data has missing labels, scores and weights, which must be left out.
/// </summary>
public sealed class TiedScoresTests : IClassFixture<EngineFixture>, IDisposable
{
    private const double Tolerance = 1e-12;
    private static readonly IReadOnlyList<BinaryRow> Rows = BinaryRow.Generate(600, seed: 7, grid: 0.1, withMissing: true);
    private readonly EvaluationEngine _engine;
    private readonly TempCsv _data = new("tied.csv", BinaryRow.Csv(Rows));

    public TiedScoresTests(EngineFixture fixture) => _engine = fixture.Engine;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Auc_per_segment_counts_tied_pairs_as_half(bool weighted)
    {
        var result = _engine.Query($"from '{_data.Path}' | group by segment | select segment, value = auc(label, score{Weight(weighted)})");
        AssertPerSegment(result, rows => BinaryOracle.PairwiseAuc(Oracle(rows, weighted)), weighted);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Average_precision_per_segment_takes_tied_scores_as_one_step(bool weighted)
    {
        var result = _engine.Query($"from '{_data.Path}' | group by segment | select segment, value = average_precision(label, score{Weight(weighted)})");
        AssertPerSegment(result, rows => BinaryOracle.StepAveragePrecision(Oracle(rows, weighted)), weighted);
    }

    [Fact]
    public void The_ranks_see_only_the_rows_the_filter_keeps()
    {
        var result = _engine.Query($"from '{_data.Path}' | where weight > 0.9 | select auc = auc(label, score), ap = average_precision(label, score)");
        var kept = Rows.Where(r => r.HasLabelAndScore && r.Weight is > 0.9).ToList();
        AssertClose(BinaryOracle.PairwiseAuc(Oracle(kept, false)), (double)result[0, "auc"]!);
        AssertClose(BinaryOracle.StepAveragePrecision(Oracle(kept, false)), (double)result[0, "ap"]!);
    }

    [Fact]
    public void With_pos_label_0_the_score_still_belongs_to_class_1()
    {
        var result = _engine.Query($"from '{_data.Path}' | select auc = auc(label, score, pos_label: 0), ap = average_precision(label, score, pos_label: 0)");
        var present = Rows.Where(r => r.HasLabelAndScore).ToList();
        // AUC does not depend on which class is called positive; AP of class 0 ranks by its own score, 1 − score.
        AssertClose(BinaryOracle.PairwiseAuc(present.Select(r => r.ToOracle(false)).ToList()), (double)result[0, "auc"]!);
        AssertClose(BinaryOracle.StepAveragePrecision(present.Select(r => r.ToOracle(false, positiveClass: 0, negateScore: true)).ToList()), (double)result[0, "ap"]!);
    }

    [Fact]
    public void Auc_and_average_precision_in_one_query_agree_with_each_alone()
    {
        var both = _engine.Query($"from '{_data.Path}' | group by segment | select segment, auc = auc(label, score), ap = average_precision(label, score, weight_property: weight)");
        var auc = _engine.Query($"from '{_data.Path}' | group by segment | select segment, auc = auc(label, score)");
        var ap = _engine.Query($"from '{_data.Path}' | group by segment | select segment, ap = average_precision(label, score, weight_property: weight)");
        for (var i = 0; i < 3; i++)
        {
            // Unweighted AUC sums integers: exactly equal. Weighted window sums add doubles in the order
            // the sort leaves tied rows, which two queries need not share: equal to the last bits.
            Assert.Equal(auc[i, "auc"], both[i, "auc"]);
            var alone = (double)ap[i, "ap"]!;
            Assert.True(Math.Abs(alone - (double)both[i, "ap"]!) <= 1e-14 * alone, $"{alone:R} alone, {both[i, "ap"]:R} with auc");
        }
    }

    private static void AssertPerSegment(Evaluation.Engine.Results.QueryResult result, Func<IReadOnlyList<BinaryRow>, double> expected, bool weighted)
    {
        Assert.Equal(new object[] { "A", "B", "C" }, result.Rows.Select(r => r[0]!).ToArray());
        foreach (var row in result.Rows)
        {
            var segment = Rows.Where(r => r.Segment == (string)row[0]! && (weighted ? r.IsComplete : r.HasLabelAndScore)).ToList();
            AssertClose(expected(segment), (double)row[1]!);
        }
    }

    private static IReadOnlyList<BinaryOracle.Row> Oracle(IEnumerable<BinaryRow> rows, bool weighted) =>
        rows.Where(r => weighted ? r.IsComplete : r.HasLabelAndScore).Select(r => r.ToOracle(weighted)).ToList();

    private static string Weight(bool weighted) => weighted ? ", weight_property: weight" : "";

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    public void Dispose() => _data.Dispose();
}
