using Evaluation.Language.Tests.Support;
using Evaluation.Language.Validation;
using Xunit;

namespace Evaluation.Language.Tests.Validation;

/// <summary>Cases/valid.cases: queries that must raise no diagnostic; guards against false positives.</summary>
public class ValidQueriesTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Repository.File("tests/Evaluation.Language.Tests/Cases/valid.cases")))
            if (!line.StartsWith("#", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(line)) data.Add(line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_valid_query_raises_nothing(string query)
    {
        var result = QueryText.Check(query, new ValidationOptions { Schema = TestSchema.Inference });
        Assert.True(result.Diagnostics.Count == 0, DiagnosticFormatter.FormatAll(result.Diagnostics, query));
    }
}
