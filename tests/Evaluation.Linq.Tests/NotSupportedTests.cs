using Xunit;

namespace Evaluation.Linq.Tests;

/// <summary>
/// Each way a LINQ query can fall outside what translates fails with a NotSupportedException that
/// names the method or the expression — before any SQL runs (the source here is in memory, and a
/// query that ran would not throw).
/// </summary>
public sealed class NotSupportedTests : IDisposable
{
    public enum Tier { Low, High }

    public sealed record Row(string Model, double Y, double P, long Label, string? Name, Tier Tier);

    private readonly EvaluationContext _eval = EvaluationContext.Open();

    private IQueryable<Row> Rows => _eval.Objects(new[] { new Row("a", 1, 2, 1, "x", Tier.Low), new Row("b", 2, 2, 0, null, Tier.High) });

    public static TheoryData<string, string> Cases() => new()
    {
        { "method on a column", "ToUpperInvariant" },
        { "column against column", "r.Y" },
        { "computed selector", "Rmse" },
        { "computed group key", "Trim" },
        { "operator LINQ has but the language does not", "Reverse" },
        { "group by without select", "ends in GroupBy" },
        { "filter on groups before select", "filter on groups" },
        { "filter after order", "after OrderBy" },
        { "skip after take", "Skip after Take" },
        { "second select", "second Select" },
        { "order by a client-computed member", "order key" },
        { "count with a compound predicate", "one comparison" },
        { "the composite key as a whole", "composite key" },
        { "a lambda over the group inside the projection", "Enumerable.Where" },
        { "ordering an enum", "orders enum values" },
        { "like wildcard in the value", "wildcards" },
        { "ordering against null", "null" },
        { "the row itself in a projection", "the row" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Untranslatable_queries_fail_naming_what(string name, string named)
    {
        var cut = 0.5;
        string? nothing = null;
        Action run = name switch
        {
            "method on a column" => () => Rows.Where(r => r.Model.ToUpperInvariant() == "A").ToList(),
            "column against column" => () => Rows.Where(r => r.Y > r.P).ToList(),
            "computed selector" => () => Rows.GroupBy(r => r.Model).Select(g => g.Rmse(r => r.Y * 2, r => r.P)).ToList(),
            "computed group key" => () => Rows.GroupBy(r => r.Model.Trim()).Select(g => g.Count()).ToList(),
            "operator LINQ has but the language does not" => () => Rows.Reverse().ToList(),
            "group by without select" => () => Rows.GroupBy(r => r.Model).ToList(),
            "filter on groups before select" => () => Rows.GroupBy(r => r.Model).Where(g => g.Count() > 1).Select(g => g.Key).ToList(),
            "filter after order" => () => Rows.Select(r => new { r.Y }).OrderBy(x => x.Y).Where(x => x.Y > cut).ToList(),
            "skip after take" => () => Rows.Take(3).Skip(1).ToList(),
            "second select" => () => Rows.Select(r => new { r.Y }).Select(x => new { x.Y }).ToList(),
            "order by a client-computed member" => () => Rows.Select(r => new { Double = r.Y * 2 }).OrderBy(x => x.Double).ToList(),
            "count with a compound predicate" => () => Rows.GroupBy(r => r.Model).Select(g => g.Count(r => r.Y > 1 && r.P > 1)).ToList(),
            "the composite key as a whole" => () => Rows.GroupBy(r => new { r.Model, r.Label }).Select(g => new { g.Key, N = g.Count() }).ToList(),
            "a lambda over the group inside the projection" => () => Rows.GroupBy(r => r.Model).Select(g => new { N = g.Where(r => r.Y > 1).Count() }).ToList(),
            "ordering an enum" => () => Rows.Where(r => r.Tier > Tier.Low).ToList(),
            "like wildcard in the value" => () => Rows.Where(r => r.Model.Contains("5%")).ToList(),
            "ordering against null" => () => Rows.Where(r => string.Compare(r.Name, nothing) > 0).ToList(),
            _ => () => Rows.Select(r => new { Row = r, r.Y }).ToList(),
        };
        var error = Assert.Throws<NotSupportedException>(run);
        Assert.Contains(named, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _eval.Dispose();
}
