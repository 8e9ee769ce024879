using Evaluation.Language.Ast;
using Evaluation.Language.Printing;
using Evaluation.Language.Tests.Validation;
using Evaluation.Language.Validation;
using Xunit;

namespace Evaluation.Language.Tests.Parsing;

/// <summary>
/// <c>rank score within metric direction …</c>: LANGUAGE.md §5's DSL form of the <c>rank</c> call,
/// the same tree as <c>rank(score, within: …, direction: …)</c> and the JSON function object, and
/// what the printers write for it.
/// </summary>
public class RankSyntaxTests
{
    private static Query Parse(string text)
    {
        var parsed = QueryText.Parse(text);
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        return parsed.Value!;
    }

    [Theory]
    [InlineData("select r = rank score within metric", "select r = rank(score, within: metric)")]
    [InlineData("select r = rank score within [metric, benchmark]", "select r = rank(score, within: [metric, benchmark])")]
    [InlineData("select r = rank score within metric direction min", "select r = rank(direction: 'min', property: score, within: metric)")]
    [InlineData("select r = RANK score DIRECTION MAX", "select r = rank(score, direction: 'max')")]
    [InlineData("select r = rank score within metric direction -0.5", "select r = rank(score, within: metric, direction: -0.5)")]
    [InlineData("select r = rank `odd score` direction catalog", "select r = rank(`odd score`, direction: 'catalog')")]
    public void The_rank_form_is_the_rank_call(string form, string call) => Assert.Equal(Parse(call), Parse(form));

    [Theory]
    [InlineData("""{"select": [{"function": "rank", "alias": "r", "parameters": {"property": "score", "within": "metric"}}]}""", "select r = rank score within metric")]
    [InlineData("""{"select": [{"function": "rank", "alias": "r", "parameters": {"property": "score", "within": ["metric"]}}]}""", "select r = rank score within [metric]")]
    [InlineData("""{"select": [{"function": "rank", "parameters": {"property": "score", "direction": "min"}}]}""", "select rank score direction min")]
    [InlineData("""{"select": [{"function": "rank", "parameters": {"property": "score", "direction": 1}}]}""", "select rank score direction 1")]
    [InlineData("""{"select": [{"function": "RANK", "parameters": {"property": "score"}}]}""", "select RANK(score)")]
    [InlineData("""{"select": [{"function": "rank", "parameters": {"property": "score", "direction": "best"}}]}""", "select rank(score, direction: 'best')")]
    [InlineData("""{"select": [{"function": "rank", "parameters": {"property": {"function": "abs_error", "parameters": {"ground_truth_property": "y", "predicted_property": "p"}}}}]}""", "select rank(abs_error(y, p))")]
    public void Json_prints_the_rank_form_when_it_can_say_the_call_exactly(string json, string dsl)
    {
        var query = Parse(json);
        Assert.Equal(dsl, DslPrinter.Print(query));
        Assert.Equal(query, Parse(dsl));
        Assert.Equal(JsonPrinter.Print(query), JsonPrinter.Print(Parse(dsl)));
    }

    [Fact]
    public void A_column_called_rank_is_still_a_column()
    {
        var query = Parse("select rank, model | order by rank");
        Assert.Equal(new ColumnRef("rank"), ((ExprItem)query.Select[0]).Expression);
        Assert.Equal("select rank, model\n| order by rank", DslPrinter.Print(query));
    }

    [Fact]
    public void The_rank_form_carries_spans_for_its_words()
    {
        const string text = "select r = rank score within metric direction min";
        var call = (FunctionCall)((ExprItem)Parse(text).Select[0]).Expression;
        Assert.Equal("rank", text.Substring(call.NameSpan.Start, call.NameSpan.Length));
        Assert.Equal("rank score within metric direction min", text.Substring(call.Span.Start, call.Span.Length));
        var direction = call.Find("direction")!;
        Assert.Equal("direction min", text.Substring(direction.Span.Start, direction.Span.Length));
    }

    [Theory]
    [InlineData("select r = rank score within", "EVQ001 1:29+0 unexpected end of input, expected a column or a list of columns [a, b]")]
    [InlineData("select r = rank score direction best", "EVQ001 1:33+4 unexpected name `best`, expected `max`, `min`, `catalog` or a target number")]
    [InlineData("select r = rank score direction 'min'", "EVQ001 1:33+5 unexpected string `'min'`, expected `max`, `min`, `catalog` or a target number")]
    [InlineData("select r = rank score within segment direction catalog",
        "EVQ036 1:30+7 `rank` by the catalog's direction (the default) reads the metric named in each row's `metric` column, and this source has none; give a direction (`direction max`, `min` or a target number)")]
    [InlineData("select r = rank(score, direction: 'best')", "EVQ023 1:35+6 `direction` of `rank` takes a number or 'max', 'min', 'catalog', not the string 'best'")]
    [InlineData("group by segment | select n = count(), r = rank score direction max",
        "EVQ032 1:40+28 `r` ranks rows, but the query aggregates; rank the aggregated result in a later stage: `| select *, r = rank …`")]
    [InlineData("select m = median(rank score direction max)", "EVQ001 1:24+5 unexpected name `score`, expected `)`")]
    [InlineData("select m = median(rank(score, direction: 'max'))",
        "EVQ028 1:19+4 `property` of `median` takes a column or a row-level function; `rank` is a window function (rank in a select, then use its alias in a later stage)")]
    public void Bad_rank_input_is_reported_where_it_is(string input, string expected) =>
        Assert.Equal(expected, ErrorCaseTests.Describe(input));

    [Fact]
    public void Ranking_by_the_catalog_needs_partitions_that_keep_metrics_apart()
    {
        const string text = "from results('runs') | select model, r = rank score within model";
        var diagnostics = QueryText.Check(text, new ValidationOptions()).Diagnostics;
        var error = Assert.Single(diagnostics);
        Assert.Equal("EVQ036", error.Code);
        Assert.Equal("model", text.Substring(error.Span.Start, error.Span.Length));
        Assert.Contains("so `within` must include `metric`", error.Message);
        Assert.Empty(QueryText.Check("from results('runs') | select model, r = rank score within [model, METRIC]", new ValidationOptions()).Diagnostics);
        Assert.Empty(QueryText.Check("from results('runs') | select model, r = rank score direction min", new ValidationOptions()).Diagnostics);
    }
}
