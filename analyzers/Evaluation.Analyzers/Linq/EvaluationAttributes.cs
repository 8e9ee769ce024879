using Microsoft.CodeAnalysis;

namespace Evaluation.Analyzers.Linq;

/// <summary>
/// The attributes of the LINQ library that tie a C# method to a catalog function, matched by full
/// name so the analyzer needs no reference to <c>Evaluation.Linq</c>:
/// <c>[EvaluationFunction("rmse")]</c> on a metric method, and optionally
/// <c>[EvaluationParameter("ground_truth_property")]</c> on a parameter whose C# name does not
/// already say the catalog name.
/// </summary>
internal static class EvaluationAttributes
{
    public const string Namespace = "Evaluation.Linq";
    public const string FunctionAttribute = "EvaluationFunctionAttribute";
    public const string ParameterAttribute = "EvaluationParameterAttribute";

    /// <summary>The assembly the LINQ library ships in.</summary>
    public const string Assembly = "Evaluation.Linq";

    /// <summary>
    /// True when a metric call can occur at all: the compilation references the <c>Evaluation.Linq</c>
    /// assembly, or declares the attribute itself (the LINQ library's own build, tests with a stub).
    /// Assembly and type names only: a lookup of the attribute type would read the type tables of every
    /// referenced assembly, which costs more than the whole check in a project that has no metric call.
    /// </summary>
    public static bool AreVisible(Compilation compilation) =>
        compilation.Assembly.TypeNames.Contains(FunctionAttribute)
        || compilation.ReferencedAssemblyNames.Any(a => a.Name == Assembly);

    /// <summary>The catalog name a metric method is marked with, or null.</summary>
    public static string? FunctionName(IMethodSymbol method) => Name(method.GetAttributes(), FunctionAttribute);

    /// <summary>The catalog name a parameter is marked with, or null.</summary>
    public static string? ParameterName(IParameterSymbol parameter) => Name(parameter.GetAttributes(), ParameterAttribute);

    private static string? Name(IEnumerable<AttributeData> attributes, string attributeName)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is { } type && type.Name == attributeName
                && type.ContainingNamespace?.ToDisplayString() == Namespace
                && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name)
                return name;
        }
        return null;
    }
}
