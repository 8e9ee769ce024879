using Evaluation.Analyzers.Tests.Support;
using Xunit;

namespace Evaluation.Analyzers.Tests;

/// <summary>Every way of writing a constant string: the diagnostic lands on the exact characters that wrote the bad part.</summary>
public sealed class LiteralKindTests
{
    private const string UnknownRmsee = "unknown function `rmsee`; did you mean `rmse`?";
    private const string MeanNotAllowed = "`aggregation` of `mae` must be one of 'avg', 'min', 'max', 'median'; got 'mean'";

    [Fact]
    public void Regular_string_is_reported_at_the_misspelt_name() =>
        Assert.Equal(
            new[] { $"EVQ020 1:31 `rmsee` {UnknownRmsee}" },
            Analyze.Strings("""engine.Query("from t | select rmsee(a, b)");"""));

    [Fact]
    public void Escapes_before_the_error_shift_it_by_their_source_length() =>
        Assert.Equal(
            new[] { $"EVQ025 1:65 `'mean'` {MeanNotAllowed}" },
            Analyze.Strings("""engine.Query("from t\n|\tselect e = mae(a, b, \u0061ggregation: 'mean')");"""));

    [Fact]
    public void An_escape_inside_the_squiggle_is_squiggled_whole() =>
        Assert.Equal(
            new[] { $"EVQ020 1:31 `rms\\u0065e` {UnknownRmsee}" },
            Analyze.Strings("""engine.Query("from t | select rms\u0065e(a, b)");"""));

    [Fact]
    public void Escaped_quotes_in_json_are_part_of_the_squiggle() =>
        Assert.Equal(
            new[] { $"EVQ020 1:44 `\\\"rmsee\\\"` {UnknownRmsee}" },
            Analyze.Strings("""engine.Query("{\"select\": [{\"function\": \"rmsee\"}]}");"""));

    [Fact]
    public void Verbatim_string_maps_doubled_quotes() =>
        Assert.Equal(
            new[] { $"EVQ020 1:45 `\"\"rmsee\"\"` {UnknownRmsee}" },
            Analyze.Strings("""engine.Query(@"{""select"": [{""function"": ""rmsee""}]}");"""));

    [Fact]
    public void Verbatim_string_over_several_lines_counts_lines_in_the_source() =>
        Assert.Equal(
            new[] { $"EVQ025 3:37 `'mean'` {MeanNotAllowed}" },
            Analyze.Strings("""
                engine.Query(@"from t
                | where name == 'x'
                | select e = mae(a, b, aggregation: 'mean')");
                """));

    [Fact]
    public void Single_line_raw_string() =>
        Assert.Equal(
            new[] { $"EVQ020 1:42 `\"rmsee\"` {UnknownRmsee}" },
            Analyze.Strings(""""engine.Query("""{"select": [{"function": "rmsee"}]}""");""""));

    [Fact]
    public void Multi_line_raw_string_skips_the_indentation() =>
        Assert.Equal(
            new[] { $"EVQ025 3:41 `'mean'` {MeanNotAllowed}", $"EVQ020 4:18 `rmsee` {UnknownRmsee}" },
            Analyze.Strings(""""
                engine.Query("""
                    from t
                    | select e = mae(a, b, aggregation: 'mean'),
                             f = rmsee(a, b)
                    """);
                """"));

    [Fact]
    public void Multi_line_raw_string_with_blank_and_deeper_lines() =>
        Assert.Equal(
            new[] { $"EVQ020 6:24 `\"rmsee\"` {UnknownRmsee}" },
            Analyze.Strings(""""
                Requests.Send("""
                    {"select": [

                <two spaces>
                        {"function": "count"},
                          {"function": "rmsee"}]}
                    """);
                """".Replace("<two spaces>", "  ")));

    [Fact]
    public void Interpolated_string_with_a_constant_hole_maps_text_after_the_hole() =>
        Assert.Equal(
            new[] { $"EVQ025 2:66 `'mean'` {MeanNotAllowed}" },
            Analyze.Strings("""
                const string source = "'data/*.parquet'";
                engine.Query($"from {source} | select e = mae(a, b, aggregation: 'mean')");
                """));

    [Fact]
    public void A_hole_naming_a_constant_of_this_file_maps_into_that_constant() =>
        Assert.Equal(
            new[] { $"EVQ020 1:24 `rmsee` {UnknownRmsee}" },
            Analyze.Strings("""
                const string metric = "rmsee";
                engine.Query($"from t | select {metric}(a, b)");
                """));

    [Fact]
    public void Verbatim_interpolated_string_maps_doubled_braces_and_quotes() =>
        Assert.Equal(
            new[] { $"EVQ020 2:80 `\"\"rmsee\"\"` {UnknownRmsee}" },
            Analyze.Strings("""
                const string count = "count";
                Requests.Send($@"{{""select"": [{{""function"": ""{count}""}}, {{""function"": ""rmsee""}}]}}");
                """));

    [Fact]
    public void Interpolated_raw_string_over_several_lines() =>
        Assert.Equal(
            new[] { $"EVQ020 4:14 `rmsee` {UnknownRmsee}" },
            Analyze.Strings(""""
                const string source = "t";
                engine.Query($"""
                    from {source}
                    | select rmsee(a, b)
                    """);
                """"));

    [Fact]
    public void Concatenated_literals_map_each_part() =>
        Assert.Equal(
            new[] { $"EVQ020 2:15 `rmsee` {UnknownRmsee}" },
            Analyze.Strings("""
                engine.Query("from t " +
                    "| select rmsee(a, b)");
                """));

    [Fact]
    public void Const_local_is_reported_inside_its_literal() =>
        Assert.Equal(
            new[] { $"EVQ020 1:39 `rmsee` {UnknownRmsee}" },
            Analyze.Strings("""
                const string query = "from t | select rmsee(a, b)";
                engine.Query(query);
                """));

    [Fact]
    public void Const_used_by_several_calls_is_reported_once_inside_its_literal() =>
        Assert.Equal(
            new[] { $"EVQ020 1:39 `rmsee` {UnknownRmsee}" },
            Analyze.Strings("""
                const string query = "from t | select rmsee(a, b)";
                engine.Query(query);
                engine.Query(query);
                engine.Query(query);
                """));

    [Fact]
    public void The_same_mistake_in_two_literals_is_reported_at_each() =>
        Assert.Equal(
            new[] { $"EVQ020 1:31 `rmsee` {UnknownRmsee}", $"EVQ020 2:31 `rmsee` {UnknownRmsee}" },
            Analyze.Strings("""
                engine.Query("from t | select rmsee(a, b)");
                engine.Query("from t | select rmsee(a, b)");
                """));

    [Fact]
    public void Const_field_of_this_file_is_reported_inside_its_literal() =>
        Assert.Equal(
            new[] { $"EVQ020 4:50 `rmsee` {UnknownRmsee}" },
            Analyze.Strings("engine.Query(Misspelt);", members: """private const string Misspelt = "from t | select rmsee(a, b)";"""));

    [Fact]
    public void Const_declared_in_another_file_is_reported_at_the_argument() =>
        Assert.Equal(
            new[] { $"EVQ020 1:14 `Queries.Misspelt` {UnknownRmsee}" },
            Analyze.Strings("engine.Query(Queries.Misspelt);",
                otherFile: """public static class Queries { public const string Misspelt = "from t | select rmsee(a, b)"; }"""));

    [Fact]
    public void Marked_property_is_checked_where_it_is_assigned_and_initialized() =>
        Assert.Equal(
            new[] { $"EVQ020 1:26 `rmsee` {UnknownRmsee}", $"EVQ020 2:50 `rmsee` {UnknownRmsee}", $"EVQ020 5:78 `rmsee` {UnknownRmsee}" },
            Analyze.Strings("""
                Query = "from t | select rmsee(a, b)";
                var copy = new Sample { Query = "from t | select rmsee(a, b)" };
                """, members: """[StringSyntax("evalq")] public string Query { get; set; } = "from t | select rmsee(a, b)";"""));

    [Fact]
    public void Marked_field_is_checked_and_a_const_used_for_it_reported_once() =>
        Assert.Equal(
            new[] { $"EVQ020 1:39 `rmsee` {UnknownRmsee}" },
            Analyze.Strings("""
                const string query = "from t | select rmsee(a, b)";
                Text = query;
                Text = query;
                engine.Query(query);
                """, members: """[StringSyntax("evalq")] public string Text = "from t | select rmse(a, b)";"""));

    [Fact]
    public void Unmarked_properties_and_fields_are_skipped() =>
        Assert.Empty(Analyze.Strings("""
                Plain = "from t | select rmsee(a, b)";
                """, members: """public string Plain { get; set; } = "from t | select rmsee(a, b)";"""));

    [Fact]
    public void Text_known_only_at_run_time_is_skipped()
    {
        Assert.Empty(Analyze.Strings("""
            var text = "from t | select rmsee(a, b)";
            engine.Query(text);
            engine.Query(string.Concat("from t | select ", "rmsee(a, b)"));
            engine.Query($"from t | select {DateTime.Now}");
            """));
    }

    [Fact]
    public void Unmarked_string_parameters_are_skipped() =>
        Assert.Empty(Analyze.Strings("""Console.WriteLine("from t | select rmsee(a, b)");"""));
}
