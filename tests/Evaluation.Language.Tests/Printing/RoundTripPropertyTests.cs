using CsCheck;
using Evaluation.Language.Ast;
using Evaluation.Language.Parsing.Dsl;
using Evaluation.Language.Parsing.Json;
using Evaluation.Language.Printing;
using Xunit;

namespace Evaluation.Language.Tests.Printing;

/// <summary>parse(print(ast)) == ast for both front-ends, over generated trees.</summary>
public class RoundTripPropertyTests
{
    private const int Iterations = 1500;

    [Fact]
    public void Dsl_printing_then_parsing_gives_back_the_tree() =>
        AstGenerators.Query(2).Sample(query =>
        {
            var text = DslPrinter.Print(query);
            var parsed = DslParser.ParseQuery(text);
            Assert.True(parsed.Diagnostics.Count == 0, text + "\n" + string.Join("\n", parsed.Diagnostics));
            Assert.Equal(query, parsed.Value);
        }, iter: Iterations, print: DslPrinter.Print);

    [Fact]
    public void Json_printing_then_parsing_gives_back_the_tree() =>
        AstGenerators.Query(2).Sample(query =>
        {
            var text = JsonPrinter.Print(query);
            var parsed = JsonQueryParser.Parse(text);
            Assert.True(parsed.Diagnostics.Count == 0, text + "\n" + string.Join("\n", parsed.Diagnostics));
            Assert.Equal(query, parsed.Value);
        }, iter: Iterations, print: JsonPrinter.Print);

    [Fact]
    public void Json_to_dsl_to_json_is_the_identity() =>
        AstGenerators.Query(2).Sample(query =>
        {
            var json = JsonPrinter.Print(query);
            var viaDsl = DslParser.ParseQuery(DslPrinter.Print(JsonQueryParser.Parse(json).Value!)).Value!;
            Assert.Equal(json, JsonPrinter.Print(viaDsl));
        }, iter: Iterations, print: JsonPrinter.Print);

    [Fact]
    public void Scripts_with_lets_round_trip() =>
        AstGenerators.Script.Sample(script =>
        {
            var text = DslPrinter.Print(script);
            var parsed = DslParser.ParseScript(text);
            Assert.True(parsed.Diagnostics.Count == 0, text + "\n" + string.Join("\n", parsed.Diagnostics));
            Assert.Equal(script, parsed.Value);
        }, iter: 300, print: DslPrinter.Print);
}
