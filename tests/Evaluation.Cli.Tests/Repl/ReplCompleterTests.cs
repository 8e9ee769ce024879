using Evaluation.Cli.Repl;
using Evaluation.Engine;
using Evaluation.Language.Catalog;
using RadLine;
using Xunit;

namespace Evaluation.Cli.Tests.Repl;

/// <summary>Completion through RadLine's <see cref="ITextCompletion"/>, as the editor calls it on Tab, over a real engine.</summary>
public sealed class ReplCompleterTests : IDisposable
{
    private static readonly string Binary = Path.GetFullPath(Path.Combine(CliRunner.RepositoryRoot(), "..", "shared", "acceptance", "binary", "data.parquet"));
    private readonly EvaluationEngine _engine = EvaluationEngine.Open(new EngineOptions { Sources = new Dictionary<string, string> { ["binary"] = Binary } });
    private string _pending = "";

    private ITextCompletion Completion() => new ReplCompletion(
        new ReplCompleter(FunctionCatalog.Default, source => SourceColumns.Of(_engine, source), () => _engine.SourceBindings.Select(b => b.Name)),
        () => _pending);

    /// <summary>What Tab offers with the cursor at the end of <paramref name="line"/>, split as RadLine splits it (the word is the last run of non-space characters).</summary>
    private IReadOnlyList<string> Complete(string line)
    {
        var start = line.Length;
        while (start > 0 && line[start - 1] != ' ') start--;
        return (Completion().GetCompletions(line.Substring(0, start), line.Substring(start), "") ?? Array.Empty<string>()).ToList();
    }

    [Fact]
    public void A_call_suggests_its_parameter_names_first_then_the_columns()
    {
        var offered = Complete($"from '{Binary}' | select e = rmse(");
        Assert.Equal("rmse(ground_truth_property:", offered[0]);
        Assert.Equal("rmse(predicted_property:", offered[1]);
        Assert.Contains("rmse(score", offered);
    }

    [Fact]
    public void Parameters_already_named_are_not_offered_again()
    {
        var offered = Complete($"from '{Binary}' | select auc(ground_truth_property: label, ");
        Assert.DoesNotContain("ground_truth_property:", offered);
        Assert.Contains("predicted_property:", offered);
    }

    [Fact]
    public void Columns_come_from_the_parquet_schema_of_the_source()
    {
        // Columns first, then functions and operators.
        Assert.Equal(new[] { "segment", "score" }, Complete($"from '{Binary}' | group by s").Take(2));
        Assert.Contains("sum(", Complete($"from '{Binary}' | group by s"));
        // A bound name, the source named on an earlier line of the statement.
        _pending = "from binary\n";
        Assert.Equal("score", Complete("| select sc")[0]);
    }

    [Fact]
    public void A_from_in_a_comment_or_a_string_does_not_change_the_source()
    {
        _pending = "from binary\n# not from 'nowhere.parquet'\n| where segment != 'from elsewhere'\n";
        Assert.Equal("score", Complete("| select sc")[0]);
    }

    [Fact]
    public void A_stage_start_offers_the_stage_keywords()
    {
        Assert.Equal(new[] { "group by" }, Complete($"from '{Binary}' | gr"));
        Assert.Equal(new[] { "from", "where", "group by", "select", "pivot", "order by", "limit", "offset", "let" }, Complete("from binary | "));
        _pending = "from binary\n";
        Assert.Equal(new[] { "where" }, Complete("wh"));
    }

    [Fact]
    public void A_path_is_completed_inside_from_quotes()
    {
        var folder = Path.GetDirectoryName(Binary)!;
        var offered = Complete($"from '{folder}/da");
        Assert.Equal(new[] { $"'{folder}/data.csv", $"'{folder}/data.parquet" }, offered.Select(o => o.Substring(o.IndexOf('\''))));
        Assert.Contains(Complete($"from '{Path.GetDirectoryName(folder)}/bi"), o => o.EndsWith("/binary/", StringComparison.Ordinal));
    }

    [Fact]
    public void Dot_commands_and_their_arguments_complete()
    {
        Assert.Equal(new[] { ".schema" }, Complete(".sc"));
        Assert.Equal(new[] { ".format json" }, Complete(".format j").Select(o => ".format " + o));
        Assert.Equal(new[] { "binary" }, Complete(".schema bi"));
        Assert.Contains("roc_curve", Complete(".functions roc"));
    }

    public void Dispose() => _engine.Dispose();
}
