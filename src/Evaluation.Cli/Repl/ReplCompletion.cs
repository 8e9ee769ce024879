using RadLine;

namespace Evaluation.Cli.Repl;

/// <summary>
/// RadLine's side of completion: RadLine gives the current line as prefix, word and suffix, with
/// its own idea of a word; the completer works on the whole statement typed so far, and its
/// answers are turned into replacements of RadLine's word.
/// </summary>
internal sealed class ReplCompletion : ITextCompletion
{
    private readonly ReplCompleter _completer;
    private readonly Func<string> _pending;

    /// <param name="completer">The completer.</param>
    /// <param name="pending">The earlier lines of the statement under way.</param>
    public ReplCompletion(ReplCompleter completer, Func<string> pending)
    {
        _completer = completer;
        _pending = pending;
    }

    public IEnumerable<string> GetCompletions(string prefix, string word, string suffix)
    {
        var (token, candidates) = _completer.Complete(_pending() + prefix + word);
        foreach (var candidate in candidates)
        {
            if (token.Length <= word.Length)
            {
                yield return word.Substring(0, word.Length - token.Length) + candidate;
            }
            else
            {
                // RadLine's word is the end of the token: replace it with the candidate's matching end.
                var stem = token.Substring(0, token.Length - word.Length);
                if (candidate.StartsWith(stem, StringComparison.Ordinal)) yield return candidate.Substring(stem.Length);
            }
        }
    }
}
