using Evaluation.Language.Ast;
using Evaluation.Language.Validation;
using Xunit;

namespace Evaluation.Language.Tests.Validation;

public class DiagnosticFormatterTests
{
    private static Diagnostic At(int start, int length, string? path = null, string? suggestion = null) =>
        DiagnosticDescriptors.UnknownFunction.At(new SourceSpan(start, length, path), "unknown function `rmsee`", suggestion);

    [Fact]
    public void The_caret_line_stands_under_the_span_on_a_later_line()
    {
        const string source = "from t\n| select rmsee(a, b)";
        Assert.Equal(
            "error EVQ020 at line 2, column 10: unknown function `rmsee`\n" +
            "  | | select rmsee(a, b)\n" +
            "  |          ^^^^^\n" +
            "  = help: did you mean `rmse`?",
            DiagnosticFormatter.Format(At(16, 5, suggestion: "rmse"), source));
    }

    [Fact]
    public void Tabs_before_the_span_are_kept_so_the_carets_line_up()
    {
        const string source = "\tselect rmsee(a)";
        var lines = DiagnosticFormatter.Format(At(8, 5), source).Split('\n');
        Assert.Equal("  | \t       ^^^^^", lines[2]);
    }

    [Fact]
    public void A_span_at_the_end_of_input_gets_one_caret_after_the_last_character()
    {
        const string source = "select rmse(a, b";
        var lines = DiagnosticFormatter.Format(At(source.Length, 0), source).Split('\n');
        Assert.Equal("error EVQ020 at line 1, column 17: unknown function `rmsee`", lines[0]);
        Assert.Equal("  |                 ^", lines[2]);
    }

    [Fact]
    public void A_span_running_past_the_line_is_underlined_to_its_end()
    {
        const string source = "select 'abc\nnext";
        var lines = DiagnosticFormatter.Format(At(7, 9), source).Split('\n');
        Assert.Equal("  |        ^^^^", lines[2]);
    }

    [Fact]
    public void A_json_diagnostic_names_its_path_and_a_file_name_gives_the_compiler_style_header()
    {
        const string source = "{\"select\": [{\"function\": \"rmsee\"}]}";
        Assert.Equal("error EVQ020 at line 1, column 26 ($.select[0].function): unknown function `rmsee`",
            DiagnosticFormatter.Header(At(25, 7, "$.select[0].function"), source));
        Assert.Equal("q.json:1:26: error EVQ020 ($.select[0].function): unknown function `rmsee`",
            DiagnosticFormatter.Header(At(25, 7, "$.select[0].function"), source, "q.json"));
    }

    [Fact]
    public void Line_and_column_count_from_one()
    {
        Assert.Equal((1, 1), DiagnosticFormatter.LineAndColumn("ab\ncd", 0));
        Assert.Equal((2, 2), DiagnosticFormatter.LineAndColumn("ab\ncd", 4));
    }
}
