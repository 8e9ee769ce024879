using Evaluation.Language.Ast;
using Evaluation.Language.Parsing.Dsl;
using Evaluation.Language.Parsing.Json;
using Evaluation.Language.Printing;
using Xunit;

namespace Evaluation.Language.Tests.Parsing;

public class FrontEndEquivalenceTests
{
    private const string Dsl = """
        from 'samples/data/credit/*.parquet'
        | where SEX == 1 and inference_timestamp >= @2026-01-01
        | group by model_version, day = roundTimestamp(inference_timestamp, 'day')
        | select error = rmse(FICO_actual, FICO_predicted), n = count()
        | order by error desc
        | limit 10
        """;

    private const string Json = """
        {"from": "samples/data/credit/*.parquet",
         "select": [{"property": "model_version"},
                    {"function": "roundTimestamp", "alias": "day",
                     "parameters": {"property": "inference_timestamp", "time_interval": "day"}},
                    {"function": "rmse", "alias": "error",
                     "parameters": {"ground_truth_property": "FICO_actual", "predicted_property": "FICO_predicted"}},
                    {"function": "count", "alias": "n"}],
         "filter": [{"property": "SEX", "comparator": "eq", "value": 1},
                    {"property": "inference_timestamp", "comparator": "gte", "value": "2026-01-01"}],
         "group_by": [{"property": "model_version"}, {"alias": "day"}],
         "order_by": [{"alias": "error", "direction": "desc"}],
         "limit": 10}
        """;

    [Fact]
    public void The_design_example_is_one_tree_from_both_front_ends()
    {
        var fromDsl = DslParser.ParseQuery(Dsl);
        var fromJson = JsonQueryParser.Parse(Json);
        Assert.Empty(fromDsl.Diagnostics);
        Assert.Empty(fromJson.Diagnostics);
        Assert.Equal(fromJson.Value, fromDsl.Value);
    }

    [Fact]
    public void The_design_example_prints_back_to_the_same_dsl()
    {
        var query = JsonQueryParser.Parse(Json).Value!;
        Assert.Equal(Dsl.Replace("\r\n", "\n"), DslPrinter.Print(query));
    }

    [Fact]
    public void Json_spans_carry_the_path_of_each_value()
    {
        var query = JsonQueryParser.Parse(Json).Value!;
        var rmse = (FunctionCall)((ExprItem)query.Select[2]).Expression;
        var truth = rmse.Arguments[0].Value;
        Assert.Equal("$.select[2].parameters.ground_truth_property", truth.Span.JsonPath);
        Assert.Equal("\"FICO_actual\"", Json.Substring(truth.Span.Start, truth.Span.Length));
    }

    [Fact]
    public void Dsl_spans_cover_the_written_characters()
    {
        var query = DslParser.ParseQuery(Dsl).Value!;
        var rmse = (ExprItem)query.Select[2];
        Assert.Equal("error = rmse(FICO_actual, FICO_predicted)", Dsl.Substring(rmse.Span.Start, rmse.Span.Length));
        var call = (FunctionCall)rmse.Expression;
        Assert.Equal("rmse", Dsl.Substring(call.NameSpan.Start, call.NameSpan.Length));
    }
}
