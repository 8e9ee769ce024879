namespace Evaluation.Cli;

/// <summary>The streams a command reads and writes, so tests can run commands in-process.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>True when standard output is a terminal: the default format is then a table, else JSON.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>True when standard error is a terminal: long queries then show their progress there.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Cancelled by Ctrl-C: the running query stops.</summary>
    public CancellationToken Cancellation { get; init; }
}
