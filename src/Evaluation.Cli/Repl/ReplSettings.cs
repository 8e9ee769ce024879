namespace Evaluation.Cli.Repl;

/// <summary>What the dot-commands change during a session.</summary>
internal sealed class ReplSettings
{
    /// <summary>table, json or csv.</summary>
    public string Format { get; set; } = "table";

    /// <summary>Print rows and run time after each query.</summary>
    public bool Timer { get; set; }

    /// <summary>Where results go (all rows); null: the screen.</summary>
    public string? OutputPath { get; set; }

    /// <summary>The most rows a table shows on the screen; 0: all.</summary>
    public int MaxRows { get; set; } = 40;
}
