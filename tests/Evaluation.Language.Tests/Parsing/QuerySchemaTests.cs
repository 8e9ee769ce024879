using System.Text.Json.Nodes;
using Evaluation.Language.Ast;
using Evaluation.Language.Tests.Support;
using Xunit;

namespace Evaluation.Language.Tests.Parsing;

/// <summary>grammar/query.schema.json stays in step with what the JSON reader accepts.</summary>
public class QuerySchemaTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(File.ReadAllText(Repository.File("grammar/query.schema.json")))!;

    private static IEnumerable<string> Keys(string definition) =>
        Schema["$defs"]![definition]!["properties"]!.AsObject().Select(p => p.Key);

    [Fact]
    public void Request_keys_are_the_dialects() =>
        Assert.Equal(
            new[] { "select", "from", "subquery", "filter", "group_by", "order_by", "limit", "offset", "page", "page_size", "distinct", "pivot", "on_undefined" },
            Keys("request"));

    [Fact]
    public void Comparators_are_every_comparator_of_the_ast()
    {
        var condition = Schema["$defs"]!["condition"]!["oneOf"]![0]!["properties"]!["comparator"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(Comparators.Names, condition);
    }

    [Fact]
    public void Stages_are_every_pipeline_stage() =>
        Assert.Equal(PipelineStages.Names, Schema["$defs"]!["stage"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
}
