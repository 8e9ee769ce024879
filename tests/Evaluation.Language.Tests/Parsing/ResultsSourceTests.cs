using Evaluation.Language.Ast;
using Evaluation.Language.Printing;
using Xunit;

namespace Evaluation.Language.Tests.Parsing;

/// <summary><c>from results('DIR')</c>: a results store as a source, in both front-ends and back.</summary>
public class ResultsSourceTests
{
    [Fact]
    public void The_dsl_form_parses_to_a_results_source_and_prints_back()
    {
        var parsed = QueryText.Parse("from results('runs/store') | group by metric | select m = avg(score)");
        Assert.False(parsed.HasErrors);
        var source = Assert.IsType<ResultsSource>(parsed.Value!.From);
        Assert.Equal("runs/store", source.Folder);
        var dsl = DslPrinter.Print(parsed.Value);
        Assert.StartsWith("from results('runs/store')\n", dsl);
        var json = JsonPrinter.Print(parsed.Value);
        Assert.Contains("\"results\": \"runs/store\"", json);
        Assert.Equal("runs/store", Assert.IsType<ResultsSource>(QueryText.Parse(json).Value!.From).Folder);
        Assert.Equal(dsl, DslPrinter.Print(QueryText.Parse(json).Value!));
    }

    [Fact]
    public void A_source_called_results_is_still_a_name()
    {
        var parsed = QueryText.Parse("from results | select n = count()");
        Assert.Equal("results", Assert.IsType<NamedSource>(parsed.Value!.From).Name);
    }

    [Fact]
    public void A_json_results_source_that_is_not_a_string_is_reported_at_its_value()
    {
        var parsed = QueryText.Parse("""{"from": {"results": 3}, "select": [{"property": "name"}]}""");
        Assert.True(parsed.HasErrors);
        Assert.Contains(parsed.Diagnostics, d => d.Text.Contains("`results` is the folder of a results store"));
    }
}
