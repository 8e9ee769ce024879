using Evaluation.Analyzers.Linq;
using Evaluation.Analyzers.Strings;
using Evaluation.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Evaluation.Analyzers.Tests;

/// <summary>"Replace with `…`" puts the catalog's suggestion inside the literal, spelled as that literal must spell it.</summary>
public sealed class CodeFixTests
{
    private static AppliedFix Fix(string statements, string id, int line = 1, string members = "") =>
        CodeFixRunner.Apply(statements, new QueryStringAnalyzer(), id, line, members) ?? throw new Xunit.Sdk.XunitException("no fix offered");

    [Fact]
    public void Misspelt_function_in_a_regular_string()
    {
        var fix = Fix("""engine.Query("from t | select rmsee(a, b)");""", "EVQ020");
        Assert.Equal("Replace with `rmse`", fix.Title);
        Assert.Equal("""engine.Query("from t | select rmse(a, b)");""", fix.Line);
        Assert.Empty(TestCompilation.Analyze(new[] { fix.Text }, new QueryStringAnalyzer()));
    }

    [Fact]
    public void Json_name_in_escaped_quotes_keeps_its_escapes() =>
        Assert.Equal(
            """engine.Query("{\"select\": [{\"function\": \"rmse\"}]}");""",
            Fix("""engine.Query("{\"select\": [{\"function\": \"rmsee\"}]}");""", "EVQ020").Line);

    [Fact]
    public void Json_name_in_a_verbatim_string_keeps_its_doubled_quotes() =>
        Assert.Equal(
            """engine.Query(@"{""select"": [{""function"": ""rmse""}]}");""",
            Fix("""engine.Query(@"{""select"": [{""function"": ""rmsee""}]}");""", "EVQ020").Line);

    [Fact]
    public void Misspelt_json_key() =>
        Assert.Equal(
            """Requests.Send(@"{""select"": [{""function"": ""count""}]}");""",
            Fix("""Requests.Send(@"{""selct"": [{""function"": ""count""}]}");""", "EVQ007").Line);

    [Fact]
    public void Enum_value_in_a_multi_line_raw_string_keeps_its_quotes()
    {
        var fix = Fix(""""
            engine.Query("""
                from t
                | select e = mae(a, b, aggregation: 'medain')
                """);
            """", "EVQ025", line: 3);
        Assert.Equal("Replace with `median`", fix.Title);
        Assert.Equal("    | select e = mae(a, b, aggregation: 'median')", fix.Line);
    }

    [Fact]
    public void Misspelt_parameter() =>
        Assert.Equal(
            """engine.Query("select rmse(a, b, weight_property: w)");""",
            Fix("""engine.Query("select rmse(a, b, weight_propery: w)");""", "EVQ021").Line);

    [Fact]
    public void Column_written_as_a_string_loses_its_quotes() =>
        Assert.Equal(
            """engine.Query("select rmse(FICO_actual, b)");""",
            Fix("""engine.Query("select rmse('FICO_actual', b)");""", "EVQ023").Line);

    [Fact]
    public void Interpolated_string_text_after_a_hole()
    {
        var fix = Fix("""
            const string source = "t";
            engine.Query($"from {source} | select rmsee(a, b)");
            """, "EVQ020", line: 2);
        Assert.Equal("""engine.Query($"from {source} | select rmse(a, b)");""", fix.Line);
    }

    [Fact]
    public void Const_local_is_fixed_in_its_declaration() =>
        Assert.Equal(
            """const string query = "from t | select rmse(a, b)";""",
            Fix("""
                const string query = "from t | select rmsee(a, b)";
                engine.Query(query);
                """, "EVQ020").Line);

    [Fact]
    public void Linq_enum_argument_is_replaced_inside_its_string()
    {
        var fix = CodeFixRunner.Apply("""rows.Auc(r => r.Label, r => r.Score, average: "macor");""", new MetricCallAnalyzer(), "EVQ025")!;
        Assert.Equal("Replace with `macro`", fix.Title);
        Assert.Equal("""rows.Auc(r => r.Label, r => r.Score, average: "macro");""", fix.Line);
    }

    [Fact]
    public void No_fix_where_the_suggestion_replaces_no_single_name()
    {
        // EVQ033 is reported on the whole {"alias": "m"} object; a const of another file is reported at its name.
        Assert.Null(CodeFixRunner.Apply(
            """Requests.Send("{\"select\": [{\"function\": \"count\", \"alias\": \"n\"}], \"order_by\": [{\"alias\": \"m\"}]}");""",
            new QueryStringAnalyzer(), "EVQ033"));
        var elsewhere = TestCompilation.Analyze(
            new[] { Snippets.Statements("engine.Query(Queries.Misspelt);"), """public static class Queries { public const string Misspelt = "from t | select rmsee(a, b)"; }""" },
            new QueryStringAnalyzer()).Single();
        Assert.False(elsewhere.Properties.ContainsKey(Reporting.FixProperties.Replacement));
    }
}
