using System.ComponentModel.DataAnnotations.Schema;

namespace Evaluation.Linq.Tests;

/// <summary>A row of the shipped credit sample (samples/data/credit).</summary>
public sealed record Inference
{
    [Column("inference_id")] public string InferenceId { get; init; } = "";
    [Column("inference_timestamp")] public DateTime Timestamp { get; init; }
    [Column("model_version")] public string ModelVersion { get; init; } = "";
    [Column("SEX")] public long Sex { get; init; }
    [Column("region")] public string? Region { get; init; }
    [Column("FICO_actual")] public double FicoActual { get; init; }
    [Column("FICO_predicted")] public double FicoPredicted { get; init; }
    [Column("score")] public double Score { get; init; }
    [Column("label")] public long Label { get; init; }
}
