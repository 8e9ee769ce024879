namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>
/// One box of an image: a detection, or a ground-truth box (whose <see cref="Confidence"/> is
/// ignored). The box is <c>[top_left_x, top_left_y, width, height]</c> in continuous
/// coordinates: it covers <c>[Left, Left + Width] × [Top, Top + Height]</c>, with no "+1" pixel
/// convention.
/// </summary>
/// <param name="ClassId">The class the box is labelled or predicted as.</param>
/// <param name="Confidence">The detector's score; higher is more confident.</param>
/// <param name="Left">The x of the top-left corner.</param>
/// <param name="Top">The y of the top-left corner.</param>
/// <param name="Width">The width, never negative in a valid box.</param>
/// <param name="Height">The height, never negative in a valid box.</param>
internal readonly record struct DetectionBox(long ClassId, double Confidence, double Left, double Top, double Width, double Height);
