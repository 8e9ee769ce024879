using RadLine;

namespace Evaluation.Cli.Repl;

/// <summary>Where the REPL's lines come from.</summary>
internal interface ILineReader
{
    /// <summary>The next line, or null at the end of input (Ctrl-D).</summary>
    string? ReadLine();
}

/// <summary>Lines from a redirected standard input: no prompt, no editing, nothing echoed (how scripts and tests drive the REPL).</summary>
internal sealed class PlainLineReader : ILineReader
{
    private readonly TextReader _input;

    public PlainLineReader(TextReader input) => _input = input;

    public string? ReadLine() => _input.ReadLine();
}

/// <summary>Lines from RadLine's editor on a terminal: highlighting, completion, history; Ctrl-D on an empty line ends input.</summary>
internal sealed class EditorLineReader : ILineReader
{
    private readonly LineEditor _editor;

    public EditorLineReader(LineEditor editor) => _editor = editor;

    public string? ReadLine() => _editor.ReadLine(CancellationToken.None).GetAwaiter().GetResult();
}

/// <summary>Ctrl-D: ends input on an empty line, deletes the character under the cursor otherwise (as readline does).</summary>
internal sealed class EndOfInputCommand : LineEditorCommand
{
    public override void Execute(LineEditorContext context)
    {
        if (context.Buffer.Content.Length == 0) context.Submit(SubmitAction.Cancel);
        else context.Execute(new DeleteCommand());
    }
}

/// <summary>Key reads from the console, for RadLine on a terminal.</summary>
internal sealed class ConsoleKeySource : IInputSource
{
    public bool ByPassProcessing => false;

    public bool IsKeyAvailable() => Console.KeyAvailable;

    public ConsoleKeyInfo ReadKey() => Console.ReadKey(intercept: true);
}
