using System.Collections;

namespace Evaluation.Engine.Results;

/// <summary>Turns the values DuckDB.NET reads into the result's CLR values (structs and lists made read-only and recursive).</summary>
internal static class ResultValues
{
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
