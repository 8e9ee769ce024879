using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Evaluation.Analyzers.Linq;

/// <summary>A selector argument of a metric call and the catalog parameter it fills.</summary>
internal sealed class SelectorArgument
{
    public SelectorArgument(ParameterDefinition parameter, IArgumentOperation argument)
    {
        Parameter = parameter;
        Argument = argument;
    }

    public ParameterDefinition Parameter { get; }

    public IArgumentOperation Argument { get; }
}

/// <summary>
/// A C# metric call as the language's AST, so the language's validator checks it: each constant
/// argument becomes a literal and each selector a column, under the catalog name of its parameter.
/// Every AST argument gets a span of its own (its index), which leads a diagnostic back to the C# argument.
/// Arguments that are neither constants nor selectors are left out: their values are known only at run time.
/// </summary>
internal sealed class MetricCall
{
    private readonly List<IArgumentOperation> _written = new();
    private readonly List<SelectorArgument> _selectors = new();

    private MetricCall(FunctionDefinition function, IInvocationOperation invocation)
    {
        var arguments = new List<Argument>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is null) continue;
            if (ParameterMatch.Find(function, argument.Parameter) is not { } parameter) continue;
            var span = new SourceSpan(_written.Count, 1);
            Expr? value;
            if (SelectorTypes.IsSelector(argument.Parameter.Type))
            {
                value = new ColumnRef(argument.Parameter.Name) { Span = span };
                _selectors.Add(new SelectorArgument(parameter, argument));
            }
            else value = Literal(argument.Value, span);
            if (value is null) continue;
            _written.Add(argument);
            arguments.Add(new Argument(parameter.Name, value) { Span = span, NameSpan = span });
        }
        Call = new FunctionCall(function.Name, NodeList<Argument>.From(arguments));
    }

    /// <summary>The call as the language sees it.</summary>
    public FunctionCall Call { get; }

    /// <summary>The selector arguments, with their catalog parameters.</summary>
    public IReadOnlyList<SelectorArgument> Selectors => _selectors;

    public static MetricCall Of(FunctionDefinition function, IInvocationOperation invocation) => new(function, invocation);

    /// <summary>The C# argument a diagnostic's span stands for, or null (a diagnostic about the call as a whole).</summary>
    public IArgumentOperation? ArgumentAt(SourceSpan span) =>
        !span.IsNone && span.Length == 1 && span.Start < _written.Count ? _written[span.Start] : null;

    /// <summary>A compile-time constant as a literal; null for anything else (a C# enum is already checked by the compiler).</summary>
    private static Expr? Literal(IOperation value, SourceSpan span)
    {
        // A constant passed to a nullable parameter (double? threshold) arrives wrapped in a conversion that is not constant itself.
        while (value is IConversionOperation { Operand: var operand } && !value.ConstantValue.HasValue) value = operand;
        if (value.ConstantValue is not { HasValue: true, Value: { } constant } || value.Type?.TypeKind == TypeKind.Enum) return null;
        return constant switch
        {
            string s => new StringLiteral(s) { Span = span },
            char c => new StringLiteral(c.ToString()) { Span = span },
            bool b => new BoolLiteral(b) { Span = span },
            IConvertible number when IsNumber(number) => new NumberLiteral(number.ToDouble(System.Globalization.CultureInfo.InvariantCulture)) { Span = span },
            _ => null,
        };
    }

    private static bool IsNumber(IConvertible value) => value.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal;
}
