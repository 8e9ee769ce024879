using System.Collections.Immutable;
using Evaluation.Analyzers.Literals;
using Microsoft.CodeAnalysis;
using LanguageDiagnostic = Evaluation.Language.Validation.Diagnostic;
using LanguageSeverity = Evaluation.Language.Validation.Severity;

namespace Evaluation.Analyzers.Reporting;

/// <summary>Turns the language's diagnostics about a string's value into Roslyn diagnostics at the characters that wrote it.</summary>
internal static class LanguageDiagnostics
{
    /// <summary>
    /// <paramref name="diagnostic"/> (offsets in <paramref name="text"/>'s value) at its source
    /// characters, with the same code, severity and message ("did you mean" included), and the
    /// replacement a fix can apply when the suggestion replaces one name.
    /// </summary>
    public static Microsoft.CodeAnalysis.Diagnostic Create(LanguageDiagnostic diagnostic, ConstantText text)
    {
        var span = diagnostic.Span;
        var location = text.Locate(span.Start, span.Length);
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (Replacement.For(diagnostic, text.Value) is { } replacement && text.Spell(span.Start, span.Length, replacement) is { } spelled)
        {
            properties = properties
                .Add(FixProperties.Replacement, spelled)
                .Add(FixProperties.Suggestion, diagnostic.Suggestion);
        }
        return Create(diagnostic, location, properties);
    }

    /// <summary><paramref name="diagnostic"/> at <paramref name="location"/>.</summary>
    public static Microsoft.CodeAnalysis.Diagnostic Create(LanguageDiagnostic diagnostic, Location location, ImmutableDictionary<string, string?>? properties = null) =>
        Microsoft.CodeAnalysis.Diagnostic.Create(
            EvalqDescriptors.For(diagnostic.Code),
            location,
            diagnostic.Severity == LanguageSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            additionalLocations: null,
            properties,
            diagnostic.Text);
}
