using Evaluation.Language.Catalog;
using RadLine;
using Spectre.Console;

namespace Evaluation.Cli.Repl;

/// <summary>
/// Colours the line being edited: keywords, catalog functions, strings, numbers, comments and
/// dot-commands. RadLine hands the highlighter one token at a time (letters and digits, or one other
/// character); <see cref="BeginLine"/>, called by the prompt just before RadLine renders a line,
/// gives the whole line, so a token is coloured by what it is part of (a word inside a string is
/// string, <c>roc</c> in <c>roc_curve(</c> is a function).
/// </summary>
internal sealed class ReplHighlighter : IHighlighter
{
    private readonly FunctionCatalog _catalog;
    private string _line = "";
    private SyntaxClass[] _classes = Array.Empty<SyntaxClass>();
    private int _offset;

    public ReplHighlighter(FunctionCatalog catalog) => _catalog = catalog;

    /// <summary>The style of each class.</summary>
    public static Style StyleOf(SyntaxClass kind) => kind switch
    {
        SyntaxClass.Keyword => new Style(Color.Blue, decoration: Decoration.Bold),
        SyntaxClass.Function => new Style(Color.Yellow),
        SyntaxClass.String => new Style(Color.Green),
        SyntaxClass.Number => new Style(Color.Magenta1),
        SyntaxClass.Comment => new Style(Color.Grey),
        SyntaxClass.Command => new Style(Color.Aqua, decoration: Decoration.Bold),
        _ => Style.Plain,
    };

    /// <summary>The line RadLine is about to render; the tokens that follow are read from it in order.</summary>
    public void BeginLine(string line)
    {
        _line = line;
        _classes = ReplSyntax.Classify(line, _catalog);
        _offset = 0;
    }

    /// <inheritdoc />
    public Style Highlight(string token) => StyleOf(ClassOf(token));

    /// <summary>The class of the next token of the line (or of the token alone, when it is not in the line given).</summary>
    public SyntaxClass ClassOf(string token)
    {
        var at = token.Length == 0 ? -1 : _line.IndexOf(token, _offset, StringComparison.Ordinal);
        if (at < 0)
        {
            var alone = ReplSyntax.Classify(token, _catalog);
            return alone.Length == 0 ? SyntaxClass.Plain : alone[0];
        }
        _offset = at + token.Length;
        return _classes[at];
    }
}
