using System.Collections.Immutable;
using Evaluation.Analyzers.Literals;
using Evaluation.Analyzers.Reporting;
using Evaluation.Language;
using ValidationOptions = Evaluation.Language.Validation.ValidationOptions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Evaluation.Analyzers.Strings;

/// <summary>
/// Parses and validates the constant query text passed to a parameter marked
/// <c>[StringSyntax("evalq")]</c> or <c>[StringSyntax("evalq-json")]</c>, with the language's own
/// parser and validator, and reports each of its diagnostics at the characters inside the literal.
/// Non-constant text is skipped. There is no data at compile time: column names are not checked,
/// and parameters a dataset descriptor could supply are not demanded.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class QueryStringAnalyzer : DiagnosticAnalyzer
{
    /// <summary>No schema (columns are unknown until run time); any descriptor role may be supplied by the data's descriptor.</summary>
    private static readonly ValidationOptions Options = ValidationOptions.WithDescriptor();

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => EvalqDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeArgument, OperationKind.Argument);
    }

    private static void AnalyzeArgument(OperationAnalysisContext context)
    {
        var argument = (IArgumentOperation)context.Operation;
        // The cheap tests first: almost no argument is a constant string.
        if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Value.ConstantValue is not { HasValue: true, Value: string }) return;
        if (argument.Parameter is not { } parameter || !QuerySyntax.TryGet(parameter, out var format)) return;
        if (ConstantTextReader.Read(argument.Value) is not { } text) return;

        var checkedText = QueryText.Check(text.Value, Options, format);
        foreach (var diagnostic in checkedText.Diagnostics)
            context.ReportDiagnostic(LanguageDiagnostics.Create(diagnostic, text));
    }
}
