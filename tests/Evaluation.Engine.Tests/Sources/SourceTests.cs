using Evaluation.Engine.Tests.Support;
using Evaluation.Language.Printing;
using Evaluation.Language.Validation;
using Xunit;

namespace Evaluation.Engine.Tests.Sources;

public class SourceTests(TestData data) : IClassFixture<TestData>
{
    private static long Count(EvaluationEngine engine, string from) => (long)engine.Query($"{from} | select n = count()").Rows[0][0]!;

    [Fact]
    public void Parquet_csv_jsonl_globs_and_hive_folders_are_read_in_place()
    {
        using var engine = EvaluationEngine.Open();
        Assert.Equal(6, Count(engine, "from " + DslNames.String(data.Parquet)));
        Assert.Equal(6, Count(engine, "from " + DslNames.String(data.Csv)));
        Assert.Equal(6, Count(engine, "from " + DslNames.String(data.Jsonl)));
        Assert.Equal(6, Count(engine, "from " + DslNames.String(data.Parts)));
        Assert.Equal(6, Count(engine, "from " + DslNames.String(data.Hive)));
    }

    [Fact]
    public void A_duckdb_database_tables_are_read_by_name()
    {
        using var engine = EvaluationEngine.Open();
        Assert.Equal(6, Count(engine, "from " + DslNames.String(data.Database + "#inference")));
        Assert.Equal(2, Count(engine, "from " + DslNames.String(data.Database + "#runs")));
        var missing = Assert.Throws<QueryException>(() => engine.Query($"from {DslNames.String(data.Database + "#nope")} | select n = count()"));
        Assert.Equal("EVQ042", Assert.Single(missing.Diagnostics).Code);
    }

    [Fact]
    public void A_hive_partition_column_can_be_filtered_and_grouped()
    {
        using var engine = EvaluationEngine.Open();
        var result = engine.Query($"from {DslNames.String(data.Hive)} | where segment != 'none' | group by segment | select n = count()");
        Assert.Equal("A:2,B:2,C:1", string.Join(",", result.Rows.Select(r => $"{r[0]}:{r[1]}")));
    }

    [Fact]
    public void A_registered_name_and_the_default_source_resolve()
    {
        using var engine = EvaluationEngine.Open(new EngineOptions { Sources = new Dictionary<string, string> { ["inference"] = data.Parquet, ["rows"] = data.Csv } });
        Assert.Equal(6, Count(engine, ""));
        Assert.Equal(6, Count(engine, "from rows"));
    }

    [Fact]
    public void A_missing_file_is_an_error_at_the_source()
    {
        using var engine = EvaluationEngine.Open();
        const string query = "from 'no/such.parquet' | select n = count()";
        var error = Assert.Throws<QueryException>(() => engine.Query(query));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("EVQ042", diagnostic.Code);
        Assert.Equal("'no/such.parquet'", query.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.StartsWith("no file or folder `no/such.parquet`", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_name_suggests_a_registered_one()
    {
        using var engine = EvaluationEngine.Open(new EngineOptions { Sources = new Dictionary<string, string> { ["inference"] = data.Parquet } });
        var error = Assert.Throws<QueryException>(() => engine.Query("from inferense | select n = count()"));
        Assert.Equal("inference", Assert.Single(error.Diagnostics).Suggestion);
    }

    [Fact]
    public void No_source_at_all_says_how_to_give_one()
    {
        using var engine = EvaluationEngine.Open();
        var error = Assert.Throws<QueryException>(() => engine.Query("select n = count()"));
        Assert.Contains("--source inference=PATH", Assert.Single(error.Diagnostics).Message);
    }

    [Fact]
    public void A_glob_matching_nothing_and_an_unknown_extension_are_clear_errors()
    {
        using var engine = EvaluationEngine.Open();
        var glob = Assert.Throws<QueryException>(() => engine.Query($"from {DslNames.String(Path.Combine(data.Folder, "none-*.parquet"))} | select n = count()"));
        Assert.Equal("EVQ042", Assert.Single(glob.Diagnostics).Code);
        File.WriteAllText(Path.Combine(data.Folder, "rows.xlsx"), "");
        var extension = Assert.Throws<QueryException>(() => engine.Query($"from {DslNames.String(Path.Combine(data.Folder, "rows.xlsx"))} | select n = count()"));
        Assert.Contains("cannot tell how to read", Assert.Single(extension.Diagnostics).Message);
    }

    [Fact]
    public void Validation_uses_the_real_schema_before_anything_runs()
    {
        using var engine = EvaluationEngine.Open();
        var error = Assert.Throws<QueryException>(() => engine.Query($"from {DslNames.String(data.Parquet)} | where segment > 3 | select n = count(), m = avg(scroe)"));
        Assert.Equal(new[] { "EVQ040", "EVQ041" }, error.Diagnostics.Select(d => d.Code).OrderBy(c => c));
        Assert.Equal("score", error.Diagnostics.Single(d => d.Code == "EVQ040").Suggestion);
    }
}

public class SchemaCacheTests
{
    [Fact]
    public void A_changed_file_is_read_again()
    {
        using var data = new TestData();
        var copy = Path.Combine(data.Folder, "copy.csv");
        File.WriteAllText(copy, "a,b\n1,2\n");
        using var engine = EvaluationEngine.Open();
        var from = "from '" + copy.Replace("'", "''") + "'";
        Assert.Equal(2.0, engine.Query($"{from} | select s = sum(b)").Rows[0][0]);
        File.WriteAllText(copy, "a,c\n1,5\n7,9\n");
        File.SetLastWriteTimeUtc(copy, DateTime.UtcNow.AddMinutes(1));
        var error = Assert.Throws<QueryException>(() => engine.Query($"{from} | select s = sum(b)"));
        Assert.Equal("EVQ040", Assert.Single(error.Diagnostics).Code);
        Assert.Equal(2L, engine.Query($"{from} | select n = count()").Rows[0][0]);
    }
}
