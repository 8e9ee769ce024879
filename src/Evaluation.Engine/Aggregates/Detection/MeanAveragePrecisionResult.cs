namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>The mAP of one group.</summary>
/// <param name="Value">The mean over IoU thresholds of the mean per-class AP; NaN when undefined.</param>
/// <param name="UndefinedReason">Why <paramref name="Value"/> is NaN; null when it is a number.</param>
/// <param name="Classes">How many classes (those with a ground-truth box in the group) were averaged.</param>
internal readonly record struct MeanAveragePrecisionResult(double Value, string? UndefinedReason, int Classes);
