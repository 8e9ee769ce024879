using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Results;

public class ResultJsonTests(TestData data) : IClassFixture<TestData>
{
    [Fact]
    public void Nan_null_timestamps_and_lists_are_written_as_the_dialect_says()
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"{data.From} | where id in [3, 4, 5] | select id, score, ts, tags | order by id");
        var json = Engine.Results.ResultJson.Write(result).Replace("\r\n", "\n");
        Assert.Equal("""
            {
              "query_result": [
                {
                  "id": 3,
                  "score": "NaN",
                  "ts": "2026-01-02T00:00:00",
                  "tags": []
                },
                {
                  "id": 4,
                  "score": null,
                  "ts": "2026-02-15T12:00:00",
                  "tags": null
                },
                {
                  "id": 5,
                  "score": 0.5,
                  "ts": "2027-03-01T08:30:00.25",
                  "tags": [
                    "gpu"
                  ]
                }
              ]
            }
            """, json);
    }

    [Fact]
    public void Instants_carry_z_and_infinities_are_strings()
    {
        Assert.Equal("2026-01-04T00:22:40.5Z", Engine.Results.ResultJson.Timestamp(new DateTime(2026, 1, 4, 0, 22, 40, 500, DateTimeKind.Utc)));
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"{data.From} | where id == 1 | select m = max(score)");
        Assert.Contains("\"m\": 0.9", Engine.Results.ResultJson.Write(result));
    }

    [Fact]
    public void Undefined_values_are_warned_about_nulled_or_raised_as_the_query_says()
    {
        using var engine = EvaluationEngine.Open();
        var nan = engine.Query($"{data.From} | where id in [3, 4] | group by segment | select m = avg(score)");
        Assert.True(double.IsNaN((double)nan.Rows[0][1]!));
        Assert.Equal("`m` is undefined where segment = 'B': no non-missing values", Assert.Single(nan.Warnings).Text);
        var nulled = engine.Query($"{data.From} | where id in [3, 4] | group by segment | select m = avg(score) | on_undefined null");
        Assert.Null(nulled.Rows[0][1]);
        var error = Assert.Throws<QueryException>(() => engine.Query($"{data.From} | where id in [3, 4] | select m = avg(score) | on_undefined error"));
        Assert.Equal("`m` is undefined: no non-missing values", error.Message);
    }
}

public class HugeIntegerTests
{
    [Fact]
    public void A_hugeint_result_is_a_number_not_a_string()
    {
        var converted = Evaluation.Engine.DuckDb.DuckDbValues.From(System.Numerics.BigInteger.Parse("18446744073709551614"));
        Assert.Equal(1.8446744073709552E+19, converted);
        Assert.Equal(42L, Evaluation.Engine.DuckDb.DuckDbValues.From(new System.Numerics.BigInteger(42)));
    }
}
