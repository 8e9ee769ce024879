using System.Buffers.Binary;
using System.Text.Json.Nodes;
using Xunit;

namespace Evaluation.Cli.Tests.Repl;

/// <summary>The REPL as a process with scripted standard input: statements, dot-commands, errors, output, plots, history.</summary>
public class ReplProcessTests
{
    private static readonly string Binary = Path.GetFullPath(Path.Combine(CliRunner.RepositoryRoot(), "..", "shared", "acceptance", "binary", "data.parquet"));
    private static readonly string Credit = Path.Combine(CliRunner.RepositoryRoot(), "samples", "data", "credit", "*.parquet");

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    [Fact]
    public void A_query_spans_lines_until_a_semicolon_or_an_empty_line()
    {
        var result = ReplProcess.Run(Lines(
            $"from '{Binary}'",
            "| group by model",
            "| select model, n = count();",
            $"from '{Binary}' | where segment == 'A'",
            "| select n = count()",
            ""));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(
            "model |    n\n------+-----\nv1    | 2996\nv2    | 3004\n(2 rows)\n" +
            "   n\n----\n1460\n(1 row)\n", result.Out);
    }

    [Fact]
    public void An_open_string_or_bracket_continues_past_an_empty_line()
    {
        var result = ReplProcess.Run(Lines(
            $"from '{Binary}' | where segment in ['A',",
            "",
            "  'B'] | select n = count(",
            ")",
            "",
            "from 'never",
            "",
            "closed' | select n = count();"));
        Assert.Contains("   n\n----\n3003\n(1 row)\n", result.Out);
        // The string ran over the empty line, so the path holds it and the source does not exist.
        Assert.Contains("error EVQ042", result.Error);
        Assert.Contains("never\n\nclosed", result.Error);
    }

    [Theory]
    [InlineData("| select n = count(), s = 'open")]
    [InlineData("| select n = count(")]
    public void Input_ending_inside_an_open_string_or_bracket_is_reported_not_dropped(string lastLine)
    {
        var result = ReplProcess.Run($"from '{Binary}'\n{lastLine}\n");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("line 2, column", result.Error);
    }

    [Fact]
    public void An_error_prints_the_caret_and_help_and_the_session_goes_on()
    {
        var result = ReplProcess.Run(Lines(
            $"let a = from '{Binary}' | where segment == 'A' | select label, score;",
            "from a | select m = avg(scor);",
            "from a | select n = count();"));
        Assert.Equal(
            "error EVQ040 at line 1, column 25: the source has no column `scor`\n" +
            "  | from a | select m = avg(scor);\n" +
            "  |                         ^^^^\n" +
            "  = help: did you mean `score`?\n\n", result.Error);
        Assert.Equal("   n\n----\n1460\n(1 row)\n", result.Out);
        Assert.DoesNotContain('\u001b', result.Out + result.Error);
        // A script through the REPL that had an error exits with 1.
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Dot_commands_show_sources_schema_functions_and_explanations()
    {
        var result = ReplProcess.Run(Lines(
            $"let scored = from '{Binary}' | select label, score;",
            ".sources",
            ".schema scored",
            $".schema '{Binary}'",
            ".functions roc_curve",
            $".explain from '{Binary}' | where segment == 'B' | select n = count()",
            ".nope"), null, "--source", $"credit={Credit}");
        var output = result.Out;
        Assert.Contains("credit  " + Credit + "\nscored  let\n", output);
        Assert.Contains("label  BIGINT\nscore  DOUBLE\n", output);
        Assert.Contains("inference_id  BIGINT\nts            TIMESTAMP\nmodel         VARCHAR\n", output);
        Assert.Contains("roc_curve (curve)\n", output);
        Assert.Contains("ground_truth_property", output);
        Assert.Contains("direction: -", output);
        Assert.Contains("-- SQL\nSELECT count_star() AS \"n\"\nFROM read_parquet($1)\nWHERE (\"segment\" = $2)\n", output);
        Assert.Contains("--   $2 = 'B'\n", output);
        Assert.Contains("error: unknown command `.nope`", result.Error);
    }

    [Fact]
    public void Format_timer_and_maxrows_change_how_results_print()
    {
        var result = ReplProcess.Run(Lines(
            ".format csv",
            $"from '{Binary}' | group by model | select model, n = count();",
            ".format json",
            $"from '{Binary}' | select n = count();",
            ".format table",
            ".timer on",
            ".maxrows 3",
            $"from '{Binary}' | select roc_curve(label, score);"));
        var output = result.Out;
        Assert.StartsWith("model,n\nv1,2996\nv2,3004\n", output);
        var start = output.IndexOf("{\n", StringComparison.Ordinal);
        var json = output.Substring(start, output.IndexOf("\n}\n", start, StringComparison.Ordinal) + 2 - start);
        Assert.Equal(6000, JsonNode.Parse(json)!["query_result"]![0]!["n"]!.GetValue<long>());
        Assert.Contains("threshold | fpr |                 tpr\n----------+-----+--------------------\n Infinity |   0 |                   0\n", output);
        Assert.Matches(@"\n\.\.\. \d+ more rows\n\(\d+ rows\)\nRun time: \d+\.\d{3} s, \d+ rows\n$", output);
    }

    [Fact]
    public void Output_writes_every_row_to_a_file_and_read_runs_a_script()
    {
        var folder = Directory.CreateTempSubdirectory("evalq-repl-");
        try
        {
            var script = Path.Combine(folder.FullName, "count.evq");
            File.WriteAllText(script, $"let b = from '{Binary}' | where segment == 'B' | select label;\nfrom b | select n = count()\n");
            var target = Path.Combine(folder.FullName, "out.csv");
            var result = ReplProcess.Run(Lines(
                ".maxrows 2",
                ".format csv",
                $".output {target}",
                $"from '{Binary}' | group by segment | select segment, n = count();",
                ".output",
                $".read {script}",
                ".quit",
                "this line is never read"));
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("segment,n\nA,1460\nB,1543\nC,1443\nD,1554\n", File.ReadAllText(target));
            Assert.Equal("n\n1543\n", result.Out);
            Assert.Equal("", result.Error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Plot_draws_a_roc_curve_as_text_and_as_a_png()
    {
        var folder = Directory.CreateTempSubdirectory("evalq-plot-");
        try
        {
            var png = Path.Combine(folder.FullName, "roc.png");
            var result = ReplProcess.Run(Lines($".plot {png} from '{Binary}' | select roc_curve(label, score)"));
            Assert.Equal("", result.Error);
            var lines = result.Out.Split('\n');
            Assert.Equal("ROC curve", lines[0]);
            Assert.Equal("1 |", lines[1].Substring(0, 3));
            Assert.Contains("   x: false positive rate, y: true positive rate", lines);
            Assert.Contains($"wrote {png} (800x600 PNG)", lines);

            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 5_000, $"a drawn chart, not an empty image ({bytes.Length} bytes)");
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes.Take(8));
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
            Assert.Equal(800, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
            Assert.Equal(600, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Plot_without_a_query_draws_the_last_result_over_its_first_column()
    {
        var result = ReplProcess.Run(Lines(
            $"from '{Binary}' | group by day = roundTimestamp(ts, 'week') | select day, error_rate = avg(label) | order by day;",
            ".plot"));
        Assert.Equal("", result.Error);
        Assert.Contains("error_rate by day\n", result.Out);
        Assert.Contains("   x: day, y: error_rate\n", result.Out);
        Assert.Matches(@"\n +2025-12-29 +2026-01-26\n", result.Out);
    }

    [Fact]
    public void History_is_kept_across_sessions_without_duplicates()
    {
        var file = Path.Combine(Path.GetTempPath(), $"evalq-history-{Guid.NewGuid():N}");
        try
        {
            ReplProcess.Run(Lines(".timer on", ".format csv", ".timer on"), file);
            var second = ReplProcess.Run(Lines(".history"), file);
            Assert.Equal(".format csv\n.timer on\n.history\n", second.Out);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
