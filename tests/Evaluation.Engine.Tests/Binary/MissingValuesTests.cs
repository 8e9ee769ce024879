using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Binary;

/// <summary>§6: a row whose truth, prediction or weight is NULL or NaN is left out of a binary metric, never counted as 0 or as a positive.</summary>
public sealed class MissingValuesTests : IClassFixture<EngineFixture>, IDisposable
{
    private static readonly IReadOnlyList<BinaryRow> Rows = BinaryRow.Generate(300, seed: 3, grid: 0.01, withMissing: true);
    private readonly EvaluationEngine _engine;
    private readonly TempCsv _data = new("missing.csv", BinaryRow.Csv(Rows));

    public MissingValuesTests(EngineFixture fixture) => _engine = fixture.Engine;

    [Fact]
    public void A_NaN_score_is_not_a_positive_prediction()
    {
        // DuckDB holds NaN >= 0.5 to be true: without the guard this row would be a true positive.
        using var data = new TempCsv("nan.csv", "label,score\n1,NaN\n1,0.7\n0,0.2\n,0.9\n");
        var matrix = Cells(_engine.Query($"from '{data.Path}' | select value = confusionMatrix(label, score, threshold: 0.5)"));
        Assert.Equal((1L, 0L, 1L, 0L), matrix);
    }

    [Fact]
    public void Confusion_counts_leave_out_rows_with_a_missing_label_or_score()
    {
        var present = Rows.Where(r => r.HasLabelAndScore).ToList();
        var expected = ((long)present.Count(r => r.Label == 1 && r.Score >= 0.5), (long)present.Count(r => r.Label == 0 && r.Score >= 0.5),
            (long)present.Count(r => r.Label == 0 && r.Score < 0.5), (long)present.Count(r => r.Label == 1 && r.Score < 0.5));
        Assert.True(present.Count < Rows.Count - 20);
        Assert.Equal(expected, Cells(_engine.Query($"from '{_data.Path}' | select value = confusionMatrix(label, score, threshold: 0.5)")));
    }

    [Fact]
    public void Weighted_counts_also_leave_out_rows_with_a_missing_weight()
    {
        var result = _engine.Query($"from '{_data.Path}' | select value = confusionMatrix(label, score, threshold: 0.5, weight_property: weight)");
        var matrix = (IReadOnlyDictionary<string, object?>)result[0, "value"]!;
        var complete = Rows.Where(r => r.IsComplete).ToList();
        AssertClose(complete.Where(r => r.Label == 1 && r.Score >= 0.5).Sum(r => r.Weight!.Value), (double)matrix["true_positive"]!);
        AssertClose(complete.Where(r => r.Label == 0 && r.Score < 0.5).Sum(r => r.Weight!.Value), (double)matrix["true_negative"]!);
    }

    [Fact]
    public void Losses_average_over_the_rows_with_a_label_and_a_score()
    {
        var result = _engine.Query($"from '{_data.Path}' | select loss = log_loss(label, score), brier = brier_score(label, score)");
        var present = Rows.Where(r => r.HasLabelAndScore).ToList();
        var epsilon = Math.Pow(2, -52);
        AssertClose(present.Average(r =>
        {
            var p = Math.Min(Math.Max(r.Score!.Value, epsilon), 1 - epsilon);
            return -Math.Log(r.Label == 1 ? p : 1 - p);
        }), (double)result[0, "loss"]!);
        AssertClose(present.Average(r => Math.Pow(r.Score!.Value - r.Label!.Value, 2)), (double)result[0, "brier"]!);
    }

    private static (long, long, long, long) Cells(Evaluation.Engine.Results.QueryResult result)
    {
        var matrix = (IReadOnlyDictionary<string, object?>)result[0, "value"]!;
        return ((long)matrix["true_positive"]!, (long)matrix["false_positive"]!, (long)matrix["true_negative"]!, (long)matrix["false_negative"]!);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    public void Dispose() => _data.Dispose();
}
