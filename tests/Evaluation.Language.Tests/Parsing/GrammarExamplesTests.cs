using Evaluation.Language.Parsing.Dsl;
using Evaluation.Language.Printing;
using Evaluation.Language.Tests.Support;
using Xunit;

namespace Evaluation.Language.Tests.Parsing;

public class GrammarExamplesTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Repository.File("grammar/evalq.ebnf")))
            if (line.StartsWith("example: ", StringComparison.Ordinal)) data.Add(line.Substring("example: ".Length));
        return data;
    }

    [Fact]
    public void The_grammar_file_has_examples() => Assert.True(Examples().Count >= 10);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_grammar_example_parses_and_prints_back_to_the_same_tree(string example)
    {
        var parsed = DslParser.ParseScript(example);
        Assert.Empty(parsed.Diagnostics);
        var statement = Assert.Single(parsed.Value!.Statements);
        var printed = DslPrinter.Print(parsed.Value);
        var again = DslParser.ParseScript(printed);
        Assert.Empty(again.Diagnostics);
        Assert.Equal(parsed.Value, again.Value);
    }
}
