namespace Evaluation.Cli.Repl;

/// <summary>
/// The REPL's history across sessions: one entry per line in a file under the user's config
/// directory (<c>~/.config/evalq/history</c>; <c>EVALQ_HISTORY</c> names another file), newest
/// last, without duplicates (an entry typed again moves to the end), at most <see cref="Limit"/> entries.
/// Entries of several lines are stored on one line with <c>\n</c> escaped.
/// </summary>
internal sealed class HistoryFile
{
    /// <summary>How many entries are kept.</summary>
    public const int Limit = 1000;

    private readonly string _path;
    private readonly List<string> _entries;

    private HistoryFile(string path, List<string> entries)
    {
        _path = path;
        _entries = entries;
    }

    /// <summary>The file named by <c>EVALQ_HISTORY</c>, or the default one under the config directory.</summary>
    public static string DefaultPath() =>
        Environment.GetEnvironmentVariable("EVALQ_HISTORY") is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "evalq", "history");

    /// <summary>Reads the history (an empty one when the file does not exist or cannot be read).</summary>
    public static HistoryFile Open(string path)
    {
        var entries = new List<string>();
        try
        {
            if (File.Exists(path)) entries.AddRange(File.ReadAllLines(path).Where(l => l.Length > 0).Select(Unescape));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No history is better than no REPL.
        }
        return new HistoryFile(path, Deduplicate(entries));
    }

    /// <summary>The entries, oldest first.</summary>
    public IReadOnlyList<string> Entries => _entries;

    /// <summary>Adds an entry (moving an equal older one to the end), trims to <see cref="Limit"/> and saves.</summary>
    public void Add(string entry)
    {
        entry = entry.Trim();
        if (entry.Length == 0) return;
        _entries.Remove(entry);
        _entries.Add(entry);
        if (_entries.Count > Limit) _entries.RemoveRange(0, _entries.Count - Limit);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
            File.WriteAllLines(_path, _entries.Select(Escape));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only home keeps the session's history in memory.
        }
    }

    private static List<string> Deduplicate(List<string> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        for (var i = entries.Count - 1; i >= 0; i--)
            if (seen.Add(entries[i])) kept.Add(entries[i]);
        kept.Reverse();
        return kept.Count > Limit ? kept.GetRange(kept.Count - Limit, Limit) : kept;
    }

    private static string Escape(string entry) => entry.Replace("\\", "\\\\").Replace("\r", "").Replace("\n", "\\n");

    private static string Unescape(string line)
    {
        var text = new System.Text.StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                text.Append(line[i + 1] == 'n' ? '\n' : line[i + 1]);
                i++;
            }
            else text.Append(line[i]);
        }
        return text.ToString();
    }
}
