using Evaluation.Engine.Sql;

namespace Evaluation.Engine.Planning;

/// <summary>
/// A hidden per-row column (<see cref="TranslationContext.PerRow"/>): its name, its SQL written
/// without group keys (to share one column between calls that ask for the same value) and how to
/// write it once the keys are known.
/// </summary>
internal sealed record RowColumn(string Name, string Identity, Func<IReadOnlyList<SqlExpr>, SqlExpr> Build);
