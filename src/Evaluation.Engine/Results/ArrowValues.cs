using Apache.Arrow;

namespace Evaluation.Engine.Results;

/// <summary>One value of an Arrow array as the CLR value a result row would hold, for messages that name a group.</summary>
internal static class ArrowValues
{
    public static object? Get(IArrowArray array, int index)
    {
        if (array.IsNull(index)) return null;
        return array switch
        {
            StringArray s => s.GetString(index),
            Int64Array l => l.GetValue(index),
            Int32Array i => (long?)i.GetValue(index),
            DoubleArray d => d.GetValue(index),
            BooleanArray b => b.GetValue(index),
            // A naive timestamp reads as a DateTime of unspecified kind, an instant as UTC: as rows show them.
            TimestampArray t when string.IsNullOrEmpty(((Apache.Arrow.Types.TimestampType)t.Data.DataType).Timezone) =>
                DateTime.SpecifyKind(t.GetTimestamp(index)!.Value.UtcDateTime, DateTimeKind.Unspecified),
            TimestampArray t => t.GetTimestamp(index)!.Value.UtcDateTime,
            Date32Array d => d.GetDateOnly(index),
            _ => "?",
        };
    }
}
