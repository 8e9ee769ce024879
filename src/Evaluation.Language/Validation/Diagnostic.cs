using Evaluation.Language.Ast;

namespace Evaluation.Language.Validation;

/// <summary>How bad a diagnostic is.</summary>
public enum Severity
{
    /// <summary>The query cannot run.</summary>
    Error,
    /// <summary>The query runs, but something is probably not what was meant.</summary>
    Warning,
}

/// <summary>
/// One problem found in a query: a stable code (<c>EVQ020</c>), a severity, a message, the
/// span it is about and, where one is close, a suggestion ("did you mean `rmse`?").
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceSpan Span)
{
    /// <summary>A replacement to offer (a function or column name), or null.</summary>
    public string? Suggestion { get; init; }

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>The message with the suggestion, as one line: <c>unknown function `rmsee`; did you mean `rmse`?</c></summary>
    public string Text => Suggestion is null ? Message : $"{Message}; did you mean `{Suggestion}`?";

    /// <inheritdoc />
    public override string ToString() => $"{(IsError ? "error" : "warning")} {Code}: {Text}";
}

/// <summary>A kind of diagnostic: the code, the severity and a short title.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title)
{
    /// <summary>A diagnostic of this kind.</summary>
    public Diagnostic At(SourceSpan span, string message, string? suggestion = null) =>
        new(Code, Severity, message, span) { Suggestion = suggestion };
}
