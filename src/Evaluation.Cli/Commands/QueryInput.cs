using System.CommandLine;

namespace Evaluation.Cli.Commands;

/// <summary>Query text read from a file, standard input (<c>-</c>) or the command line (<c>-c</c>), with the name used in messages.</summary>
internal sealed record QueryInput(string Text, string Name)
{
    /// <summary>Adds the query's inputs to a command: an optional file argument (- for standard input) and <c>-c TEXT</c>.</summary>
    public static (Argument<string?> File, Option<string?> Inline) Declare(Command command, string fileDescription, string inlineDescription)
    {
        var file = new Argument<string?>("file") { Description = fileDescription, Arity = ArgumentArity.ZeroOrOne };
        var inline = new Option<string?>("--command", "-c") { Description = inlineDescription };
        command.Add(file);
        command.Add(inline);
        return (file, inline);
    }

    /// <summary>Reads the input a command was given through <see cref="Declare"/>.</summary>
    public static QueryInput? Read(ParseResult result, (Argument<string?> File, Option<string?> Inline) declared, CliConsole console) =>
        Read(result.GetValue(declared.File), result.GetValue(declared.Inline), console);

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
