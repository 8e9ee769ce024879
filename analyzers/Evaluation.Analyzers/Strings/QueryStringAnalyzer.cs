using System.Collections.Immutable;
using Evaluation.Analyzers.Literals;
using Evaluation.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => EvalqDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        // A syntax action on arguments, not an operation action: the compiler then need not build
        // operation trees for every method body, and most arguments are dismissed by their syntax alone.
        context.RegisterSyntaxNodeAction(AnalyzeArgument, SyntaxKind.Argument);
    }

    private static void AnalyzeArgument(SyntaxNodeAnalysisContext context)
    {
        var syntax = (ArgumentSyntax)context.Node;
        if (!ConstantSyntax.MayBeString(syntax.Expression)) return;
        if (syntax.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax
            && context.SemanticModel.GetConstantValue(syntax.Expression, context.CancellationToken) is not { HasValue: true, Value: string }) return;
        if (context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IArgumentOperation argument) return;
        if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Value.ConstantValue is not { HasValue: true, Value: string }) return;
        if (argument.Parameter is not { } parameter || !QuerySyntax.TryGet(parameter, out var format)) return;
        if (ConstantTextReader.Read(argument.Value) is not { } text) return;

        foreach (var diagnostic in CompileTimeCheck.Check(text.Value, format))
            context.ReportDiagnostic(LanguageDiagnostics.Create(diagnostic, text));
    }
}
