using Evaluation.Language.Ast;

namespace Evaluation.Language.Descriptors;

/// <summary>
/// What a dataset says about itself (LANGUAGE.md §7): the task, each column's pipeline stage,
/// the predicted / ground-truth column pairs per class, the positive class, the decision
/// threshold and the timestamp column. Omitted function parameters default from it. Every
/// value remembers its JSON path in the descriptor file, so a contradiction with the data can
/// name the field.
/// </summary>
public sealed record DatasetDescriptor
{
    /// <summary><c>binary</c>, <c>multiclass</c>, <c>regression</c> or <c>object_detection</c>, if given.</summary>
    public string? Task { get; init; }

    /// <summary>The columns the descriptor places in a stage.</summary>
    public IReadOnlyList<DescriptorColumn> Columns { get; init; } = Array.Empty<DescriptorColumn>();

    /// <summary>Per-class column pairs (Arthur's <c>predicted_class_A</c> / <c>gt_predicted_class_A</c>), in class order.</summary>
    public IReadOnlyList<DescriptorClass> Classes { get; init; } = Array.Empty<DescriptorClass>();

    /// <summary>The ground-truth column calls default to (else the only GROUND_TRUTH column), if given.</summary>
    public DescriptorValue<string>? GroundTruth { get; init; }

    /// <summary>The predicted column calls default to (else the only PREDICTED_VALUE column), if given.</summary>
    public DescriptorValue<string>? Prediction { get; init; }

    /// <summary>The positive class, if given.</summary>
    public Literal? PositiveClass { get; init; }

    /// <summary>The decision threshold for scores, if given.</summary>
    public DescriptorValue<double>? Threshold { get; init; }

    /// <summary>The timestamp column, if given.</summary>
    public DescriptorValue<string>? Timestamp { get; init; }

    /// <summary>Where the descriptor was read from (a file path), for messages.</summary>
    public string Origin { get; init; } = "descriptor";

    /// <summary>The columns in <paramref name="stage"/>.</summary>
    public IEnumerable<DescriptorColumn> InStage(PipelineStage stage) => Columns.Where(c => c.Stage == stage);

    /// <summary>The stage the descriptor gives <paramref name="column"/>, or null.</summary>
    public PipelineStage? StageOf(string column) => Columns.FirstOrDefault(c => c.Name == column)?.Stage;
}

/// <summary>A column and its stage, with the JSON path of its name in the descriptor.</summary>
public sealed record DescriptorColumn(string Name, PipelineStage Stage, string Path);

/// <summary>One class's column pair, with their JSON paths.</summary>
public sealed record DescriptorClass(string Label, string Predicted, string GroundTruth, string Path);

/// <summary>A value of the descriptor with the JSON path it came from.</summary>
public sealed record DescriptorValue<T>(T Value, string Path);
