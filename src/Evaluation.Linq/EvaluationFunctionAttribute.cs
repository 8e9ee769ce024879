namespace Evaluation.Linq;

/// <summary>
/// Marks a LINQ metric method with the catalog function it computes (<c>[EvaluationFunction("rmse")]</c>).
/// The translator and the analyzer read it; a C# parameter maps to the catalog parameter of the same
/// name compared case-insensitively without underscores, or to the one <see cref="EvaluationParameterAttribute"/> names.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class EvaluationFunctionAttribute(string name) : Attribute
{
    /// <summary>The catalog function's name.</summary>
    public string Name { get; } = name;
}

/// <summary>Names the catalog parameter a metric method's parameter maps to, where the names differ.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class EvaluationParameterAttribute(string name) : Attribute
{
    /// <summary>The catalog parameter's name.</summary>
    public string Name { get; } = name;
}
