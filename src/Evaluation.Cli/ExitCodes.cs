namespace Evaluation.Cli;

/// <summary>The exit codes of LANGUAGE.md §9.</summary>
internal static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Ok = 0;

    /// <summary>A query or validation error; the message is on stderr with its position.</summary>
    public const int QueryError = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int UsageError = 2;
}
