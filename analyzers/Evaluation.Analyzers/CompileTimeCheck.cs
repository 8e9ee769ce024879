using Evaluation.Language;
using Evaluation.Language.Validation;

namespace Evaluation.Analyzers;

/// <summary>
/// The language's check of query text as it can run at compile time: no schema (columns are unknown
/// until run time), and any parameter a dataset descriptor could supply is not demanded. A class of
/// its own so the catalog is built only once there is something to check, not when the analyzers load.
/// </summary>
internal static class CompileTimeCheck
{
    /// <summary>The options both analyzers validate with.</summary>
    public static ValidationOptions Options { get; } = ValidationOptions.WithDescriptor();

    /// <summary>Parses and validates <paramref name="text"/> in <paramref name="format"/>, or the detected format when null.</summary>
    public static IReadOnlyList<Diagnostic> Check(string text, QueryFormat? format) =>
        QueryText.Check(text, Options, format).Diagnostics;
}
