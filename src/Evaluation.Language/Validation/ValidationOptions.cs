using Evaluation.Language.Catalog;

namespace Evaluation.Language.Validation;

/// <summary>What a query is validated against: the catalog, the source's schema, and what a dataset descriptor supplies.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default: the built-in catalog, no schema, no descriptor.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The function catalog.</summary>
    public FunctionCatalog Catalog { get; init; } = FunctionCatalog.Default;

    /// <summary>The source's columns; without it, column names are not checked.</summary>
    public SourceSchema? Schema { get; init; }

    /// <summary>
    /// The parameters a dataset descriptor supplies when a call omits them (ground truth,
    /// prediction, threshold, …). Empty when the source has no descriptor.
    /// </summary>
    public IReadOnlyCollection<DescriptorRole> DescriptorRoles { get; init; } = Array.Empty<DescriptorRole>();

    /// <summary>Options for a source whose descriptor supplies every role (ground truth, prediction, positive class, threshold, timestamp).</summary>
    public static ValidationOptions WithDescriptor(SourceSchema? schema = null) => new()
    {
        Schema = schema,
        DescriptorRoles = new[] { DescriptorRole.GroundTruth, DescriptorRole.Prediction, DescriptorRole.PositiveClass, DescriptorRole.Threshold, DescriptorRole.Timestamp },
    };
}
