namespace Evaluation.Language.Catalog;

/// <summary>Parameters many functions share, defined once so their names and rules cannot drift.</summary>
internal static class CommonParameters
{
    public static ParameterDefinition GroundTruth { get; } =
        new("ground_truth_property", ParameterType.Column, "The column holding the true value.")
        { Required = true, Role = DescriptorRole.GroundTruth };

    public static ParameterDefinition Predicted { get; } =
        new("predicted_property", ParameterType.Column, "The column holding the prediction.")
        { Required = true, Role = DescriptorRole.Prediction };

    public static ParameterDefinition Property { get; } =
        new("property", ParameterType.Column, "The column (or row-level expression) to aggregate.") { Required = true };

    public static ParameterDefinition Weight { get; } =
        new("weight_property", ParameterType.Column, "A column of per-row sample weights (scikit-learn's sample_weight).");
}
