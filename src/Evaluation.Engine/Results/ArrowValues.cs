using System.Globalization;
using Apache.Arrow;

namespace Evaluation.Engine.Results;

/// <summary>One value of an Arrow array as text, for messages that name a group.</summary>
internal static class ArrowValues
{
    public static string Show(IArrowArray array, int index)
    {
        if (array.IsNull(index)) return "null";
        return array switch
        {
            StringArray s => "'" + s.GetString(index) + "'",
            Int64Array l => l.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
            Int32Array i => i.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
            DoubleArray d => d.GetValue(index)!.Value.ToString("R", CultureInfo.InvariantCulture),
            BooleanArray b => b.GetValue(index)!.Value ? "true" : "false",
            TimestampArray t => ResultJson.Timestamp(t.GetTimestamp(index)!.Value.UtcDateTime),
            Date32Array d => d.GetDateOnly(index)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => "?",
        };
    }
}
