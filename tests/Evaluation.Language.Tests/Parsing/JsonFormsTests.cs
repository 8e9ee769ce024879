using Evaluation.Language.Parsing.Dsl;
using Evaluation.Language.Parsing.Json;
using Evaluation.Language.Printing;
using Evaluation.Language.Tests.Support;
using Xunit;

namespace Evaluation.Language.Tests.Parsing;

/// <summary>Cases/json-forms.cases: every key and form of the JSON dialect, read and printed as canonical DSL.</summary>
public class JsonFormsTests
{
    public static TheoryData<string, string> Cases() => CasesFile.Read("tests/Evaluation.Language.Tests/Cases/json-forms.cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_json_form_reads_as_this_dsl(string json, string dsl)
    {
        var parsed = JsonQueryParser.Parse(json);
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(dsl.Replace("\\n", "\n"), DslPrinter.Print(parsed.Value!));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_dsl_of_each_form_reads_back_as_the_same_tree(string json, string dsl)
    {
        var fromJson = JsonQueryParser.Parse(json).Value!;
        var fromDsl = DslParser.ParseQuery(dsl.Replace("\\n", "\n"));
        Assert.Empty(fromDsl.Diagnostics);
        Assert.Equal(fromJson, fromDsl.Value);
    }
}
