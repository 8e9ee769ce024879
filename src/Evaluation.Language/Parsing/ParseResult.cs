using Evaluation.Language.Validation;

namespace Evaluation.Language.Parsing;

/// <summary>
/// What a parser returns: the tree (null when the text could not be read at all) and every
/// diagnostic found. Parsers never throw for bad input.
/// </summary>
public sealed record ParseResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics) where T : class
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
