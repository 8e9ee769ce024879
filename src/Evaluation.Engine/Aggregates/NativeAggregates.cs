using Evaluation.Engine.Aggregates.Detection;
using Evaluation.Engine.Aggregates.Kernels;
using Evaluation.Engine.DuckDb;

namespace Evaluation.Engine.Aggregates;

/// <summary>Every C# aggregate the engine registers in DuckDB, by the SQL name the planner calls.</summary>
internal static class NativeAggregates
{
    public const string Auc = "evalq_auc";
    public const string AucWeighted = "evalq_auc_weighted";
    public const string AveragePrecision = "evalq_average_precision";
    public const string AveragePrecisionWeighted = "evalq_average_precision_weighted";
    public const string AucCounted = "evalq_auc_counted";
    public const string AveragePrecisionCounted = "evalq_average_precision_counted";
    public const string Spearman = "evalq_spearman";

    // Exact stand-ins for DuckDB's floating-point sums, means, variances and correlation (ExactFloatAggregates).
    public const string Sum = "evalq_sum";
    public const string Mean = "evalq_avg";
    public const string PopulationVariance = "evalq_var_pop";
    public const string SampleVariance = "evalq_var_samp";
    public const string PopulationStdDev = "evalq_stddev_pop";
    public const string SampleStdDev = "evalq_stddev_samp";
    public const string Correlation = "evalq_corr";

    /// <summary>
    /// Whether a column of SQL type <paramref name="sqlType"/> can be the class argument of the
    /// AUC and average-precision aggregates as it is stored (BOOLEAN, or an integer of up to 64 bits).
    /// </summary>
    public static bool TakesAsClass(string sqlType) => DuckDbTypes.IsBooleanOrInteger64(sqlType);

    /// <summary>The meanAveragePrecision aggregate for a matching rule and an interpolation.</summary>
    public static string MeanAveragePrecision(BoxMatching matching, PrecisionInterpolation interpolation) =>
        MeanAveragePrecisionAggregate.NameOf(matching, interpolation);

    public static IReadOnlyList<NativeAggregate> All { get; } = new NativeAggregate[]
    {
        new ScoreRankingAggregate(Auc, RocAuc.Of),
        new WeightedScoreRankingAggregate(AucWeighted, RocAuc.Of),
        new ScoreRankingAggregate(AveragePrecision, Kernels.AveragePrecision.Of),
        new WeightedScoreRankingAggregate(AveragePrecisionWeighted, Kernels.AveragePrecision.Of),
        new CountedScoreRankingAggregate(AucCounted, RocAuc.Of),
        new CountedScoreRankingAggregate(AveragePrecisionCounted, Kernels.AveragePrecision.Of),
        new SpearmanAggregate(),
        new ExactMomentAggregate(Sum, FloatStatistic.Sum),
        new ExactMomentAggregate(Mean, FloatStatistic.Mean),
        new ExactMomentAggregate(PopulationVariance, FloatStatistic.PopulationVariance),
        new ExactMomentAggregate(SampleVariance, FloatStatistic.SampleVariance),
        new ExactMomentAggregate(PopulationStdDev, FloatStatistic.PopulationStdDev),
        new ExactMomentAggregate(SampleStdDev, FloatStatistic.SampleStdDev),
        new ExactCorrelationAggregate(Correlation),
        new MeanAveragePrecisionAggregate(BoxMatching.Coco, PrecisionInterpolation.AllPoint),
        new MeanAveragePrecisionAggregate(BoxMatching.Coco, PrecisionInterpolation.Point101),
        new MeanAveragePrecisionAggregate(BoxMatching.Voc, PrecisionInterpolation.AllPoint),
        new MeanAveragePrecisionAggregate(BoxMatching.Voc, PrecisionInterpolation.Point101),
    };
}
