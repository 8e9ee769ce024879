using System.Collections;
using System.Reflection;
using Evaluation.Language.Ast;
using Evaluation.Language.Parsing.Dsl;
using Evaluation.Language.Parsing.Json;
using Evaluation.Language.Tests.Support;
using Xunit;

namespace Evaluation.Language.Tests.Parsing;

/// <summary>Every node a parser produces carries a span inside the text; JSON nodes also carry their path.</summary>
public class SpanTests
{
    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.File("samples/queries"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".evq", StringComparison.Ordinal))
                     .Where(f => !f.Contains(".received.", StringComparison.Ordinal)))
            data.Add(Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_parsed_node_has_a_span_within_the_text(string file)
    {
        var text = File.ReadAllText(Repository.File(file));
        var isJson = file.EndsWith(".json", StringComparison.Ordinal);
        Node root = isJson ? JsonQueryParser.Parse(text).Value! : DslParser.ParseScript(text).Value!;
        foreach (var node in Nodes(root))
        {
            Assert.False(node.Span.IsNone, $"{node.GetType().Name} has no span: {node}");
            Assert.InRange(node.Span.End, 0, text.Length);
            if (isJson) Assert.StartsWith("$", node.Span.JsonPath);
        }
    }

    [Fact]
    public void A_dsl_node_span_covers_exactly_its_text()
    {
        const string text = "select r = rmse(FICO_actual, FICO_predicted) | where r > 0.5";
        var query = DslParser.ParseQuery(text).Value!;
        var comparison = (Comparison)query.Filter[0];
        Assert.Equal("r > 0.5", text.Substring(comparison.Span.Start, comparison.Span.Length));
        Assert.Equal(">", text.Substring(comparison.ComparatorSpan.Start, comparison.ComparatorSpan.Length));
        var inner = ((SubquerySource)query.From!).Query;
        var item = (ExprItem)inner.Select[0];
        Assert.Equal("r", text.Substring(item.Alias!.Span.Start, item.Alias.Span.Length));
    }

    /// <summary>Every node reachable from <paramref name="node"/> through properties and lists.</summary>
    private static IEnumerable<Node> Nodes(Node node)
    {
        yield return node;
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            var value = property.GetValue(node);
            var children = value switch
            {
                Node child => new[] { child },
                IEnumerable list and not string => list.OfType<Node>(),
                _ => Enumerable.Empty<Node>(),
            };
            foreach (var child in children)
                foreach (var descendant in Nodes(child))
                    yield return descendant;
        }
    }
}
