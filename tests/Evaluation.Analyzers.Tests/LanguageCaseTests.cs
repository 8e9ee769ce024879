using Evaluation.Analyzers.Strings;
using Evaluation.Analyzers.Tests.Support;
using Evaluation.Language;
using Evaluation.Language.Validation;
using Xunit;

namespace Evaluation.Analyzers.Tests;

/// <summary>
/// Every bad input of the language's own cases file (tests/Evaluation.Language.Tests/Cases/errors.cases),
/// written as a C# regular, verbatim and raw string: the analyzer reports exactly what the language
/// reports for that text without a schema, each at the source characters of the language's span.
/// </summary>
public sealed class LanguageCaseTests
{
    private const string CasesFile = "tests/Evaluation.Language.Tests/Cases/errors.cases";

    public enum Kind
    {
        Regular,
        Verbatim,
        Raw,
    }

    public static TheoryData<string, Kind> Cases()
    {
        var data = new TheoryData<string, Kind>();
        foreach (var line in File.ReadLines(RepositoryRoot.File(CasesFile)))
        {
            var split = line.IndexOf(" ⇶ ", StringComparison.Ordinal);
            if (line.StartsWith("#", StringComparison.Ordinal) || split < 0) continue;
            foreach (var kind in new[] { Kind.Regular, Kind.Verbatim, Kind.Raw })
                data.Add(line.Substring(0, split), kind);
        }
        return data;
    }

    [Fact]
    public void The_cases_cover_most_codes_the_language_reports_without_data()
    {
        var codes = Cases().Select(c => (string)c[0]).Distinct()
            .SelectMany(input => QueryText.Check(input.Replace("\\n", "\n"), ValidationOptions.WithDescriptor()).Diagnostics)
            .Select(d => d.Code).Distinct().Count();
        Assert.True(codes >= 25, $"only {codes} codes");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_diagnostic_of_the_language_squiggles_its_own_characters(string input, Kind kind)
    {
        var text = input.Replace("\\n", "\n");
        var expected = QueryText.Check(text, ValidationOptions.WithDescriptor()).Diagnostics
            .Select(d => $"{d.Code} `{Written(text.Substring(d.Span.Start, Math.Min(d.Span.Length, text.Length - d.Span.Start)), kind)}` {d.Text}")
            .OrderBy(x => x, StringComparer.Ordinal);
        var statement = $"engine.Query({Literal(text, kind)});";
        var actual = TestCompilation.Analyze(new[] { Snippets.Statements(statement) }, new QueryStringAnalyzer())
            .Select(d => $"{d.Id} `{Squiggles.Text(d)}` {d.GetMessage()}")
            .OrderBy(x => x, StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    private const string Indentation = "    ";

    /// <summary>The C# literal that writes <paramref name="text"/>: raw strings are multi-line, indented.</summary>
    private static string Literal(string text, Kind kind) => kind switch
    {
        Kind.Regular => "\"" + Written(text, kind) + "\"",
        Kind.Verbatim => "@\"" + Written(text, kind) + "\"",
        _ => "\"\"\"\n" + Indentation + Written(text, kind) + "\n" + Indentation + "\"\"\"",
    };

    /// <summary>How the characters of <paramref name="text"/> appear in the source of that kind of literal.</summary>
    private static string Written(string text, Kind kind) => kind switch
    {
        Kind.Regular => text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n"),
        Kind.Verbatim => text.Replace("\"", "\"\""),
        _ => text.Replace("\n", "\n" + Indentation),
    };
}
