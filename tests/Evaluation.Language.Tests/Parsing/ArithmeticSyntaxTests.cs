using Evaluation.Language.Ast;
using Evaluation.Language.Printing;
using Evaluation.Language.Tests.Validation;
using Xunit;

namespace Evaluation.Language.Tests.Parsing;

/// <summary>
/// <c>+ - * /</c> in select items (derived metrics: <c>gain = f1 - baseline_f1</c>): the calls
/// <c>add</c>, <c>subtract</c>, <c>multiply</c>, <c>divide</c> in the tree, printed back in infix
/// with only the parentheses precedence and left-to-right order need.
/// </summary>
public class ArithmeticSyntaxTests
{
    private static Query Parse(string text)
    {
        var parsed = QueryText.Parse(text);
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        return parsed.Value!;
    }

    [Theory]
    [InlineData("select g = f1 - baseline_f1", "select g = subtract(f1, baseline_f1)")]
    [InlineData("select g = a + b * c", "select g = add(a, multiply(b, c))")]
    [InlineData("select g = (a + b) * c", "select g = multiply(add(a, b), c)")]
    [InlineData("select g = a - b - c", "select g = subtract(subtract(a, b), c)")]
    [InlineData("select g = a - (b - c)", "select g = subtract(a, subtract(b, c))")]
    [InlineData("select g = a / 2 - -1.5", "select g = subtract(divide(a, 2), -1.5)")]
    [InlineData("select g = 1 - abs_error(y, p)", "select g = subtract(1, abs_error(y, p))")]
    [InlineData("select g = (a)", "select g = a")]
    public void Infix_is_the_arithmetic_calls(string infix, string calls) => Assert.Equal(Parse(calls), Parse(infix));

    [Theory]
    [InlineData("select g = subtract(f1, baseline_f1)", "select g = f1 - baseline_f1")]
    [InlineData("select g = multiply(add(a, b), c)", "select g = (a + b) * c")]
    [InlineData("select g = add(a, multiply(b, c))", "select g = a + b * c")]
    [InlineData("select g = subtract(a, subtract(b, c))", "select g = a - (b - c)")]
    [InlineData("select g = subtract(subtract(a, b), c)", "select g = a - b - c")]
    [InlineData("select g = divide(a, divide(b, c))", "select g = a / (b / c)")]
    [InlineData("select g = subtract(a, -1)", "select g = a - -1")]
    [InlineData("select g = SUBTRACT(a, b)", "select g = SUBTRACT(a, b)")]
    [InlineData("select g = subtract(a, 'x')", "select g = subtract(a, 'x')")]
    [InlineData("select m = median(subtract(a, b))", "select m = median(subtract(a, b))")]
    public void Printing_writes_infix_with_the_parentheses_it_needs(string input, string printed)
    {
        var query = Parse(input);
        Assert.Equal(printed, DslPrinter.Print(query));
        Assert.Equal(query, Parse(printed));
    }

    [Fact]
    public void The_json_form_is_the_call()
    {
        var query = Parse("""{"select": [{"function": "subtract", "alias": "gain", "parameters": {"left": "f1", "right": {"function": "multiply", "parameters": {"left": "baseline_f1", "right": 2}}}}]}""");
        Assert.Equal("select gain = f1 - baseline_f1 * 2", DslPrinter.Print(query));
        Assert.Equal(JsonPrinter.Print(query), JsonPrinter.Print(Parse("select gain = f1 - baseline_f1 * 2")));
    }

    [Fact]
    public void The_operator_is_the_span_of_the_call_name()
    {
        const string text = "select g = f1 - baseline_f1";
        var call = (FunctionCall)((ExprItem)Parse(text).Select[0]).Expression;
        Assert.Equal("-", text.Substring(call.NameSpan.Start, call.NameSpan.Length));
        Assert.Equal("f1 - baseline_f1", text.Substring(call.Span.Start, call.Span.Length));
    }

    [Theory]
    [InlineData("select g = score -", "EVQ001 1:19+0 unexpected end of input, expected column, function call or number")]
    [InlineData("select g = 5", "EVQ001 1:12+1 unexpected number `5`, expected column or function call")]
    [InlineData("select g = score - 'x'", "EVQ001 1:20+3 unexpected string `'x'`, expected column, function call or number")]
    [InlineData("select g = score - nope", "EVQ040 1:20+4 the source has no column `nope`")]
    [InlineData("select g = subtract(score, 'x')", "EVQ023 1:28+3 `right` of `subtract` takes a column, not a string; write the name without quotes (backticks for odd names); did you mean `x`?")]
    [InlineData("select n = count(), g = score - 1", "EVQ032 1:21+13 `g` is computed per row, but the query aggregates; add it to `group_by` or aggregate it")]
    [InlineData("select g = score - avg(score)", "EVQ028 1:20+3 `right` of `subtract` takes a column or a row-level function; `avg` is an aggregate")]
    public void Bad_arithmetic_is_reported_where_it_is(string input, string expected) =>
        Assert.Equal(expected, ErrorCaseTests.Describe(input));
}
