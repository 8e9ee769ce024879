using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using LanguageDescriptors = Evaluation.Language.Validation.DiagnosticDescriptors;
using LanguageSeverity = Evaluation.Language.Validation.Severity;

namespace Evaluation.Analyzers.Reporting;

/// <summary>
/// The Roslyn descriptor of every language diagnostic, made from the language's own table
/// (<see cref="LanguageDescriptors"/>): the same <c>EVQ…</c> id, title and severity, so the
/// analyzer has no list of codes of its own. Built once per load of the assembly.
/// </summary>
internal static class EvalqDescriptors
{
    /// <summary>The category every evalq diagnostic is filed under.</summary>
    public const string Category = "Evaluation";

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ByCode =
        LanguageDescriptors.All.ToImmutableDictionary(d => d.Code, d => new DiagnosticDescriptor(
            d.Code,
            d.Title,
            "{0}",
            Category,
            d.Severity == LanguageSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            isEnabledByDefault: true));

    /// <summary>Every descriptor, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        ByCode.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>The descriptor of a language code (<c>EVQ020</c>).</summary>
    public static DiagnosticDescriptor For(string code) => ByCode[code];

    /// <summary>The descriptors of the given language descriptors.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Of(params Language.Validation.DiagnosticDescriptor[] descriptors) =>
        descriptors.Select(d => For(d.Code)).ToImmutableArray();
}
