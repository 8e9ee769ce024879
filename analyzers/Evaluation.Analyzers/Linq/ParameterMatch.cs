using Evaluation.Language.Catalog;
using Microsoft.CodeAnalysis;

namespace Evaluation.Analyzers.Linq;

/// <summary>
/// Which catalog parameter a C# parameter of a metric method stands for: the one its
/// <c>[EvaluationParameter]</c> names, else the one whose name (or alias) equals the C# name
/// ignoring case and underscores (<c>weightProperty</c> ↔ <c>weight_property</c>). Parameters
/// that match none (the source, a cancellation token) are not checked.
/// </summary>
internal static class ParameterMatch
{
    public static ParameterDefinition? Find(FunctionDefinition function, IParameterSymbol parameter)
    {
        if (EvaluationAttributes.ParameterName(parameter) is { } marked)
            return function.FindParameter(marked) ?? function.Parameters.FirstOrDefault(p => Same(p.Name, marked));
        return function.Parameters.FirstOrDefault(p => Same(p.Name, parameter.Name) || p.Aliases.Any(a => Same(a, parameter.Name)));
    }

    private static bool Same(string catalogName, string name) =>
        string.Equals(Normalise(catalogName), Normalise(name), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string name) => name.Replace("_", "");
}
