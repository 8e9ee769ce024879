using Evaluation.Cli.Repl;
using Evaluation.Engine;
using Xunit;

namespace Evaluation.Cli.Tests.Repl;

/// <summary>Statement boundaries, the history file, and a cancelled query that leaves the session running.</summary>
public class ReplStateTests
{
    [Theory]
    [InlineData("select n = count();", true)]
    [InlineData("select n = count()", false)]
    [InlineData("select n = count( ;", false)]
    [InlineData("from 'a;b'", false)]
    [InlineData("from 'it''s;' | select n = count();", true)]
    [InlineData("select n = count() # done;", false)]
    [InlineData("from 'open;", false)]
    public void A_line_completes_a_statement_only_at_a_semicolon_outside_strings_brackets_and_comments(string line, bool complete)
    {
        var buffer = new StatementBuffer();
        Assert.Equal(complete, buffer.Add(line) is not null);
    }

    [Fact]
    public void An_empty_line_ends_a_statement_unless_something_is_open()
    {
        var buffer = new StatementBuffer();
        Assert.Null(buffer.Add("from x"));
        Assert.Null(buffer.Add("| select n = count("));
        Assert.Null(buffer.Add(""));
        Assert.Null(buffer.Add(")"));
        Assert.Equal("from x\n| select n = count(\n)", buffer.Add(""));
        Assert.True(buffer.IsEmpty);
        Assert.Equal(".schema x", buffer.Add("  .schema x  "));
        // Inside a string, the blank line is the string's.
        Assert.Null(buffer.Add("from 'a"));
        Assert.Null(buffer.Add(""));
        Assert.Equal("from 'a\n\nb';", buffer.Add("b';"));
    }

    [Fact]
    public void History_moves_repeats_to_the_end_keeps_multi_line_entries_and_stays_bounded()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evalq-history-{Guid.NewGuid():N}");
        try
        {
            var history = HistoryFile.Open(path);
            history.Add("a");
            history.Add("from x\n| select n = count()");
            history.Add("a");
            Assert.Equal(new[] { "from x\n| select n = count()", "a" }, HistoryFile.Open(path).Entries);
            for (var i = 0; i < HistoryFile.Limit + 5; i++) history.Add("q" + i);
            var reread = HistoryFile.Open(path);
            Assert.Equal(HistoryFile.Limit, reread.Entries.Count);
            Assert.Equal("q" + (HistoryFile.Limit + 4), reread.Entries[^1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class CancelFirstQuery : IQueryInterrupts
    {
        private int _queries;

        public QueryScope Begin()
        {
            var scope = new QueryScope();
            if (_queries++ == 0) scope.Cancel();
            return scope;
        }
    }

    [Fact]
    public void A_cancelled_query_reports_it_and_the_session_goes_on()
    {
        var data = Path.GetFullPath(Path.Combine(CliRunner.RepositoryRoot(), "..", "shared", "acceptance", "binary", "data.parquet"));
        using var engine = EvaluationEngine.Open();
        var output = new StringWriter();
        var error = new StringWriter();
        var session = new ReplSession(engine, new CliConsole(TextReader.Null, output, error), new CancelFirstQuery(), history: null, colour: false);
        var code = session.Run(new PlainLineReader(new StringReader($"from '{data}' | select n = count();\nfrom '{data}' | select n = count();\n")), interactive: true);
        Assert.Equal(0, code);
        Assert.Equal("error: query cancelled.\n", error.ToString().Replace("\r\n", "\n"));
        Assert.Equal("   n\n----\n6000\n(1 row)\n", output.ToString().Replace("\r\n", "\n"));
    }
}
