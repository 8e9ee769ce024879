using Evaluation.Language.Catalog;
using Xunit;

namespace Evaluation.Linq.Tests;

/// <summary>TimeInterval is the catalog's roundTimestamp time_interval, value for value, and Bucket rounds as DuckDB's date_trunc does.</summary>
public sealed class TimeIntervalTests
{
    [Fact]
    public void The_intervals_are_the_catalog_s()
    {
        var catalog = FunctionCatalog.Default.Find("roundTimestamp")!.FindParameter("time_interval")!.EnumValues;
        Assert.Equal(catalog.OrderBy(v => v), Enum.GetValues<TimeInterval>().Select(i => i.ToString().ToLowerInvariant()).OrderBy(v => v));
    }

    [Fact]
    public void Bucket_in_memory_is_the_engine_s_rounding()
    {
        using var eval = EvaluationContext.Open();
        var at = new DateTime(2026, 3, 5, 13, 47, 29, 250); // a Thursday
        var rows = eval.Objects(new[] { new Event(at) });
        foreach (var interval in Enum.GetValues<TimeInterval>())
        {
            var engine = rows.GroupBy(e => EvaluationFunctions.Bucket(e.At, interval)).Select(g => g.Key).Single();
            Assert.Equal(EvaluationFunctions.Bucket(at, interval), engine);
        }
    }

    public sealed record Event(DateTime At);
}
