using Evaluation.Analyzers.Reporting;
using Evaluation.Analyzers.Tests.Support;
using Evaluation.Language.Validation;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Evaluation.Analyzers.Tests;

/// <summary>What the query-string analyzer reports, with its exact span and message, for each family of problems.</summary>
public sealed class QueryDiagnosticTests
{
    [Fact]
    public void Syntax_error_with_its_suggestion() =>
        Assert.Equal(
            new[] { "EVQ001 1:24 `selct` unexpected `selct`, expected a stage after `|` (from, where, group by, select, order by, limit, offset, page, on_undefined); did you mean `select`?" },
            Analyze.Strings("""engine.Query("from t | selct count()");"""));

    [Fact]
    public void End_of_input_is_an_empty_squiggle_before_the_closing_quote()
    {
        var reported = Analyze.Strings("""engine.Query("select rmse(a, b");""");
        Assert.Equal(new[] { "EVQ001 1:31 `` unexpected end of input, expected `)`" }, reported);
    }

    [Fact]
    public void Unterminated_query_string() =>
        Assert.Equal(
            new[] { "EVQ002 1:39 `'b` the string has no closing quote `'`" },
            Analyze.Strings("""engine.Query("from t | select rmse(a, 'b");"""));

    [Fact]
    public void Threshold_outside_the_unit_interval_is_reported_at_the_number() =>
        Assert.Equal(
            new[] { "EVQ024 1:63 `1.5` `threshold` of `confusionMatrix` must be between 0 and 1; got 1.5" },
            Analyze.Strings("""engine.Query("select confusionMatrix(label, score, threshold: 1.5)");"""));

    [Fact]
    public void Unknown_parameter_names_its_closest_match() =>
        Assert.Equal(
            new[] { "EVQ021 1:33 `weight_propery` `rmse` has no parameter `weight_propery`; its parameters are ground_truth_property, predicted_property, weight_property; did you mean `weight_property`?" },
            Analyze.Strings("""engine.Query("select rmse(a, b, weight_propery: w)");"""));

    [Fact]
    public void Query_shape_problems_are_reported_too() =>
        Assert.Equal(
            new[] { "EVQ032 1:24 `SEX` `SEX` is computed per row, but the query aggregates; add it to `group_by` or aggregate it" },
            Analyze.Strings("""engine.Explain("select SEX, n = count()");"""));

    [Fact]
    public void Columns_are_not_checked_without_data_and_descriptor_roles_are_not_demanded() =>
        Assert.Empty(Analyze.Strings("""
            engine.Query("from 'data/*.parquet' | select auc(), e = rmse(no_such_column, other)");
            """));

    [Fact]
    public void Parameters_no_descriptor_can_supply_are_still_demanded() =>
        Assert.Equal(
            new[] { "EVQ022 1:22 `quantile` `quantile` needs `q`" },
            Analyze.Strings("""engine.Query("select quantile(score)");"""));

    [Fact]
    public void Evalq_json_parameters_read_the_json_dialect_even_without_a_brace() =>
        Assert.Equal(
            new[] { "EVQ001 1:16 `select` unexpected `select`, expected a value" },
            Analyze.Strings("""Requests.Send("select count()");"""));

    [Fact]
    public void Evalq_parameters_take_json_when_the_text_starts_with_a_brace() =>
        Assert.Equal(
            new[] { "EVQ005 1:50 `,` a trailing comma is not allowed before `]`" },
            Analyze.Strings(""""engine.Query("""{"select": [{"function": "count"},]}""");""""));

    [Fact]
    public void Empty_text_is_reported_on_the_whole_literal() =>
        Assert.Equal(new[] { "EVQ016 1:14 `\"\"` there is no query here" }, Analyze.Strings("""engine.Query("");"""));

    [Fact]
    public void Every_language_code_has_a_descriptor_with_its_severity()
    {
        foreach (var language in DiagnosticDescriptors.All)
        {
            var roslyn = EvalqDescriptors.For(language.Code);
            Assert.Equal(language.Title, roslyn.Title.ToString());
            Assert.Equal(language.Severity == Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, roslyn.DefaultSeverity);
        }
        Assert.Equal(DiagnosticSeverity.Warning, EvalqDescriptors.For("EVQ043").DefaultSeverity);
    }
}
