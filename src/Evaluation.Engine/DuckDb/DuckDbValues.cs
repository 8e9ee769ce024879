using System.Collections;

using System.Data.Common;

namespace Evaluation.Engine.DuckDb;

/// <summary>Turns the values DuckDB.NET reads into the result's CLR values (structs and lists made read-only and recursive).</summary>
internal static class DuckDbValues
{
    /// <summary>One row of a reader as result values.</summary>
    public static object?[] Row(DbDataReader reader, bool[] instants)
    {
        var row = new object?[reader.FieldCount];
        for (var i = 0; i < row.Length; i++)
        {
            var value = From(reader.GetValue(i));
            row[i] = instants[i] && value is DateTime instant ? DateTime.SpecifyKind(instant, DateTimeKind.Utc) : value;
        }
        return row;
    }

    /// <summary>
    /// Which columns hold instants (TIMESTAMP WITH TIME ZONE): DuckDB.NET reads them as a UTC
    /// DateTime of unspecified kind, which the result marks as UTC.
    /// </summary>
    public static bool[] Instants(DbDataReader reader) =>
        Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetDataTypeName(i) == "TimestampTz").ToArray();

    public static object? From(object? value) => value switch
    {
        null or DBNull => null,
        float f => (double)f,
        int i => (long)i,
        short s => (long)s,
        sbyte b => (long)b,
        byte b => (long)b,
        ushort u => (long)u,
        uint u => (long)u,
        ulong u when u <= long.MaxValue => (long)u,
        // HUGEINT (an integer sum, for one): a whole number as long as it fits, else the nearest double.
        System.Numerics.BigInteger b when b >= long.MinValue && b <= long.MaxValue => (long)b,
        System.Numerics.BigInteger b => double.Parse(b.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture),
        IDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => From(kv.Value)) as IReadOnlyDictionary<string, object?>,
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => From(map[k])) as IReadOnlyDictionary<string, object?>,
        string text => text,
        IEnumerable list => list.Cast<object?>().Select(From).ToList(),
        _ => value,
    };
}
