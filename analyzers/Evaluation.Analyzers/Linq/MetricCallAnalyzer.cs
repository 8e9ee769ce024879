using System.Collections.Immutable;
using Evaluation.Analyzers.Literals;
using Evaluation.Analyzers.Reporting;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RoslynDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;

namespace Evaluation.Analyzers.Linq;

/// <summary>
/// Checks calls of the LINQ metric methods (marked <c>[EvaluationFunction("name")]</c>) against
/// the catalog: their constant arguments with the language's validator (ranges, enum values), their
/// selectors' value types where the catalog wants numbers, and their position in a query
/// (<see cref="AggregatePosition"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MetricCallAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<RoslynDescriptor> SupportedDiagnostics { get; } = EvalqDescriptors.Of(
        DiagnosticDescriptors.UnknownFunction,
        DiagnosticDescriptors.ParameterType,
        DiagnosticDescriptors.OutOfRange,
        DiagnosticDescriptors.NotInEnum,
        DiagnosticDescriptors.UnknownComparator,
        DiagnosticDescriptors.MisplacedFunction,
        DiagnosticDescriptors.TypeMismatch);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (EvaluationAttributes.AreVisible(start.Compilation))
                start.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (EvaluationAttributes.FunctionName(invocation.TargetMethod) is not { } name) return;
        var nameLocation = NameLocation(invocation);
        if (!FunctionCatalog.Default.TryGet(name, out var function))
        {
            var unknown = DiagnosticDescriptors.UnknownFunction.At(SourceSpan.None,
                $"`{invocation.TargetMethod.Name}` is marked [EvaluationFunction(\"{name}\")], but the catalog has no function `{name}`",
                FunctionCatalog.Default.Suggest(name));
            context.ReportDiagnostic(LanguageDiagnostics.Create(unknown, nameLocation));
            return;
        }

        var call = MetricCall.Of(function, invocation);
        var query = Query.Create(null, NodeList<SelectItem>.From(new SelectItem[] { new ExprItem(call.Call, null, null) }));
        foreach (var diagnostic in QueryValidator.Validate(query, CompileTimeCheck.Options))
        {
            if (call.ArgumentAt(diagnostic.Span) is { } argument) context.ReportDiagnostic(AtArgument(diagnostic, argument));
        }

        foreach (var selector in call.Selectors)
        {
            if (!selector.Parameter.Numeric || SelectorTypes.NonNumeric(selector.Argument.Parameter!.Type) is not { } given) continue;
            var mismatch = DiagnosticDescriptors.TypeMismatch.At(SourceSpan.None,
                $"`{selector.Parameter.Name}` of `{function.Name}` takes a column of numbers (a score, probabilities, a measured value or a weight); this selector gives {given}");
            context.ReportDiagnostic(LanguageDiagnostics.Create(mismatch, SelectorBody(selector.Argument)));
        }

        if (function.Kind == FunctionKind.Aggregate && AggregatePosition.Misplaced(invocation) is { } place)
        {
            var misplaced = DiagnosticDescriptors.MisplacedFunction.At(SourceSpan.None,
                $"`{function.Name}` is an aggregate: in a query it is computed in a projection (`Select`, a `resultSelector`), not in the `{place.Parameter}` of `{place.Method}`; select it first, then filter or sort the result");
            context.ReportDiagnostic(LanguageDiagnostics.Create(misplaced, nameLocation));
        }
    }

    /// <summary>A constant string maps into its literal (so a suggestion can replace it); anything else is reported at the argument.</summary>
    private static Microsoft.CodeAnalysis.Diagnostic AtArgument(Language.Validation.Diagnostic diagnostic, IArgumentOperation argument)
    {
        if (ConstantTextReader.Read(argument.Value) is { } text)
            return LanguageDiagnostics.Create(diagnostic with { Span = new SourceSpan(0, text.Value.Length) }, text);
        return LanguageDiagnostics.Create(diagnostic, argument.Value.Syntax.GetLocation());
    }

    /// <summary>The body of a lambda selector (<c>r.Flag</c> in <c>r =&gt; r.Flag</c>), else the argument.</summary>
    private static Location SelectorBody(IArgumentOperation argument) =>
        argument.Syntax is ArgumentSyntax { Expression: LambdaExpressionSyntax { ExpressionBody: { } body } }
            ? body.GetLocation()
            : argument.Value.Syntax.GetLocation();

    /// <summary>The method's name in the call (<c>Rmse</c> in <c>g.Rmse(…)</c>).</summary>
    private static Location NameLocation(IInvocationOperation invocation) => invocation.Syntax switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Name.GetLocation(),
        InvocationExpressionSyntax { Expression: SimpleNameSyntax simple } => simple.GetLocation(),
        _ => invocation.Syntax.GetLocation(),
    };
}
