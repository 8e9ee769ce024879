using System.Text;
using Evaluation.Language.Tests.Support;
using Evaluation.Language.Validation;
using Xunit;

namespace Evaluation.Language.Tests.Validation;

/// <summary>
/// Runs Cases/errors.cases: each line is bad input and the exact diagnostics it must give
/// (code, line:column+length, message with its suggestion). Adding a case is adding a line.
/// </summary>
public class ErrorCaseTests
{
    private const string CasesFile = "tests/Evaluation.Language.Tests/Cases/errors.cases";
    private const string Separator = " ⇶ ";

    /// <summary>The schema every case is checked against.</summary>
    public static SourceSchema Schema => TestSchema.Inference;

    public static TheoryData<int, string, string> Cases()
    {
        var data = new TheoryData<int, string, string>();
        var number = 0;
        foreach (var line in File.ReadLines(Repository.File(CasesFile)))
        {
            number++;
            if (line.StartsWith("#", StringComparison.Ordinal)) continue;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var split = line.IndexOf(Separator, StringComparison.Ordinal);
            data.Add(number, line.Substring(0, split), line.Substring(split + Separator.Length));
        }
        return data;
    }

    [Fact]
    public void There_are_at_least_forty_cases() => Assert.True(Cases().Count >= 40);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_exactly_these_diagnostics(int line, string input, string expected)
    {
        Assert.True(line > 0);
        Assert.Equal(expected, Describe(input));
    }

    /// <summary>Every diagnostic of the input as the cases file writes them.</summary>
    public static string Describe(string input)
    {
        var text = input.Replace("\\n", "\n");
        var result = QueryText.Check(text, new ValidationOptions { Schema = Schema });
        if (result.Diagnostics.Count == 0) return "(no diagnostics)";
        return string.Join(Separator, result.Diagnostics.Select(d =>
        {
            var (l, c) = DiagnosticFormatter.LineAndColumn(text, d.Span.Start);
            return $"{d.Code} {l}:{c}+{d.Span.Length} {d.Text}";
        }));
    }

    /// <summary>Writes Cases/errors.received.cases with what the code gives today, when any case differs, to review and accept.</summary>
    [Fact]
    public void The_cases_file_matches_what_the_code_reports()
    {
        var lines = File.ReadAllLines(Repository.File(CasesFile));
        var rewritten = new StringBuilder();
        foreach (var line in lines)
        {
            var split = line.IndexOf(Separator, StringComparison.Ordinal);
            if (split < 0 || line.StartsWith("#", StringComparison.Ordinal))
                rewritten.Append(line).Append('\n');
            else
                rewritten.Append(line.Substring(0, split)).Append(Separator).Append(Describe(line.Substring(0, split))).Append('\n');
        }
        Approved.Verify(CasesFile, rewritten.ToString());
    }
}
