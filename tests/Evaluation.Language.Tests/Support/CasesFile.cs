using Xunit;

namespace Evaluation.Language.Tests.Support;

/// <summary>Reads a cases file: lines `INPUT ⇶ EXPECTED`; `#` lines and blank lines are skipped.</summary>
public static class CasesFile
{
    public const string Separator = " ⇶ ";

    public static TheoryData<string, string> Read(string relativePath)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Repository.File(relativePath)))
        {
            if (line.StartsWith("#", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(line)) continue;
            var split = line.IndexOf(Separator, StringComparison.Ordinal);
            if (split < 0) throw new InvalidDataException($"{relativePath}: no `{Separator.Trim()}` in: {line}");
            data.Add(line.Substring(0, split), line.Substring(split + Separator.Length));
        }
        return data;
    }
}
