namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>
/// A box that cannot be matched: a negative width or height, a coordinate or confidence that is
/// not a finite number, or an edge or area too large for a double. The message names the list
/// (detected or ground-truth), the box's 1-based position in it, and the offending value.
/// </summary>
internal sealed class InvalidBoxException : Exception
{
    /// <summary>An invalid box, described by <paramref name="message"/>.</summary>
    public InvalidBoxException(string message) : base(message) { }
}
