using RadLine;
using Spectre.Console;

namespace Evaluation.Cli.Repl;

/// <summary>
/// The prompt: <c>evalq&gt;</c> on a statement's first line, <c>   ...&gt;</c> on the lines that continue
/// it. RadLine asks for it right before it renders a line, which is when the highlighter is told
/// the line's text.
/// </summary>
internal sealed class ReplPrompt : ILineEditorPrompt
{
    private readonly Func<bool> _continuing;
    private readonly ReplHighlighter _highlighter;

    public ReplPrompt(Func<bool> continuing, ReplHighlighter highlighter)
    {
        _continuing = continuing;
        _highlighter = highlighter;
    }

    public (Markup Markup, int Margin) GetPrompt(ILineEditorState state, int line)
    {
        _highlighter.BeginLine(LineText(state, line));
        return (_continuing() ? new Markup("[grey]   ...>[/]") : new Markup("[green]evalq>[/]"), 1);
    }

    /// <summary>
    /// The text of the line about to be rendered. RadLine 0.6 passes its state through the public
    /// interface only; its line buffers are public, the accessor is not, so it is found by name
    /// (and when not, the highlighter colours tokens one by one).
    /// </summary>
    private static string LineText(ILineEditorState state, int line)
    {
        var accessor = state.GetType().GetMethod("GetBufferAt");
        return accessor?.Invoke(state, new object[] { line }) is LineBuffer buffer ? buffer.Content : "";
    }
}
