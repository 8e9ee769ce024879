using Evaluation.Language.Validation;

namespace Evaluation.Engine;

/// <summary>
/// A query that cannot run: bad input (diagnostics with positions), a source that cannot be
/// read, an undefined value under <c>on_undefined: error</c>, or DuckDB refusing the query.
/// Its message is meant for the user; it never needs a stack trace.
/// </summary>
public sealed class QueryException : Exception
{
    /// <summary>A failure described by diagnostics.</summary>
    public QueryException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join("; ", diagnostics.Where(d => d.IsError).Select(d => d.Text))) => Diagnostics = diagnostics;

    /// <summary>A failure with a message and, optionally, the exception behind it.</summary>
    public QueryException(string message, Exception? inner = null) : base(message, inner) => Diagnostics = Array.Empty<Diagnostic>();

    /// <summary>The diagnostics, when the failure is about the query text.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
