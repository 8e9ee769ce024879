using Evaluation.Cli.Repl;
using Evaluation.Language.Catalog;
using RadLine;
using Spectre.Console;
using Xunit;

namespace Evaluation.Cli.Tests.Repl;

/// <summary>Highlighting through RadLine's <see cref="IHighlighter"/>, token by token as RadLine renders a line.</summary>
public class ReplHighlighterTests
{
    /// <summary>RadLine 0.6's tokens: runs of letters and digits, any other character alone; blanks are not highlighted.</summary>
    private static IEnumerable<string> RadLineTokens(string line)
    {
        var word = "";
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c)) { word += c; continue; }
            if (word.Length > 0) yield return word;
            word = "";
            yield return c.ToString();
        }
        if (word.Length > 0) yield return word;
    }

    private static List<(string Token, SyntaxClass Class)> Highlight(string line)
    {
        var highlighter = new ReplHighlighter(FunctionCatalog.Default);
        highlighter.BeginLine(line);
        return RadLineTokens(line).Where(t => t.Trim().Length > 0).Select(t => (t, highlighter.ClassOf(t))).ToList();
    }

    [Fact]
    public void Keywords_functions_strings_and_numbers_have_their_classes()
    {
        var tokens = Highlight("from 'a b.parquet' | where score >= 0.5 | select roc_curve(label, score) # the curve");
        Assert.Contains(("from", SyntaxClass.Keyword), tokens);
        Assert.Contains(("where", SyntaxClass.Keyword), tokens);
        Assert.Contains(("select", SyntaxClass.Keyword), tokens);
        // Every piece of the string, quotes included, is string; a name that a catalog function has is only a function when called.
        Assert.All(tokens.Skip(1).Take(6), t => Assert.Equal(SyntaxClass.String, t.Class));
        Assert.Contains(("0", SyntaxClass.Number), tokens);
        Assert.Contains(("5", SyntaxClass.Number), tokens);
        Assert.Contains(("roc", SyntaxClass.Function), tokens);
        Assert.Contains(("curve", SyntaxClass.Function), tokens);
        Assert.Contains(("label", SyntaxClass.Plain), tokens);
        Assert.Contains(("score", SyntaxClass.Plain), tokens);
        Assert.Contains(("curve", SyntaxClass.Comment), tokens);
    }

    [Fact]
    public void An_unterminated_string_colours_to_the_end_and_dot_commands_are_commands()
    {
        Assert.All(Highlight("from 'data/fi").Skip(1), t => Assert.Equal(SyntaxClass.String, t.Class));
        Assert.Equal(SyntaxClass.Command, Highlight(".schema binary")[1].Class);
        Assert.Equal(SyntaxClass.Number, Highlight("where ts >= @2026-01-01")[^1].Class);
    }

    [Fact]
    public void The_styles_differ_by_class_and_plain_text_is_unstyled()
    {
        IHighlighter highlighter = new ReplHighlighter(FunctionCatalog.Default);
        ((ReplHighlighter)highlighter).BeginLine("select n = count() 'x' 42");
        var styles = RadLineTokens("select n = count() 'x' 42").Where(t => t.Trim().Length > 0).Select(t => highlighter.Highlight(t) ?? Style.Plain).ToList();
        Assert.Equal(Color.Blue, styles[0].Foreground);
        Assert.Equal(Style.Plain, styles[1]);
        Assert.Equal(Color.Yellow, styles[3].Foreground);
        Assert.Equal(Color.Green, styles[6].Foreground);
        Assert.Equal(Color.Magenta1, styles[^1].Foreground);
    }
}
