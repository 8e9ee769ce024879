using System.Text.Json.Nodes;
using Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>evalq run / query / explain over the shipped sample data.</summary>
public class RunCommandTests
{
    private static readonly string Credit = Path.Combine(CliRunner.RepositoryRoot(), "samples", "data", "credit", "*.parquet");

    private static string From => $"from '{Credit}'";

    [Fact]
    public void Run_prints_json_when_output_is_not_a_terminal()
    {
        var result = CliRunner.InProcess("", "run", "-c", $"{From} | group by model_version | select n = count()");
        Assert.Equal(0, result.ExitCode);
        var rows = JsonNode.Parse(result.Out)!["query_result"]!.AsArray();
        Assert.Equal(new[] { "v1", "v2" }, rows.Select(r => r!["model_version"]!.GetValue<string>()));
        Assert.Equal(10000, rows.Sum(r => r!["n"]!.GetValue<long>()));
    }

    [Fact]
    public void Run_prints_an_aligned_table_on_request()
    {
        var result = CliRunner.InProcess("", "run", "-c", $"{From} | group by SEX | select n = count() | order by SEX", "--format", "table");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal("SEX |    n", lines[0]);
        Assert.Equal("----+-----", lines[1]);
        Assert.Equal("(2 rows)", lines[4]);
    }

    [Fact]
    public void Csv_and_jsonl_formats_write_one_line_per_row()
    {
        var csv = CliRunner.InProcess("", "run", "-c", $"{From} | group by model_version | select n = count()", "--format", "csv");
        Assert.Equal("model_version,n\nv1,5005\nv2,4995\n", csv.Out);
        var jsonl = CliRunner.InProcess("", "run", "-c", $"{From} | group by model_version | select n = count()", "--format", "jsonl");
        Assert.Equal("{\"model_version\":\"v1\",\"n\":5005}\n{\"model_version\":\"v2\",\"n\":4995}\n", jsonl.Out);
    }

    [Fact]
    public void Query_runs_a_json_request_from_stdin_with_a_registered_source()
    {
        var request = """{"select": [{"function": "count", "alias": "n"}], "filter": [{"property": "SEX", "comparator": "eq", "value": 1}]}""";
        var result = CliRunner.InProcess(request, "query", "-", "--source", $"inference={Credit}");
        Assert.Equal(0, result.ExitCode);
        Assert.True(JsonNode.Parse(result.Out)!["query_result"]![0]!["n"]!.GetValue<long>() > 4000);
    }

    [Fact]
    public void Parquet_output_writes_a_file_that_reads_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evalq-{Guid.NewGuid():N}.parquet");
        try
        {
            var written = CliRunner.InProcess("", "run", "-c", $"{From} | group by region | select n = count()", "--format", "parquet", "--output", path);
            Assert.Equal(0, written.ExitCode);
            var read = CliRunner.InProcess("", "run", "-c", $"from '{path}' | select total = sum(n), regions = count()");
            var row = JsonNode.Parse(read.Out)!["query_result"]![0]!;
            Assert.Equal(10000, row["total"]!.GetValue<double>());
            Assert.Equal(4, row["regions"]!.GetValue<long>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parquet_output_of_a_script_with_several_statements_is_refused_with_a_position()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evalq-{Guid.NewGuid():N}.parquet");
        var result = CliRunner.InProcess("", "run", "-c", $"{From} | select n = count();\n{From} | select m = count()", "--format", "parquet", "--output", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error EVQ015: expected one query; this text holds several", result.Error);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Explain_prints_the_tree_the_sql_with_parameters_and_the_plan()
    {
        var result = CliRunner.InProcess("", "explain", "-c", $"{From} | where SEX == 2 | select n = count()");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("-- query (canonical DSL)\nfrom '", result.Out);
        Assert.Contains("-- SQL\nSELECT count_star() AS \"n\"\nFROM read_parquet($1)\nWHERE (\"SEX\" = $2)\n", result.Out);
        Assert.Contains("--   $2 = 2\n", result.Out);
        Assert.Contains("-- DuckDB plan\n", result.Out);
    }

    [Fact]
    public void A_bad_query_prints_the_caret_and_exits_with_one()
    {
        var result = CliRunner.InProcess("", "run", "-c", $"{From} | select m = avg(FICO_actul)");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error EVQ040: the source has no column `FICO_actul`", result.Error);
        Assert.Contains("  = help: did you mean `FICO_actual`?", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Usage_errors_exit_with_two()
    {
        Assert.Equal(2, CliRunner.InProcess("", "run", "-c", "select n = count()", "--format", "xml").ExitCode);
        Assert.Equal(2, CliRunner.InProcess("", "run", "-c", "select n = count()", "--source", "nameonly").ExitCode);
        Assert.Equal(2, CliRunner.InProcess("", "run", "-c", "select n = count()", "--format", "parquet").ExitCode);
    }
}
