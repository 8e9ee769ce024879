using System.Text.RegularExpressions;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Parsing.Dsl;

namespace Evaluation.Cli.Repl;

/// <summary>
/// What Tab offers at the end of the text typed so far (the statement's earlier lines and the
/// current line up to the cursor): stage keywords where a stage starts, a catalog function's
/// parameter names inside its call, the columns of the query's source (read from its schema),
/// file paths inside <c>from '</c>, and dot-commands with their arguments.
/// </summary>
internal sealed class ReplCompleter
{
    private static readonly string[] StageStarts = { "from", "where", "group by", "select", "pivot", "order by", "limit", "offset", "let" };
    private static readonly string[] Operators = { "and", "or", "not", "in", "like", "ilike", "is", "between", "by", "asc", "desc" };
    private static readonly string[] DataExtensions = { ".parquet", ".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".duckdb", ".db", ".evq" };

    private readonly FunctionCatalog _catalog;
    private readonly Func<Source?, IReadOnlyList<string>> _columnsOf;
    private readonly Func<IEnumerable<string>> _sourceNames;

    /// <param name="catalog">The functions and their parameters.</param>
    /// <param name="columnsOf">The columns of a source (null: the default source), empty when it cannot be read.</param>
    /// <param name="sourceNames">The bound source names.</param>
    public ReplCompleter(FunctionCatalog catalog, Func<Source?, IReadOnlyList<string>> columnsOf, Func<IEnumerable<string>> sourceNames)
    {
        _catalog = catalog;
        _columnsOf = columnsOf;
        _sourceNames = sourceNames;
    }

    /// <summary>The part of <paramref name="text"/>'s end that a completion replaces, and the completions, best first.</summary>
    public (string Token, IReadOnlyList<string> Candidates) Complete(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('.') && !trimmed.Contains('\n')) return DotCommand(trimmed);
        return Query(text);
    }

    private (string, IReadOnlyList<string>) DotCommand(string line)
    {
        var space = line.IndexOf(' ');
        if (space < 0) return (line, ReplCommands.Names.Where(n => n.StartsWith(line, StringComparison.Ordinal)).ToList());
        var command = line.Substring(0, space);
        var argument = line.Substring(space + 1).TrimStart();
        switch (command)
        {
            case ".format":
                return (argument, Filter(new[] { "table", "json", "csv" }, argument));
            case ".timer":
                return (argument, Filter(new[] { "on", "off" }, argument));
            case ".schema":
                return (argument, Filter(_sourceNames(), argument));
            case ".functions":
                return (argument, Filter(_catalog.Functions.Select(f => f.Name), argument));
            case ".read":
            case ".output":
                return (argument, Paths(argument, command == ".read" ? new[] { ".evq" } : null));
            case ".explain":
            case ".plot":
                return Query(argument);
            default:
                return ("", Array.Empty<string>());
        }
    }

    private (string, IReadOnlyList<string>) Query(string text)
    {
        var open = OpenString(text);
        if (open >= 0)
        {
            var partial = text.Substring(open + 1);
            var before = text.Substring(0, open).TrimEnd();
            return Regex.IsMatch(before, @"\bfrom$", RegexOptions.IgnoreCase) ? (partial, Paths(partial, null)) : (partial, Array.Empty<string>());
        }

        var start = text.Length;
        while (start > 0 && ReplSyntax.IsWordChar(text[start - 1])) start--;
        var token = text.Substring(start);
        var head = text.Substring(0, start).TrimEnd();
        var previous = head.Length == 0 ? '\0' : head[^1];

        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var startsLine = start > 0 && text.Substring(lineStart, start - lineStart).Trim().Length == 0 && text.LastIndexOf('\n', Math.Max(0, start - 1)) >= 0;
        if (previous is '\0' or '|' or ';' || startsLine) return (token, Filter(StageStarts, token));
        if (Regex.IsMatch(head, @"\bfrom$", RegexOptions.IgnoreCase)) return (token, Filter(_sourceNames(), token));

        var columns = Columns(text);
        if (InnermostCall(head) is { } call && previous is '(' or ',' or ':')
        {
            if (previous == ':') return (token, Filter(columns, token));
            var used = new HashSet<string>(Regex.Matches(call.Arguments, @"([A-Za-z_][A-Za-z0-9_]*)\s*:").Select(m => m.Groups[1].Value), StringComparer.OrdinalIgnoreCase);
            var parameters = call.Function.Parameters.Where(p => !used.Contains(p.Name)).Select(p => p.Name + ":");
            return (token, Filter(parameters.Concat(columns), token));
        }
        var functions = _catalog.Functions.Select(f => f.Name + "(");
        return (token, Filter(columns.Concat(functions).Concat(Operators), token));
    }

    /// <summary>The columns of the source the text's last <c>from</c> names (or of the default source).</summary>
    private IReadOnlyList<string> Columns(string text) => _columnsOf(DslParser.LastSource(text));

    /// <summary>The function whose argument list the end of <paramref name="head"/> is in, and the arguments typed so far.</summary>
    private (FunctionDefinition Function, string Arguments)? InnermostCall(string head)
    {
        var depth = 0;
        for (var i = head.Length - 1; i >= 0; i--)
        {
            var c = head[i];
            if (c == ')' || c == ']') depth++;
            else if (c == '[') depth--;
            else if (c == '(')
            {
                if (depth > 0) { depth--; continue; }
                var end = i;
                while (end > 0 && head[end - 1] == ' ') end--;
                var begin = end;
                while (begin > 0 && ReplSyntax.IsWordChar(head[begin - 1])) begin--;
                var name = head.Substring(begin, end - begin);
                return _catalog.Find(name) is { } function ? (function, head.Substring(i + 1)) : null;
            }
        }
        return null;
    }

    /// <summary>The index of the quote that opens a string (not a quoted name) still open at the end of the text, or -1.</summary>
    private static int OpenString(string text) =>
        StatementBuffer.Scan(text).OpenQuote is var quote and >= 0 && text[quote] == '\'' ? quote : -1;

    /// <summary>Files and folders that complete <paramref name="partial"/>: folders end with '/', files are data files (or the given extensions).</summary>
    private static IReadOnlyList<string> Paths(string partial, string[]? extensions)
    {
        var slash = partial.LastIndexOf('/');
        var folder = slash < 0 ? "" : partial.Substring(0, slash + 1);
        var name = partial.Substring(slash + 1);
        var directory = folder.Length == 0 ? "." : folder;
        if (directory.StartsWith("~/", StringComparison.Ordinal))
            directory = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), directory.Substring(2));
        try
        {
            if (!Directory.Exists(directory)) return Array.Empty<string>();
            var folders = Directory.EnumerateDirectories(directory).Select(d => Path.GetFileName(d) + "/");
            var files = Directory.EnumerateFiles(directory).Select(Path.GetFileName)
                .Where(f => (extensions ?? DataExtensions).Any(e => f!.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
            return folders.Concat(files!)
                .Where(entry => entry!.StartsWith(name, StringComparison.Ordinal) && (name.StartsWith('.') || !entry.StartsWith('.')))
                .OrderBy(entry => entry, StringComparer.Ordinal)
                .Select(entry => folder + entry).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }

    private static IReadOnlyList<string> Filter(IEnumerable<string> candidates, string token) =>
        candidates.Where(c => c.StartsWith(token, StringComparison.Ordinal) && c != token).Distinct().ToList();
}
