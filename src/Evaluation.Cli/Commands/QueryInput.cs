namespace Evaluation.Cli.Commands;

/// <summary>Query text read from a file, standard input (<c>-</c>) or the command line (<c>-c</c>), with the name used in messages.</summary>
internal sealed record QueryInput(string Text, string Name)
{
    /// <summary>
    /// Reads the text; returns null and writes a message when the file cannot be read or when
    /// neither or both of a file and <c>-c</c> were given.
    /// </summary>
    public static QueryInput? Read(string? file, string? inline, CliConsole console)
    {
        if ((file is null) == (inline is null))
        {
            console.Error.WriteLine("evalq: give a query file (or - for standard input), or the query text with -c.");
            return null;
        }
        if (inline is not null) return new QueryInput(inline, "<command line>");
        if (file == "-") return new QueryInput(console.In.ReadToEnd(), "<stdin>");
        try
        {
            return new QueryInput(File.ReadAllText(file!), file!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"evalq: cannot read {file}: {e.Message}");
            return null;
        }
    }
}
