using Evaluation.Language.Tests.Support;
using Xunit;

namespace Evaluation.Language.Tests.Samples;

public class JsonSemanticsTests
{
    [Theory]
    [InlineData("""{"a": 1, "b": [1, 2]}""", """{ "b": [1,2], "a": 1 }""")]
    [InlineData("""{"n": 850}""", """{"n": 850.0}""")]
    [InlineData("""{"n": 0.5}""", """{"n": 5e-1}""")]
    [InlineData("""{"select": [{"function": "auc", "parameters": {}}]}""", """{"select": [{"function": "auc"}]}""")]
    [InlineData("""{"x": {"function": "f", "parameters": {}}}""", """{"x": {"function": "f"}}""")]
    public void Equal_documents(string left, string right)
    {
        Assert.Null(JsonSemantics.Difference(left, right));
        Assert.Null(JsonSemantics.Difference(right, left));
    }

    [Theory]
    [InlineData("""{"a": 1}""", """{"a": 2}""", "$.a")]
    [InlineData("""{"a": 1}""", """{"a": "1"}""", "$.a")]
    [InlineData("""{"a": [1, 2]}""", """{"a": [2, 1]}""", "$.a[0]")]
    [InlineData("""{"a": [1]}""", """{"a": [1, 1]}""", "$.a")]
    [InlineData("""{"a": 1}""", """{"a": 1, "b": null}""", "$.b")]
    [InlineData("""{"a": null}""", """{"a": false}""", "$.a")]
    [InlineData("""{"s": "x"}""", """{"s": "X"}""", "$.s")]
    [InlineData("""{"parameters": {"p": 1}}""", """{}""", "$.parameters")]
    [InlineData("""{"other": {}}""", """{}""", "$.other")]
    public void Different_documents_name_the_first_difference(string left, string right, string path)
    {
        var difference = JsonSemantics.Difference(left, right);
        Assert.NotNull(difference);
        Assert.StartsWith(path + ":", difference);
        Assert.NotNull(JsonSemantics.Difference(right, left));
    }
}
