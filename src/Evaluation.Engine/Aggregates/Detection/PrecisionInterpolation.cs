namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>How average precision is read off the interpolated precision–recall curve.</summary>
internal enum PrecisionInterpolation
{
    /// <summary>Σ (Rₙ − Rₙ₋₁)·p_interp(n) over every recall step (VOC 2010 and later).</summary>
    AllPoint,

    /// <summary>The mean of p_interp at 101 recall points 0, 0.01, …, 1 (COCO).</summary>
    Point101,
}
