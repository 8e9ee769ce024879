namespace Evaluation.Cli;

/// <summary>The streams a command reads and writes, so tests can run commands in-process.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>True when standard output is a terminal: the default format is then a table, else JSON.</summary>
    public bool OutputIsTerminal { get; init; }
}
