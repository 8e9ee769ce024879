// The LINQ quick start: RMSE, AUC and a confusion matrix per model version and day for one segment of the
// shipped credit sample. Run from the repository root: dotnet run --project samples/LinqQuickstart
using System.ComponentModel.DataAnnotations.Schema;
using Evaluation.Linq;

var data = args.Length > 0 ? args[0] : "samples/data/credit/*.parquet";
await using var eval = EvaluationContext.Open();                     // embedded DuckDB in memory
var since = new DateTime(2026, 1, 1);
var byModel = eval.Parquet<Inference>(data)
    .Where(r => r.Sex == 1 && r.Timestamp >= since)                  // `since` is a captured local, bound as a parameter
    .GroupBy(r => new { r.ModelVersion, Day = r.Timestamp.Date })
    .Select(g => new
    {
        g.Key.ModelVersion,
        g.Key.Day,
        Rmse = g.Rmse(r => r.FicoActual, r => r.FicoPredicted),
        Auc = g.Auc(r => r.Label, r => r.Score),
        Cm = g.ConfusionMatrix(r => r.Label, r => r.Score, threshold: 0.5),
    })
    .OrderByDescending(x => x.Rmse);

Console.WriteLine(byModel.ToDsl());
Console.WriteLine();
foreach (var row in (await byModel.ToListAsync()).Take(5))
    Console.WriteLine($"{row.ModelVersion} {row.Day:yyyy-MM-dd}  rmse {row.Rmse:F3}  auc {row.Auc:F4}  tp {row.Cm.TruePositive} fp {row.Cm.FalsePositive}");

/// <summary>A row of the credit sample; [Column] names the Parquet column where the member's name differs.</summary>
public sealed record Inference
{
    [Column("inference_timestamp")] public DateTime Timestamp { get; init; }
    [Column("model_version")] public string ModelVersion { get; init; } = "";
    [Column("SEX")] public long Sex { get; init; }
    [Column("FICO_actual")] public double FicoActual { get; init; }
    [Column("FICO_predicted")] public double FicoPredicted { get; init; }
    [Column("score")] public double Score { get; init; }
    [Column("label")] public long Label { get; init; }
}
