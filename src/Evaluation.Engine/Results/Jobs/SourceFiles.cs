using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Evaluation.Engine.Results.Store;
using Evaluation.Engine.Sources;
using Evaluation.Language.Ast;

namespace Evaluation.Engine.Results.Jobs;

/// <summary>
/// The files a query reads, for the record of an evaluation job: every path source (in nested
/// queries too) and every registered name the query uses, expanded from globs and folders to
/// files, each with its size and a SHA-256 of its content.
/// </summary>
internal static class SourceFiles
{
    public static IReadOnlyList<SourceFile> Of(Query query, IReadOnlyDictionary<string, string> registered)
    {
        var paths = new List<string>();
        Collect(query, registered, paths);
        return paths.SelectMany(Expand).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal)
            .Select(Describe).ToList();
    }

    private static void Collect(Query query, IReadOnlyDictionary<string, string> registered, List<string> paths)
    {
        switch (query.From)
        {
            case null when registered.TryGetValue("inference", out var inference):
                paths.Add(inference);
                break;
            case PathSource path:
                paths.Add(path.Path);
                break;
            case NamedSource named when registered.TryGetValue(named.Name, out var bound):
                paths.Add(bound);
                break;
            case ResultsSource store:
                paths.Add(Path.Combine(store.Folder, "*" + ResultStore.Extension));
                break;
            case SubquerySource sub:
                Collect(sub.Query, registered, paths);
                break;
        }
    }

    private static IEnumerable<string> Expand(string path)
    {
        if (SourcePaths.DatabaseTable(path).Database is { } database) path = database;
        if (File.Exists(path)) return new[] { path };
        if (Directory.Exists(path)) return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal));
        var wildcard = SourcePaths.FirstWildcard(path);
        if (wildcard < 0) return Array.Empty<string>();
        var slash = path.LastIndexOf('/', wildcard);
        var root = slash < 0 ? "." : path.Substring(0, slash == 0 ? 1 : slash);
        if (!Directory.Exists(root)) return Array.Empty<string>();
        var pattern = new Regex("^" + GlobToRegex(path) + "$", RegexOptions.CultureInvariant);
        var prefix = slash < 0 ? "./" : "";
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => f.Replace('\\', '/'))
            .Where(f => pattern.IsMatch(prefix.Length > 0 && f.StartsWith(prefix, StringComparison.Ordinal) ? f.Substring(2) : f));
    }

    /// <summary>DuckDB's glob: <c>**</c> any folders, <c>*</c> and <c>?</c> within one name, <c>[..]</c> a class.</summary>
    private static string GlobToRegex(string glob)
    {
        var pattern = new System.Text.StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                pattern.Append(i + 2 < glob.Length && glob[i + 2] == '/' ? "(?:.*/)?" : ".*");
                i += i + 2 < glob.Length && glob[i + 2] == '/' ? 2 : 1;
            }
            else if (c == '*') pattern.Append("[^/]*");
            else if (c == '?') pattern.Append("[^/]");
            else if (c == '[')
            {
                var close = glob.IndexOf(']', i + 1);
                if (close < 0) { pattern.Append("\\["); continue; }
                pattern.Append('[').Append(glob.Substring(i + 1, close - i - 1).Replace("\\", "\\\\")).Append(']');
                i = close;
            }
            else pattern.Append(Regex.Escape(c.ToString()));
        }
        return pattern.ToString();
    }

    private static SourceFile Describe(string path)
    {
        using var stream = File.OpenRead(path);
        var digest = SHA256.HashData(stream);
        return new SourceFile(path, stream.Length, "sha256:" + Convert.ToHexString(digest).ToLowerInvariant());
    }
}
