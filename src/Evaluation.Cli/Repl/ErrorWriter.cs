using Spectre.Console;

namespace Evaluation.Cli.Repl;

/// <summary>
/// Writes the REPL's errors on standard error: in colour on a terminal (the header red, the caret
/// line red, the help line cyan), as plain text otherwise, so redirected output stays the same
/// from run to run.
/// </summary>
internal sealed class ErrorWriter
{
    private readonly TextWriter _error;
    private readonly IAnsiConsole? _ansi;

    public ErrorWriter(TextWriter error, bool colour)
    {
        _error = error;
        _ansi = colour
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error), Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard })
            : null;
    }

    /// <summary>A one-line message.</summary>
    public void Message(string text)
    {
        if (_ansi is null) _error.WriteLine(text);
        else _ansi.MarkupLine("[red]" + Markup.Escape(text) + "[/]");
    }

    /// <summary>A diagnostic as <see cref="Language.Validation.DiagnosticFormatter"/> formats it, followed by an empty line.</summary>
    public void Diagnostic(string formatted)
    {
        if (_ansi is null)
        {
            _error.WriteLine(formatted);
            _error.WriteLine();
            return;
        }
        foreach (var line in formatted.Split('\n'))
        {
            var escaped = Markup.Escape(line);
            if (line.StartsWith("  | ", StringComparison.Ordinal) && line.Substring(4).Trim().Trim('^').Length == 0 && line.Contains('^'))
                _ansi.MarkupLine("  | [red bold]" + Markup.Escape(line.Substring(4)) + "[/]");
            else if (line.StartsWith("  | ", StringComparison.Ordinal)) _ansi.MarkupLine(escaped);
            else if (line.StartsWith("  = help", StringComparison.Ordinal)) _ansi.MarkupLine("[aqua]" + escaped + "[/]");
            else _ansi.MarkupLine("[red bold]" + escaped + "[/]");
        }
        _ansi.WriteLine();
    }
}
