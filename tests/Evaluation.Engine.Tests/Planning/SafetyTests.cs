using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Planning;

/// <summary>No user value becomes SQL text: odd column names are quoted identifiers, values are bound parameters.</summary>
public class SafetyTests(TestData data) : IClassFixture<TestData>
{
    private const string OddColumn = "x\"; DROP TABLE t; --";

    [Fact]
    public void Odd_names_and_values_give_the_right_answer_and_never_appear_as_sql_values()
    {
        using var engine = EvaluationEngine.Open();
        var query = $"{data.From} | where `x\"; DROP TABLE t; --` in ['it''s', 'x\"; DROP TABLE t; --', '50%'] and segment != ''';--' | group by `x\"; DROP TABLE t; --` | select n = count() | order by `x\"; DROP TABLE t; --`";
        var result = engine.Query(query);
        Assert.Equal(new object?[] { "50%", "it's", OddColumn }, result.Rows.Select(r => r[0]));
        Assert.Equal(OddColumn, result.Columns[0].Name);

        var (sql, parameters) = engine.Sql(query);
        Assert.Contains("\"x\"\"; DROP TABLE t; --\"", sql); // the identifier, quoted with its quote doubled
        Assert.DoesNotContain("it's", sql);
        Assert.DoesNotContain("'''", sql);
        Assert.DoesNotContain("50%", sql);
        Assert.DoesNotContain(data.Parquet, sql);
        Assert.Contains("it's", parameters);
        Assert.Contains(OddColumn, parameters);
        Assert.Contains("';--", parameters);
        Assert.Contains(data.Parquet, parameters);
    }

    [Fact]
    public void A_path_with_a_quote_is_a_parameter_too()
    {
        var folder = Path.Combine(data.Folder, "it's here");
        Directory.CreateDirectory(folder);
        File.Copy(data.Parquet, Path.Combine(folder, "rows.parquet"), overwrite: true);
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"from '{folder.Replace("'", "''")}/rows.parquet' | select n = count()");
        Assert.Equal(6L, result.Rows[0][0]);
    }
}
