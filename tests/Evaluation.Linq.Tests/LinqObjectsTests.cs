using Xunit;

namespace Evaluation.Linq.Tests;

/// <summary>
/// LINQ over .NET objects (an Objects source, through Arrow): the types rows can hold — nullable
/// members, enums, DateTimeOffset, DateOnly — in filters, keys and projections into records, tuples
/// and member initialisers, each result checked against LINQ-to-objects over the same rows.
/// </summary>
public sealed class LinqObjectsTests : IDisposable
{
    public enum Segment { North, South, East }

    public sealed record Event(long Id, Segment Segment, DateTimeOffset At, DateOnly Day, double? Score, long Label, string Model);

    public sealed class Summary
    {
        public string Model { get; set; } = "";
        public long N { get; set; }
        public double Mean { get; set; }
    }

    public sealed record Stats(string Model, long N, double Top);

    private static readonly List<Event> Events = Enumerable.Range(0, 500).Select(i => new Event(
        i, (Segment)(i % 3), new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(17 * i), new DateOnly(2026, 3, 1).AddDays(i % 9),
        i % 11 == 0 ? null : (i * 37 % 100) / 100.0, (i * 7 % 10) < 4 ? 1 : 0, i % 2 == 0 ? "m-a" : "m-b")).ToList();

    private readonly EvaluationContext _eval = EvaluationContext.Open();

    [Fact]
    public void Filters_on_enums_nullables_and_times()
    {
        var rows = _eval.Objects(Events);
        var start = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var day = new DateOnly(2026, 3, 4);
        var segment = Segment.South;
        var query = rows.Where(e => e.Segment == segment && e.Score != null && e.At >= start && e.Day <= day && e.Model.EndsWith("-a"));
        var expected = Events.Where(e => e.Segment == segment && e.Score != null && e.At >= start && e.Day <= day && e.Model.EndsWith("-a")).Select(e => e.Id).OrderBy(i => i);
        Assert.Equal(expected, query.Select(e => e.Id).ToList().OrderBy(i => i));
        Assert.Contains("Segment == 'South'", query.ToDsl());
        Assert.Equal(Events.Count(e => e.Score == null), rows.Count(e => e.Score == null));
        Assert.Equal(Events.Count(e => !(e.Label == 1) || e.Model == "m-b"), rows.Count(e => !(e.Label == 1) || e.Model == "m-b"));
    }

    [Fact]
    public void Projections_into_member_initialisers_records_and_tuples()
    {
        var rows = _eval.Objects(Events);
        var expected = Events.GroupBy(e => e.Model).OrderBy(g => g.Key)
            .Select(g => (g.Key, (long)g.Count(), g.Where(e => e.Score != null).Average(e => e.Score!.Value), g.Max(e => e.Id))).ToList();

        var initialised = rows.GroupBy(e => e.Model).Select(g => new Summary { Model = g.Key, N = g.LongCount(), Mean = g.Average(e => e.Score!.Value) })
            .OrderBy(s => s.Model).ToList();
        var records = rows.GroupBy(e => e.Model).Select(g => new Stats(g.Key, g.Count(), g.Max(e => e.Id))).OrderBy(s => s.Model).ToList();
        var tuples = rows.GroupBy(e => e.Model).Select(g => ValueTuple.Create(g.Key, g.Count(e => e.Label == 1))).ToList();

        Assert.Equal(expected.Select(e => e.Item1), initialised.Select(s => s.Model));
        Assert.Equal(expected.Select(e => e.Item2), initialised.Select(s => s.N));
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i].Item3, initialised[i].Mean, 12);
        Assert.Equal(expected.Select(e => (double)e.Item4), records.Select(r => r.Top));
        Assert.Equal(Events.GroupBy(e => e.Model).ToDictionary(g => g.Key, g => g.Count(e => e.Label == 1)),
            tuples.ToDictionary(t => t.Item1, t => t.Item2));
    }

    [Fact]
    public void Time_buckets_and_whole_rows()
    {
        var rows = _eval.Objects(Events);
        var hourly = rows.GroupBy(e => new { e.Segment, Hour = EvaluationFunctions.Bucket(e.At.UtcDateTime, TimeInterval.Hour) });
        Assert.Throws<NotSupportedException>(() => hourly.Select(g => g.Count()).ToList()); // e.At.UtcDateTime is a computed key
        var bySegment = rows.GroupBy(e => e.Segment).Select(g => new { Segment = g.Key, N = g.Count() }).ToList();
        Assert.Equal(Events.GroupBy(e => e.Segment).ToDictionary(g => g.Key, g => g.Count()), bySegment.ToDictionary(s => s.Segment, s => s.N));
        var first = rows.Where(e => e.Id == 42).Single();
        Assert.Equal(Events[42], first);
        Assert.Null(rows.Where(e => e.Id == -1).FirstOrDefault());
        Assert.Throws<InvalidOperationException>(() => rows.Where(e => e.Id < 2).Single());
    }

    public void Dispose() => _eval.Dispose();
}
