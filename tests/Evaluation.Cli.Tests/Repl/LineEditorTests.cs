using Evaluation.Cli.Repl;
using Evaluation.Engine;
using Evaluation.Language.Catalog;
using RadLine;
using Spectre.Console;
using Xunit;

namespace Evaluation.Cli.Tests.Repl;

/// <summary>RadLine's own editor with the REPL's completion, highlighting, prompt and keys, fed keys by a script.</summary>
public class LineEditorTests
{
    private sealed class ScriptedKeys : IInputSource
    {
        private readonly Queue<ConsoleKeyInfo> _keys = new();

        public ScriptedKeys Type(string text)
        {
            foreach (var c in text) _keys.Enqueue(new ConsoleKeyInfo(c, char.IsLetter(c) ? (ConsoleKey)char.ToUpperInvariant(c) : ConsoleKey.Oem1, false, false, false));
            return this;
        }

        public ScriptedKeys Press(ConsoleKey key, ConsoleModifiers modifiers = 0)
        {
            _keys.Enqueue(new ConsoleKeyInfo(key == ConsoleKey.Enter ? '\r' : '\0', key, modifiers.HasFlag(ConsoleModifiers.Shift), modifiers.HasFlag(ConsoleModifiers.Alt), modifiers.HasFlag(ConsoleModifiers.Control)));
            return this;
        }

        public bool ByPassProcessing => false;

        public bool IsKeyAvailable() => _keys.Count > 0;

        public ConsoleKeyInfo ReadKey() => _keys.Dequeue();
    }

    private static (LineEditor Editor, StringWriter Screen) Editor(ScriptedKeys keys, EvaluationEngine engine)
    {
        var screen = new StringWriter();
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });
        var highlighter = new ReplHighlighter(FunctionCatalog.Default);
        var editor = new LineEditor(ansi, keys, null)
        {
            Highlighter = highlighter,
            Completion = new ReplCompletion(new ReplCompleter(FunctionCatalog.Default, s => SourceColumns.Of(engine, s), () => Array.Empty<string>()), () => ""),
            Prompt = new ReplPrompt(() => false, highlighter),
        };
        editor.KeyBindings.Add(ConsoleKey.D, ConsoleModifiers.Control, () => new EndOfInputCommand());
        return (editor, screen);
    }

    [Fact]
    public async Task Tab_inside_a_call_inserts_the_first_parameter_name()
    {
        using var engine = EvaluationEngine.Open();
        var keys = new ScriptedKeys().Type("select rmse(").Press(ConsoleKey.Tab).Press(ConsoleKey.Enter);
        var (editor, _) = Editor(keys, engine);
        Assert.Equal("select rmse(ground_truth_property:", await editor.ReadLine(CancellationToken.None));
    }

    [Fact]
    public async Task The_rendered_line_colours_keywords_and_strings()
    {
        using var engine = EvaluationEngine.Open();
        var keys = new ScriptedKeys().Type("from 'x'").Press(ConsoleKey.Enter);
        var (editor, screen) = Editor(keys, engine);
        Assert.Equal("from 'x'", await editor.ReadLine(CancellationToken.None));
        var rendered = screen.ToString();
        // The last render of the line: a bold blue keyword (SGR 1;94 in the standard palette) and the whole string green (32).
        var last = rendered.Substring(rendered.LastIndexOf("evalq>", StringComparison.Ordinal));
        Assert.Contains("\u001b[1;94mfrom\u001b[0m \u001b[32m'x'\u001b[0m", last);
    }

    [Fact]
    public async Task Ctrl_d_on_an_empty_line_ends_input()
    {
        using var engine = EvaluationEngine.Open();
        var (editor, _) = Editor(new ScriptedKeys().Press(ConsoleKey.D, ConsoleModifiers.Control), engine);
        Assert.Null(await editor.ReadLine(CancellationToken.None));
    }
}
