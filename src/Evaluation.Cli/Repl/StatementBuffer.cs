using System.Text;

namespace Evaluation.Cli.Repl;

/// <summary>
/// Gathers input lines into statements: a query ends at a <c>;</c> or an empty line, but not while
/// a string, a quoted name or a bracket is still open; a dot-command is one line.
/// </summary>
internal sealed class StatementBuffer
{
    private readonly StringBuilder _pending = new();

    /// <summary>The lines taken so far of a statement not yet complete.</summary>
    public string Pending => _pending.ToString();

    /// <summary>True when no statement is under way (the prompt is the first-line one).</summary>
    public bool IsEmpty => _pending.Length == 0;

    /// <summary>Adds a line; returns the complete statement it ends, or null when more lines are needed.</summary>
    public string? Add(string line)
    {
        if (_pending.Length == 0)
        {
            if (line.Trim().Length == 0) return null;
            if (line.TrimStart().StartsWith('.')) return line.Trim();
        }
        // A blank line inside an open string is part of the string. Inside an open bracket it is left
        // out: the engine reads a blank line as the end of a query, wherever it stands.
        var blank = line.Trim().Length == 0;
        if (blank && Scan(_pending.ToString()) is { Open: true, OpenQuote: < 0 }) return null;
        _pending.Append(line).Append('\n');
        var text = _pending.ToString();
        var (open, _, endsWithSemicolon) = Scan(text);
        if (open || !(endsWithSemicolon || blank)) return null;
        _pending.Clear();
        return text.TrimEnd();
    }

    /// <summary>The statement under way as it stands (an open string or bracket included), or null when there is none; the buffer is then empty.</summary>
    public string? TakeRest()
    {
        var rest = _pending.ToString().TrimEnd();
        _pending.Clear();
        return rest.Length == 0 ? null : rest;
    }

    /// <summary>Forgets the statement under way.</summary>
    public void Clear() => _pending.Clear();

    /// <summary>
    /// Whether a string, quoted name or bracket is still open, where the quote of a string or quoted
    /// name still open at the end stands (-1 when none is), and whether the text's last code character is <c>;</c>.
    /// </summary>
    internal static (bool Open, int OpenQuote, bool EndsWithSemicolon) Scan(string text)
    {
        var depth = 0;
        var last = '\0';
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '#')
            {
                while (i < text.Length && text[i] != '\n') i++;
                continue;
            }
            if (c is '\'' or '`')
            {
                if (ReplSyntax.IsOpenString(text, i)) return (true, i, false);
                i = ReplSyntax.StringEnd(text, i);
                last = c;
                continue;
            }
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            if (!char.IsWhiteSpace(c)) last = c;
            i++;
        }
        return (depth > 0, -1, last == ';');
    }
}
