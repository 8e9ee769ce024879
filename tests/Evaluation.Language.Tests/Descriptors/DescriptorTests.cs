using Evaluation.Language.Descriptors;
using Evaluation.Language.Parsing.Json;
using Evaluation.Language.Printing;
using Evaluation.Language.Tests.Support;
using Xunit;

namespace Evaluation.Language.Tests.Descriptors;

public class DescriptorTests
{
    private const string Credit = """
        {"task": "binary",
         "columns": [{"name": "label", "stage": "GROUND_TRUTH"}, {"name": "score", "stage": "PREDICTED_VALUE"},
                     {"name": "FICO_actual", "stage": "GROUND_TRUTH"}, {"name": "SEX", "stage": "PIPELINE_INPUT"}],
         "ground_truth": "label", "prediction": "score", "positive_class": 1, "threshold": 0.5, "timestamp": "ts"}
        """;

    private static DatasetDescriptor Parse(string json)
    {
        var parsed = DescriptorParser.Parse(json, "credit.model.json");
        Assert.Empty(parsed.Diagnostics);
        return parsed.Value!;
    }

    [Fact]
    public void Omitted_parameters_default_from_the_descriptor_and_print()
    {
        var query = JsonQueryParser.Parse("""{"select": [{"function": "auc", "parameters": {}}, {"function": "confusionMatrix", "parameters": {"threshold": 0.3}}, {"function": "precision"}, {"function": "roundTimestamp", "alias": "day", "parameters": {"time_interval": "day"}}]}""").Value!;
        var (filled, problems) = DescriptorDefaults.Apply(query, Parse(Credit));
        Assert.Empty(problems);
        Assert.Equal(
            "select auc(label, score, pos_label: 1), confusionMatrix(label, score, threshold: 0.3, pos_label: 1), precision(label, score, threshold: 0.5, pos_label: 1), day = roundTimestamp(ts, 'day')",
            DslPrinter.Print(filled));
    }

    [Fact]
    public void A_stage_on_an_item_must_match_the_descriptor()
    {
        var query = JsonQueryParser.Parse("""{"select": [{"function": "countIf", "parameters": {"property": "score", "comparator": "gte", "value": 0.5}, "stage": "GROUND_TRUTH"}]}""").Value!;
        var (_, problems) = DescriptorDefaults.Apply(query, Parse(Credit));
        var problem = Assert.Single(problems);
        Assert.Equal("EVQ045", problem.Code);
        Assert.Equal("the item asks for stage GROUND_TRUTH, but credit.model.json ($.columns[1].name) puts `score` in PREDICTED_VALUE", problem.Message);
    }

    [Fact]
    public void Two_ground_truth_columns_without_a_default_leave_the_parameter_to_validation()
    {
        var descriptor = Parse("""{"columns": [{"name": "a", "stage": "GROUND_TRUTH"}, {"name": "b", "stage": "GROUND_TRUTH"}, {"name": "p", "stage": "PREDICTED_VALUE"}]}""");
        var query = JsonQueryParser.Parse("""{"select": [{"function": "rmse"}]}""").Value!;
        Assert.Equal("select rmse(predicted_property: p)", DslPrinter.Print(DescriptorDefaults.Apply(query, descriptor).Query));
    }

    [Theory]
    [InlineData("""{"task": "clustering"}""", "EVQ013", "$.task")]
    [InlineData("""{"columns": [{"name": "a", "stage": "GROUNDTRUTH"}]}""", "EVQ013", "$.columns[0].stage")]
    [InlineData("""{"columns": [{"name": "a"}]}""", "EVQ008", "$.columns[0]")]
    [InlineData("""{"classes": [{"label": "A", "predicted": "p_a"}]}""", "EVQ008", "$.classes[0]")]
    [InlineData("""{"threshold": 1.5}""", "EVQ024", "$.threshold")]
    [InlineData("""{"tresh": 0.5}""", "EVQ007", "$.tresh")]
    public void A_bad_descriptor_is_reported_at_its_field(string json, string code, string path)
    {
        var diagnostic = Assert.Single(DescriptorParser.Parse(json, "x.model.json").Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Span.JsonPath);
    }

    [Fact]
    public void The_descriptor_schema_lists_every_key_the_parser_reads()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repository.File("grammar/descriptor.schema.json")))!;
        Assert.Equal(new[] { "task", "columns", "classes", "ground_truth", "prediction", "positive_class", "threshold", "timestamp" },
            schema["properties"]!.AsObject().Select(p => p.Key));
    }
}
