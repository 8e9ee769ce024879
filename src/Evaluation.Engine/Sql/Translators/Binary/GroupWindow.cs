using Evaluation.Engine.Planning;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>
/// A window over the rows a metric reads in one group, in score order: partitioned by the
/// block's group keys and by "present" (rows the metric leaves out rank among themselves, never
/// among the others), ordered by the score. The default frame (the start of the partition to
/// the current row and its ties) is what both formulations need: aggregates over "every row
/// whose score is at or before this one", ties included.
/// </summary>
internal static class GroupWindow
{
    public static SqlExpr Over(SqlCall call, BinaryRows rows, TranslationContext context, bool descending) =>
        new SqlWindow(call, context.GroupKeys.Append(rows.Present).ToList(), new[] { new SqlOrder(rows.Score!, descending) });
}
