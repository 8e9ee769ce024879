namespace Evaluation.Linq;

/// <summary>The buckets <see cref="EvaluationFunctions.Bucket(DateTime, TimeInterval)"/> rounds timestamps down to (roundTimestamp's time_interval).</summary>
public enum TimeInterval
{
    /// <summary>Whole seconds.</summary>
    Second,
    /// <summary>Whole minutes.</summary>
    Minute,
    /// <summary>Whole hours.</summary>
    Hour,
    /// <summary>Days (midnight).</summary>
    Day,
    /// <summary>Weeks (Monday, as DuckDB's date_trunc).</summary>
    Week,
    /// <summary>Months (the first).</summary>
    Month,
    /// <summary>Years.</summary>
    Year,
}

/// <summary>Row-level helpers usable in queries (translated to catalog functions) and in memory.</summary>
public static class EvaluationFunctions
{
    /// <summary>The timestamp rounded down to its <paramref name="interval"/> (roundTimestamp): group keys by hour, day, …</summary>
    public static DateTime Bucket(DateTime timestamp, TimeInterval interval) => interval switch
    {
        TimeInterval.Second => new DateTime(timestamp.Ticks - timestamp.Ticks % TimeSpan.TicksPerSecond, timestamp.Kind),
        TimeInterval.Minute => new DateTime(timestamp.Ticks - timestamp.Ticks % TimeSpan.TicksPerMinute, timestamp.Kind),
        TimeInterval.Hour => new DateTime(timestamp.Ticks - timestamp.Ticks % TimeSpan.TicksPerHour, timestamp.Kind),
        TimeInterval.Day => timestamp.Date,
        TimeInterval.Week => timestamp.Date.AddDays(-(((int)timestamp.DayOfWeek + 6) % 7)),
        TimeInterval.Month => new DateTime(timestamp.Year, timestamp.Month, 1, 0, 0, 0, timestamp.Kind),
        _ => new DateTime(timestamp.Year, 1, 1, 0, 0, 0, timestamp.Kind),
    };

    /// <summary>The catalog's spelling of an interval.</summary>
    internal static string Name(this TimeInterval interval) => interval.ToString().ToLowerInvariant();
}
