using Evaluation.Language.Catalog;
using Evaluation.Language.Parsing.Dsl;

namespace Evaluation.Cli.Repl;

/// <summary>What a stretch of REPL input is, for highlighting and completion.</summary>
internal enum SyntaxClass
{
    /// <summary>Spaces, operators, punctuation, and names that are none of the others (columns).</summary>
    Plain,
    /// <summary>A reserved word of the DSL (<c>from</c>, <c>where</c>, <c>and</c>, …).</summary>
    Keyword,
    /// <summary>A name the function catalog knows.</summary>
    Function,
    /// <summary>A quoted string, with its quotes (also an unterminated one).</summary>
    String,
    /// <summary>A number or a <c>@timestamp</c> literal.</summary>
    Number,
    /// <summary><c># …</c> to the end of the line.</summary>
    Comment,
    /// <summary>A dot-command word at the start of the input (<c>.schema</c>).</summary>
    Command,
}

/// <summary>
/// A lenient lexer of the REPL's input: classifies every character of a line, whatever state the
/// text is in (half-typed, unterminated strings). The real parser is strict and reports errors;
/// this one never fails, which is what an editor needs on every keystroke.
/// </summary>
internal static class ReplSyntax
{
    /// <summary>One class per character of <paramref name="text"/>.</summary>
    public static SyntaxClass[] Classify(string text, FunctionCatalog catalog)
    {
        var classes = new SyntaxClass[text.Length];
        var i = 0;
        var firstWord = true;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (c == '#')
            {
                Fill(classes, i, text.Length, SyntaxClass.Comment);
                break;
            }
            if (c == '\'')
            {
                i = StringEnd(text, i);
                Fill(classes, start, i, SyntaxClass.String);
                firstWord = false;
                continue;
            }
            if (c == '`')
            {
                i = StringEnd(text, i);
                firstWord = false;
                continue;
            }
            if (c == '.' && firstWord && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
                while (i < text.Length && IsWordChar(text[i])) i++;
                Fill(classes, start, i, SyntaxClass.Command);
                firstWord = false;
                continue;
            }
            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && (i == 0 || !IsWordChar(text[i - 1]))))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.' || ((text[i] == '-' || text[i] == '+') && (text[i - 1] is 'e' or 'E')))) i++;
                Fill(classes, start, i, SyntaxClass.Number);
                firstWord = false;
                continue;
            }
            if (c == '@')
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or ':' or '.' or '+')) i++;
                Fill(classes, start, i, SyntaxClass.Number);
                firstWord = false;
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && IsWordChar(text[i])) i++;
                var word = text.Substring(start, i - start);
                var rest = i;
                while (rest < text.Length && text[rest] == ' ') rest++;
                var isCall = rest < text.Length && text[rest] == '(';
                var kind = Keywords.IsReserved(word) || word.Equals("by", StringComparison.OrdinalIgnoreCase)
                        || word.Equals("asc", StringComparison.OrdinalIgnoreCase) || word.Equals("desc", StringComparison.OrdinalIgnoreCase)
                    ? SyntaxClass.Keyword
                    : catalog.Find(word) is not null && (isCall || rest >= text.Length) ? SyntaxClass.Function : SyntaxClass.Plain;
                Fill(classes, start, i, kind);
                firstWord = false;
                continue;
            }
            if (!char.IsWhiteSpace(c)) firstWord = false;
            i++;
        }
        return classes;
    }

    /// <summary>Letters, digits and underscores make a name.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The index after the string or quoted name that starts at <paramref name="start"/>; doubled quotes stay inside.</summary>
    public static int StringEnd(string text, int start)
    {
        var quote = text[start];
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.Length;
    }

    /// <summary>True when the string or quoted name that starts at <paramref name="start"/> has no closing quote (only doubled ones).</summary>
    public static bool IsOpenString(string text, int start)
    {
        var quote = text[start];
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote) { i += 2; continue; }
                return false;
            }
            i++;
        }
        return true;
    }

    private static void Fill(SyntaxClass[] classes, int from, int to, SyntaxClass kind)
    {
        for (var k = from; k < to && k < classes.Length; k++) classes[k] = kind;
    }
}
