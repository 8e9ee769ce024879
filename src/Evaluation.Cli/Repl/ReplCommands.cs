namespace Evaluation.Cli.Repl;

/// <summary>The dot-commands: their names, arguments and one-line help, in the order <c>.help</c> lists them.</summary>
internal static class ReplCommands
{
    public static IReadOnlyList<(string Name, string Arguments, string Help)> All { get; } = new[]
    {
        (".help", "", "this list"),
        (".sources", "", "the bound source names and what they read"),
        (".schema", "[SOURCE]", "the columns of a source (a name or a path; default: the last query's source)"),
        (".functions", "[NAME]", "the function catalog, or one entry: parameters, definition, direction"),
        (".explain", "QUERY", "the query as canonical DSL and JSON, its SQL with parameters and DuckDB's plan"),
        (".format", "table|json|csv", "how results are printed"),
        (".timer", "on|off", "print the row count and run time after each query"),
        (".maxrows", "N", "print at most N rows of a table (the rest is counted); 0 prints all"),
        (".output", "[FILE]", "write results to FILE (all rows); without FILE, back to the screen"),
        (".read", "FILE.evq", "run a script file"),
        (".plot", "[FILE.png] [QUERY]", "draw the query's result (or the last result): ROC or PR curve, metric over time, histogram"),
        (".history", "", "the statements kept across sessions"),
        (".quit", "", "leave (also .exit, Ctrl-D)"),
    };

    /// <summary>Every command name, with <c>.exit</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(c => c.Name).Append(".exit").ToArray();
}
