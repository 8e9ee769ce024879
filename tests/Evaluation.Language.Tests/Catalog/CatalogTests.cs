using System.Globalization;
using Evaluation.Language.Catalog;
using Xunit;

namespace Evaluation.Language.Tests.Catalog;

public sealed class CatalogTests
{
    private static FunctionCatalog Catalog => FunctionCatalog.Default;

    private static FunctionDefinition Get(string name) =>
        Catalog.Find(name) ?? throw new Xunit.Sdk.XunitException($"The catalog has no function `{name}`.");

    // Every function LANGUAGE.md §5 names, in the order it names them.
    [Theory]
    [InlineData("count")]
    [InlineData("countIf")]
    [InlineData("rate")]
    [InlineData("sum")]
    [InlineData("avg")]
    [InlineData("avgAbs")]
    [InlineData("min")]
    [InlineData("max")]
    [InlineData("distribution")]
    [InlineData("roundTimestamp")]
    [InlineData("labelByMaxColumn")]
    [InlineData("arraySlice")]
    [InlineData("nan_count")]
    [InlineData("count_distinct")]
    [InlineData("quantile")]
    [InlineData("variance")]
    [InlineData("std_dev")]
    [InlineData("sample_variance")]
    [InlineData("sample_std_dev")]
    [InlineData("median")]
    [InlineData("percentiles")]
    [InlineData("histogram")]
    [InlineData("score_summary")]
    [InlineData("rubric_distribution")]
    [InlineData("mode_category")]
    [InlineData("rmse")]
    [InlineData("mse")]
    [InlineData("mae")]
    [InlineData("rSquared")]
    [InlineData("r2")]
    [InlineData("explained_variance")]
    [InlineData("pearson")]
    [InlineData("spearman")]
    [InlineData("mape")]
    [InlineData("max_error")]
    [InlineData("aafe")]
    [InlineData("absolute_average_fold_error")]
    [InlineData("confusionMatrix")]
    [InlineData("confusionMatrixRate")]
    [InlineData("truePositiveRate")]
    [InlineData("falsePositiveRate")]
    [InlineData("trueNegativeRate")]
    [InlineData("falseNegativeRate")]
    [InlineData("accuracyRate")]
    [InlineData("balancedAccuracyRate")]
    [InlineData("f1")]
    [InlineData("sensitivity")]
    [InlineData("specificity")]
    [InlineData("precision")]
    [InlineData("recall")]
    [InlineData("mcc")]
    [InlineData("cohen_kappa")]
    [InlineData("log_loss")]
    [InlineData("brier_score")]
    [InlineData("auc")]
    [InlineData("average_precision")]
    [InlineData("accuracyRateMulticlass")]
    [InlineData("confusionMatrixMulticlass")]
    [InlineData("confusionMatrixRateMulticlass")]
    [InlineData("truePositiveRateMulticlass")]
    [InlineData("falsePositiveRateMulticlass")]
    [InlineData("trueNegativeRateMulticlass")]
    [InlineData("falseNegativeRateMulticlass")]
    [InlineData("balanced_accuracy")]
    [InlineData("roc_auc")]
    [InlineData("top_k_accuracy")]
    [InlineData("multiclass_confusion_matrix")]
    [InlineData("per_class")]
    [InlineData("meanAveragePrecision")]
    [InlineData("biasMitigatedPredictions")]
    [InlineData("abs_error")]
    [InlineData("squared_error")]
    [InlineData("rank")]
    public void Every_function_of_the_language_reference_resolves(string name)
    {
        Assert.True(Catalog.TryGet(name, out _), $"`{name}` is not in the catalog.");
    }

    // Parameters LANGUAGE.md §5 names, by their JSON names.
    [Theory]
    [InlineData("count", "property")]
    [InlineData("countIf", "property")]
    [InlineData("countIf", "comparator")]
    [InlineData("countIf", "value")]
    [InlineData("rate", "comparator")]
    [InlineData("distribution", "num_bins")]
    [InlineData("roundTimestamp", "time_interval")]
    [InlineData("labelByMaxColumn", "properties")]
    [InlineData("arraySlice", "start")]
    [InlineData("arraySlice", "length")]
    [InlineData("quantile", "q")]
    [InlineData("mae", "aggregation")]
    [InlineData("mae", "normalizationMin")]
    [InlineData("mae", "normalizationMax")]
    [InlineData("confusionMatrix", "threshold")]
    [InlineData("confusionMatrix", "pos_label")]
    [InlineData("confusionMatrix", "class")]
    [InlineData("f1", "average")]
    [InlineData("precision", "classes")]
    [InlineData("roc_auc", "multi_class")]
    [InlineData("roc_auc", "average")]
    [InlineData("average_precision", "average")]
    [InlineData("top_k_accuracy", "k")]
    [InlineData("multiclass_confusion_matrix", "classes")]
    [InlineData("per_class", "metric")]
    [InlineData("truePositiveRateMulticlass", "class")]
    [InlineData("meanAveragePrecision", "threshold")]
    [InlineData("meanAveragePrecision", "predicted_property")]
    [InlineData("meanAveragePrecision", "ground_truth_property")]
    [InlineData("meanAveragePrecision", "matching")]
    [InlineData("meanAveragePrecision", "interpolation")]
    [InlineData("biasMitigatedPredictions", "predicted_property")]
    [InlineData("biasMitigatedPredictions", "thresholds")]
    [InlineData("abs_error", "ground_truth_property")]
    [InlineData("rank", "within")]
    [InlineData("rank", "direction")]
    [InlineData("rmse", "weight_property")]
    [InlineData("auc", "weight_property")]
    public void Parameters_of_the_language_reference_resolve(string function, string parameter)
    {
        Assert.NotNull(Get(function).FindParameter(parameter));
    }

    [Theory]
    [InlineData("auc", "roc_auc")]
    [InlineData("auc", "roc_auc_score")]
    [InlineData("rSquared", "r2")]
    [InlineData("rSquared", "r2_score")]
    [InlineData("mae", "mean_absolute_error")]
    [InlineData("mse", "mean_squared_error")]
    [InlineData("rmse", "root_mean_squared_error")]
    [InlineData("explained_variance", "explained_variance_score")]
    [InlineData("mape", "mean_absolute_percentage_error")]
    [InlineData("avg", "mean")]
    [InlineData("pearson", "pearsonr")]
    [InlineData("spearman", "spearmanr")]
    [InlineData("average_precision", "pr_auc")]
    [InlineData("mcc", "matthews_corrcoef")]
    [InlineData("cohen_kappa", "cohen_kappa_score")]
    [InlineData("f1", "f1_score")]
    public void Aliases_resolve_to_their_function(string name, string alias)
    {
        Assert.Same(Get(name), Get(alias));
    }

    // Every (metric, parameter) pair used by /work/shared/acceptance/*/expected.json; a null
    // parameter is a call without parameters.
    [Theory]
    [InlineData("confusionMatrix", "ground_truth_property")]
    [InlineData("confusionMatrix", "predicted_property")]
    [InlineData("confusionMatrix", "threshold")]
    [InlineData("accuracyRate", "ground_truth_property")]
    [InlineData("accuracyRate", "predicted_property")]
    [InlineData("accuracyRate", "threshold")]
    [InlineData("accuracyRate", "weight_property")]
    [InlineData("balancedAccuracyRate", "ground_truth_property")]
    [InlineData("balancedAccuracyRate", "predicted_property")]
    [InlineData("balancedAccuracyRate", "threshold")]
    [InlineData("precision", "ground_truth_property")]
    [InlineData("precision", "predicted_property")]
    [InlineData("precision", "threshold")]
    [InlineData("precision", "average")]
    [InlineData("recall", "ground_truth_property")]
    [InlineData("recall", "predicted_property")]
    [InlineData("recall", "threshold")]
    [InlineData("recall", "average")]
    [InlineData("f1", "ground_truth_property")]
    [InlineData("f1", "predicted_property")]
    [InlineData("f1", "threshold")]
    [InlineData("f1", "average")]
    [InlineData("f1", "pos_label")]
    [InlineData("specificity", "ground_truth_property")]
    [InlineData("specificity", "predicted_property")]
    [InlineData("specificity", "threshold")]
    [InlineData("falsePositiveRate", "ground_truth_property")]
    [InlineData("falsePositiveRate", "predicted_property")]
    [InlineData("falsePositiveRate", "threshold")]
    [InlineData("mcc", "ground_truth_property")]
    [InlineData("mcc", "predicted_property")]
    [InlineData("mcc", "threshold")]
    [InlineData("cohen_kappa", "ground_truth_property")]
    [InlineData("cohen_kappa", "predicted_property")]
    [InlineData("cohen_kappa", "threshold")]
    [InlineData("auc", "ground_truth_property")]
    [InlineData("auc", "predicted_property")]
    [InlineData("auc", "weight_property")]
    [InlineData("average_precision", "ground_truth_property")]
    [InlineData("average_precision", "predicted_property")]
    [InlineData("log_loss", "ground_truth_property")]
    [InlineData("log_loss", "predicted_property")]
    [InlineData("brier_score", "ground_truth_property")]
    [InlineData("brier_score", "predicted_property")]
    [InlineData("count", null)]
    [InlineData("accuracyRateMulticlass", "ground_truth_property")]
    [InlineData("accuracyRateMulticlass", "predicted_property")]
    [InlineData("balanced_accuracy", "ground_truth_property")]
    [InlineData("balanced_accuracy", "predicted_property")]
    [InlineData("confusionMatrixMulticlass", "ground_truth_property")]
    [InlineData("confusionMatrixMulticlass", "predicted_property")]
    [InlineData("confusionMatrixMulticlass", "class")]
    [InlineData("roc_auc", "ground_truth_property")]
    [InlineData("roc_auc", "predicted_property")]
    [InlineData("roc_auc", "multi_class")]
    [InlineData("rmse", "ground_truth_property")]
    [InlineData("rmse", "predicted_property")]
    [InlineData("rmse", "weight_property")]
    [InlineData("mse", "ground_truth_property")]
    [InlineData("mse", "predicted_property")]
    [InlineData("mae", "ground_truth_property")]
    [InlineData("mae", "predicted_property")]
    [InlineData("mae", "aggregation")]
    [InlineData("mae", "normalizationMin")]
    [InlineData("mae", "normalizationMax")]
    [InlineData("mae", "weight_property")]
    [InlineData("rSquared", "ground_truth_property")]
    [InlineData("rSquared", "predicted_property")]
    [InlineData("rSquared", "weight_property")]
    [InlineData("explained_variance", "ground_truth_property")]
    [InlineData("explained_variance", "predicted_property")]
    [InlineData("pearson", "ground_truth_property")]
    [InlineData("pearson", "predicted_property")]
    [InlineData("spearman", "ground_truth_property")]
    [InlineData("spearman", "predicted_property")]
    [InlineData("mape", "ground_truth_property")]
    [InlineData("mape", "predicted_property")]
    [InlineData("max_error", "ground_truth_property")]
    [InlineData("max_error", "predicted_property")]
    [InlineData("aafe", "ground_truth_property")]
    [InlineData("aafe", "predicted_property")]
    [InlineData("score_summary", "property")]
    [InlineData("mode_category", "property")]
    [InlineData("rubric_distribution", "property")]
    public void Acceptance_metric_and_parameter_names_resolve(string metric, string? parameter)
    {
        var function = Get(metric);
        if (parameter is null)
            Assert.DoesNotContain(function.Parameters, p => p.Required && p.Role == DescriptorRole.None);
        else
            Assert.NotNull(function.FindParameter(parameter));
    }

    // Enum values the acceptance cases pass.
    [Theory]
    [InlineData("mae", "aggregation", "min")]
    [InlineData("mae", "aggregation", "max")]
    [InlineData("f1", "average", "binary")]
    [InlineData("f1", "average", "micro")]
    [InlineData("precision", "average", "macro")]
    [InlineData("recall", "average", "weighted")]
    [InlineData("roc_auc", "multi_class", "ovr")]
    [InlineData("roc_auc", "multi_class", "ovo")]
    public void Acceptance_enum_values_are_allowed(string metric, string parameter, string value)
    {
        Assert.Contains(value, Get(metric).FindParameter(parameter)!.EnumValues);
    }

    [Fact]
    public void Probability_metrics_take_a_list_of_columns_as_the_prediction()
    {
        foreach (var name in new[] { "roc_auc", "average_precision", "log_loss", "top_k_accuracy" })
            Assert.Equal(ParameterType.Columns, Get(name).FindParameter("predicted_property")!.Type);
    }

    [Theory]
    [InlineData("confusionMatrix", "true_positive,false_positive,true_negative,false_negative")]
    [InlineData("confusionMatrixMulticlass", "true_positive,false_positive,true_negative,false_negative")]
    [InlineData("confusionMatrixRate", "true_positive_rate,false_positive_rate,true_negative_rate,false_negative_rate,accuracy_rate")]
    [InlineData("confusionMatrixRateMulticlass", "true_positive_rate,false_positive_rate,true_negative_rate,false_negative_rate,accuracy_rate,balanced_accuracy_rate,precision,f1")]
    [InlineData("score_summary", "count,nan_count,sum,mean,min,max,variance,std_dev,sample_variance,sample_std_dev,median,percentiles,histogram")]
    [InlineData("percentiles", "p10,p20,p30,p40,p50,p60,p70,p80,p90,p100")]
    [InlineData("histogram", "lower_bound,upper_bound,count")]
    [InlineData("rubric_distribution", "label,count")]
    [InlineData("multiclass_confusion_matrix", "labels,matrix")]
    [InlineData("per_class", "class,value")]
    public void Result_fields_carry_the_reference_names(string function, string fields)
    {
        Assert.Equal(fields.Split(','), Get(function).ResultFields);
    }

    [Theory]
    [InlineData("RMSE", "rmse")]
    [InlineData("Rmse", "rmse")]
    [InlineData("AUC", "auc")]
    [InlineData("ROC_AUC", "auc")]
    [InlineData("rsquared", "rSquared")]
    [InlineData("COUNTIF", "countIf")]
    [InlineData("MeanAveragePrecision", "meanAveragePrecision")]
    public void Lookups_ignore_case(string written, string canonical)
    {
        Assert.Equal(canonical, Get(written).Name);
    }

    [Fact]
    public void A_misspelt_name_suggests_the_closest_function()
    {
        Assert.Equal("rmse", Catalog.Suggest("rmsee"));
        Assert.Null(Catalog.Find("rmsee"));
    }

    [Theory]
    [InlineData("rmse", "ground_truth_property,predicted_property")]
    [InlineData("mae", "ground_truth_property,predicted_property")]
    [InlineData("quantile", "property,q")]
    [InlineData("roundTimestamp", "property,time_interval")]
    [InlineData("arraySlice", "property,start,length")]
    [InlineData("countIf", "property,comparator")]
    [InlineData("biasMitigatedPredictions", "predicted_property,thresholds")]
    [InlineData("meanAveragePrecision", "threshold")]
    [InlineData("per_class", "metric")]
    [InlineData("rank", "property")]
    public void Positional_parameters_come_in_catalog_order(string function, string names)
    {
        Assert.Equal(names.Split(','), Get(function).Positional.Select(p => p.Name));
    }

    [Theory]
    [InlineData("auc")]
    [InlineData("accuracyRateMulticlass")]
    [InlineData("confusionMatrix")]
    [InlineData("truePositiveRate")]
    public void Arthurs_calls_without_columns_need_only_what_a_descriptor_supplies(string function)
    {
        Assert.All(Get(function).Parameters.Where(p => p.Required), p => Assert.NotEqual(DescriptorRole.None, p.Role));
    }

    [Fact]
    public void Threshold_is_optional_in_the_unit_interval_and_pos_label_answers_to_class()
    {
        var threshold = Get("confusionMatrix").FindParameter("threshold")!;
        Assert.False(threshold.Required);
        Assert.Equal((0.0, 1.0), (threshold.Min, threshold.Max));
        Assert.Equal(DescriptorRole.Threshold, threshold.Role);
        Assert.Same(Get("f1").FindParameter("pos_label"), Get("f1").FindParameter("class"));
    }

    [Fact]
    public void Mean_average_precision_defaults_to_arthurs_columns_and_accepts_the_coco_range()
    {
        var map = Get("meanAveragePrecision");
        Assert.Equal("objects_detected", map.FindParameter("predicted_property")!.Default);
        Assert.Equal("label", map.FindParameter("ground_truth_property")!.Default);
        Assert.False(map.FindParameter("predicted_property")!.Required);
        Assert.Contains("0.5:0.95", map.FindParameter("threshold")!.EnumValues);
    }

    [Fact]
    public void Directions_follow_the_metric()
    {
        Assert.Equal(MetricDirection.Min, Get("rmse").Direction);
        Assert.Equal(MetricDirection.Max, Get("auc").Direction);
        Assert.Equal(MetricDirection.Toward(1), Get("absolute_average_fold_error").Direction);
        Assert.Equal(MetricDirection.Toward(1), Get("aafe").Direction);
        Assert.Equal(MetricDirection.None, Get("avg").Direction);
    }

    public static IEnumerable<object[]> Functions => Catalog.Functions.Select(f => new object[] { f.Name });

    [Theory]
    [MemberData(nameof(Functions))]
    public void Required_parameters_precede_optional_ones(string name)
    {
        var required = Get(name).Parameters.Select(p => p.Required).ToList();
        Assert.Equal(required.OrderByDescending(r => r), required);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Enum_parameters_list_their_values_and_defaults_are_allowed(string name)
    {
        foreach (var p in Get(name).Parameters)
        {
            if (p.Type == ParameterType.Enum)
                Assert.NotEmpty(p.EnumValues);
            if (p.Default is not { } value)
                continue;
            if (value.StartsWith("'", StringComparison.Ordinal))
                Assert.Contains(value.Trim('\''), p.EnumValues);
            else if (p.Type is ParameterType.Number or ParameterType.Integer)
                Assert.InRange(double.Parse(value, CultureInfo.InvariantCulture), p.Min ?? double.MinValue, p.Max ?? double.MaxValue);
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Struct_and_list_results_name_their_fields(string name)
    {
        var function = Get(name);
        // arraySlice returns elements of its input list, whose fields are the input's.
        if (function.Result == ResultShape.Scalar || function.Name == "arraySlice")
            Assert.True(function.Result == ResultShape.Scalar || function.ResultFields.Count == 0);
        else
            Assert.NotEmpty(function.ResultFields);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Each_entry_is_described_and_its_parameter_names_are_distinct(string name)
    {
        var function = Get(name);
        Assert.False(string.IsNullOrWhiteSpace(function.Definition));
        Assert.NotEqual(TaskKinds.None, function.Tasks);
        var names = function.Parameters.SelectMany(p => p.Aliases.Prepend(p.Name)).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(function.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
    }
}

public sealed class OneVsRestCatalogTests
{
    [Fact]
    public void Arthurs_six_one_vs_rest_functions_say_so_and_nothing_else_does()
    {
        Assert.Equal(
            new[] { "confusionMatrixMulticlass", "confusionMatrixRateMulticlass", "falseNegativeRateMulticlass", "falsePositiveRateMulticlass", "trueNegativeRateMulticlass", "truePositiveRateMulticlass" },
            FunctionCatalog.Default.Functions.Where(f => f.OneVsRest).Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("auc", "weightProperty", "weight_property")]
    [InlineData("auc", "WEIGHT_PROPERTY", "weight_property")]
    [InlineData("auc", "posLabel", "pos_label")]
    [InlineData("auc", "class", "pos_label")]
    [InlineData("mae", "normalizationMin", "normalizationMin")]
    [InlineData("auc", "weight", null)]
    [InlineData("auc", "source", null)]
    public void Host_language_names_find_their_parameter(string function, string member, string? parameter) =>
        Assert.Equal(parameter, FunctionCatalog.Default.Find(function)!.FindParameterForMember(member)?.Name);
}
