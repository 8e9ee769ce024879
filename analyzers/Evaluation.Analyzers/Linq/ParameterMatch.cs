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
        return function.FindParameterForMember(EvaluationAttributes.ParameterName(parameter) ?? parameter.Name);
    }
}
