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

    /// <summary>True when the compilation can see the function attribute at all: else no call can carry it.</summary>
    public static bool AreVisible(Compilation compilation) =>
        !compilation.GetTypesByMetadataName(Namespace + "." + FunctionAttribute).IsEmpty;

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
