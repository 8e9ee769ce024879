using Evaluation.Engine.Sql;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Planning;

/// <summary>
/// A select item as SQL: its value, the kind of value, and for metrics that can be undefined
/// the reason as a VARCHAR expression (NULL where the value is defined). The reason travels
/// as a hidden column and becomes a warning naming the group, or NULL/an error under
/// <c>on_undefined</c>.
/// </summary>
internal sealed record PlannedValue(SqlExpr Value, ColumnType Type, SqlExpr? Undefined = null);
