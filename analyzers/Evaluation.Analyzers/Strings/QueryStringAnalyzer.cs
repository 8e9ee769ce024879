using System.Collections.Concurrent;
using System.Collections.Immutable;
using Evaluation.Analyzers.Literals;
using Evaluation.Analyzers.Reporting;
using Evaluation.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Evaluation.Analyzers.Strings;

/// <summary>
/// Parses and validates the constant query text given to a parameter, property or field marked
/// <c>[StringSyntax("evalq")]</c> or <c>[StringSyntax("evalq-json")]</c> (an argument, an
/// assignment, an object-initializer entry, or the member's own initializer), with the language's
/// own parser and validator, and reports each of its diagnostics at the characters inside the
/// literal. Non-constant text is skipped. There is no data at compile time: column names are not
/// checked, and parameters a dataset descriptor could supply are not demanded.
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
        context.RegisterCompilationStartAction(start =>
        {
            // A constant used in several places is checked at each, but its diagnostics land on the
            // constant's own literal: each is reported once per compilation, not once per use.
            var reported = new ReportedOnce();
            // Syntax actions, not operation actions: the compiler then need not build operation trees
            // for every method body, and almost every node is dismissed by its syntax alone.
            start.RegisterSyntaxNodeAction(node => AnalyzeArgument(node, reported), SyntaxKind.Argument);
            start.RegisterSyntaxNodeAction(node => AnalyzeAssignment(node, reported), SyntaxKind.SimpleAssignmentExpression);
            start.RegisterSyntaxNodeAction(node => AnalyzeInitializer(node, reported), SyntaxKind.EqualsValueClause);
        });
    }

    private static void AnalyzeArgument(SyntaxNodeAnalysisContext context, ReportedOnce reported)
    {
        var syntax = (ArgumentSyntax)context.Node;
        if (!MayBeConstantString(context, syntax.Expression)) return;
        if (context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IArgumentOperation argument) return;
        if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Value.ConstantValue is not { HasValue: true, Value: string }) return;
        if (argument.Parameter is not { } parameter || !QuerySyntax.TryGet(parameter, parameter.Type, out var format)) return;
        Check(context, argument.Value, format, reported);
    }

    /// <summary><c>x.Query = "…"</c> and <c>new Options { Query = "…" }</c>.</summary>
    private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context, ReportedOnce reported)
    {
        var syntax = (AssignmentExpressionSyntax)context.Node;
        if (!MayBeConstantString(context, syntax.Right)) return;
        if (!TakesQueryText(context.SemanticModel.GetSymbolInfo(syntax.Left, context.CancellationToken).Symbol, out var format)) return;
        if (context.SemanticModel.GetOperation(syntax.Right, context.CancellationToken) is { } value) Check(context, value, format, reported);
    }

    /// <summary><c>[StringSyntax("evalq")] string Query { get; } = "…";</c> and the same on a field.</summary>
    private static void AnalyzeInitializer(SyntaxNodeAnalysisContext context, ReportedOnce reported)
    {
        var syntax = (EqualsValueClauseSyntax)context.Node;
        SyntaxNode? declared = syntax.Parent switch
        {
            PropertyDeclarationSyntax property => property,
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } variable => variable,
            _ => null,
        };
        if (declared is null || !MayBeConstantString(context, syntax.Value)) return;
        if (!TakesQueryText(context.SemanticModel.GetDeclaredSymbol(declared, context.CancellationToken), out var format)) return;
        if (context.SemanticModel.GetOperation(syntax.Value, context.CancellationToken) is { } value) Check(context, value, format, reported);
    }

    /// <summary>Dismisses by syntax, then names that are not string constants, before any other binding.</summary>
    private static bool MayBeConstantString(SyntaxNodeAnalysisContext context, ExpressionSyntax expression) =>
        ConstantSyntax.MayBeString(expression)
        && (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax)
            || context.SemanticModel.GetConstantValue(expression, context.CancellationToken) is { HasValue: true, Value: string });

    private static bool TakesQueryText(ISymbol? symbol, out QueryFormat? format)
    {
        format = null;
        return symbol switch
        {
            IPropertySymbol property => QuerySyntax.TryGet(property, property.Type, out format),
            IFieldSymbol field => QuerySyntax.TryGet(field, field.Type, out format),
            _ => false,
        };
    }

    private static void Check(SyntaxNodeAnalysisContext context, IOperation value, QueryFormat? format, ReportedOnce reported)
    {
        if (ConstantTextReader.Read(value) is not { } text) return;
        foreach (var diagnostic in CompileTimeCheck.Check(text.Value, format))
        {
            var created = LanguageDiagnostics.Create(diagnostic, text);
            if (reported.First(created)) context.ReportDiagnostic(created);
        }
    }

    /// <summary>The diagnostics reported so far in a compilation, by place and message.</summary>
    private sealed class ReportedOnce
    {
        private readonly ConcurrentDictionary<(SyntaxTree?, TextSpan, string, string), byte> _seen = new();

        /// <summary>True the first time a diagnostic with this place, code and message comes.</summary>
        public bool First(Diagnostic diagnostic) =>
            _seen.TryAdd((diagnostic.Location.SourceTree, diagnostic.Location.SourceSpan, diagnostic.Id, diagnostic.GetMessage()), 0);
    }
}
