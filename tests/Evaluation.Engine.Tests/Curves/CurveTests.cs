using System.Globalization;
using System.Text.Json.Nodes;
using Evaluation.Engine.Results;
using Xunit;

namespace Evaluation.Engine.Tests.Curves;

/// <summary>
/// roc_curve and pr_curve on the acceptance data (binary case): the engine's rows equal
/// scikit-learn's curves as <see cref="SklearnCurves"/> transcribes them, and that transcription
/// is itself tied to scikit-learn's numbers: the area under its ROC curve is the expected
/// roc_auc_score and its step sum the expected average_precision_score.
/// </summary>
public class CurveTests
{
    private static readonly string Data = AcceptanceEntry.DataFile("binary");

    private sealed record Row(string Model, string Segment, bool Label, double Score, double Weight);

    private static readonly Lazy<IReadOnlyList<Row>> Rows = new(() =>
        File.ReadAllLines(Path.Combine(AcceptanceEntry.Folder("binary"), "data.csv")).Skip(1).Select(line =>
        {
            var f = line.Split(',');
            return new Row(f[2], f[3], f[4] == "1", double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture));
        }).ToList());

    private static double Expected(string metric, bool weighted)
    {
        var entry = AcceptanceEntry.Load("binary").Single(e => e.Metric == metric && e.GroupColumn is null
            && e.Parameters.ContainsKey("weight_property") == weighted && !e.Parameters.ContainsKey("threshold"));
        return entry.Expected!.GetValue<double>();
    }

    private static QueryResult Run(string text)
    {
        using var engine = EvaluationEngine.Open();
        return engine.Query(text);
    }

    private static void Close(double expected, object? actual, string what)
    {
        var value = Convert.ToDouble(actual, CultureInfo.InvariantCulture);
        if (double.IsNaN(expected) || double.IsInfinity(expected)) Assert.Equal(expected, value);
        else Assert.True(Math.Abs(expected - value) <= AcceptanceEntry.Tolerance * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected:R}, got {value:R}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_reference_roc_curve_has_the_area_scikit_learn_reports(bool weighted)
    {
        var rows = Rows.Value;
        var (fpr, tpr, _) = SklearnCurves.RocCurve(rows.Select(r => r.Label).ToArray(), rows.Select(r => r.Score).ToArray(),
            weighted ? rows.Select(r => r.Weight).ToArray() : null);
        var area = 0.0;
        for (var i = 1; i < fpr.Length; i++) area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
        Assert.Equal(Expected("auc", weighted), area, 12);
    }

    [Fact]
    public void The_reference_pr_curve_has_the_average_precision_scikit_learn_reports()
    {
        var rows = Rows.Value;
        var (precision, recall, _) = SklearnCurves.PrecisionRecallCurve(rows.Select(r => r.Label).ToArray(), rows.Select(r => r.Score).ToArray());
        // average_precision_score = -Σ diff(recall) · precision[:-1]
        var ap = 0.0;
        for (var i = 0; i < recall.Length - 1; i++) ap -= (recall[i + 1] - recall[i]) * precision[i];
        Assert.Equal(Expected("average_precision", weighted: false), ap, 12);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Roc_curve_matches_scikit_learn_on_the_acceptance_data(bool weighted)
    {
        var rows = Rows.Value;
        var (fpr, tpr, thresholds) = SklearnCurves.RocCurve(rows.Select(r => r.Label).ToArray(), rows.Select(r => r.Score).ToArray(),
            weighted ? rows.Select(r => r.Weight).ToArray() : null);
        var result = Run($"from '{Data}' | select roc_curve(label, score{(weighted ? ", weight_property: weight" : "")})");
        Assert.Equal(new[] { "threshold", "fpr", "tpr" }, result.Columns.Select(c => c.Name));
        Assert.Equal(thresholds.Length, result.Rows.Count);
        Assert.Equal(double.PositiveInfinity, result.Rows[0][0]);
        for (var i = 0; i < thresholds.Length; i++)
        {
            Close(thresholds[i], result.Rows[i][0], $"threshold {i}");
            Close(fpr[i], result.Rows[i][1], $"fpr {i}");
            Close(tpr[i], result.Rows[i][2], $"tpr {i}");
        }
        // Unweighted, collinear points were dropped: fewer rows than distinct scores + 1 (weighted, almost every point bends).
        if (!weighted) Assert.True(result.Rows.Count < rows.Select(r => r.Score).Distinct().Count() + 1, "no intermediate threshold was dropped");
    }

    [Fact]
    public void Pr_curve_matches_scikit_learn_on_the_acceptance_data()
    {
        var rows = Rows.Value;
        var (precision, recall, thresholds) = SklearnCurves.PrecisionRecallCurve(rows.Select(r => r.Label).ToArray(), rows.Select(r => r.Score).ToArray());
        var result = Run($"from '{Data}' | select pr_curve(label, score)");
        Assert.Equal(new[] { "threshold", "precision", "recall" }, result.Columns.Select(c => c.Name));
        Assert.Equal(precision.Length, result.Rows.Count);
        for (var i = 0; i < thresholds.Length; i++)
        {
            Close(thresholds[i], result.Rows[i][0], $"threshold {i}");
            Close(precision[i], result.Rows[i][1], $"precision {i}");
            Close(recall[i], result.Rows[i][2], $"recall {i}");
        }
        var last = result.Rows[^1];
        Assert.Null(last[0]);
        Assert.Equal(1.0, last[1]);
        Assert.Equal(0.0, last[2]);
    }

    [Fact]
    public void Grouped_curves_are_computed_per_group_in_group_order()
    {
        var result = Run($"from '{Data}' | where segment == 'B' | group by model | select model, roc_curve(label, score)");
        Assert.Equal(new[] { "model", "threshold", "fpr", "tpr" }, result.Columns.Select(c => c.Name));
        foreach (var model in new[] { "v1", "v2" })
        {
            var rows = Rows.Value.Where(r => r.Model == model && r.Segment == "B").ToList();
            var (fpr, tpr, thresholds) = SklearnCurves.RocCurve(rows.Select(r => r.Label).ToArray(), rows.Select(r => r.Score).ToArray());
            var mine = result.Rows.Where(r => (string)r[0]! == model).ToList();
            Assert.Equal(thresholds.Length, mine.Count);
            for (var i = 0; i < mine.Count; i++)
            {
                Close(thresholds[i], mine[i][1], $"{model} threshold {i}");
                Close(fpr[i], mine[i][2], $"{model} fpr {i}");
                Close(tpr[i], mine[i][3], $"{model} tpr {i}");
            }
        }
        Assert.Equal(new[] { "v1", "v2" }, result.Rows.Select(r => (string)r[0]!).Distinct());
    }

    [Fact]
    public void A_group_with_one_class_has_nan_rates_where_scikit_learn_has_them()
    {
        var result = Run($"from '{Data}' | where label == 1 | select roc_curve(label, score)");
        Assert.All(result.Rows, r => Assert.True(double.IsNaN((double)r[1]!)));
        var pr = Run($"from '{Data}' | where label == 0 | select pr_curve(label, score)");
        // No positive: recall is 1 (scikit-learn) and only the highest threshold is kept, then (1, 0).
        Assert.Equal(2, pr.Rows.Count);
        Assert.Equal(1.0, pr.Rows[0][2]);
    }

    [Fact]
    public void A_curve_beside_another_function_is_refused_at_the_other_item()
    {
        using var engine = EvaluationEngine.Open();
        var text = $"from '{Data}' | select roc_curve(label, score), n = count()";
        var failure = Assert.Throws<QueryException>(() => engine.Query(text));
        var diagnostic = Assert.Single(failure.Diagnostics);
        Assert.Equal("EVQ028", diagnostic.Code);
        Assert.Equal(text.IndexOf("n = count()", StringComparison.Ordinal), diagnostic.Span.Start);
    }

    [Fact]
    public void The_curve_sql_binds_the_positive_class_and_quotes_columns()
    {
        using var engine = EvaluationEngine.Open();
        var (sql, parameters) = engine.Sql($"from '{Data}' | group by segment | select segment, pr_curve(label, score, pos_label: 1)");
        Assert.Contains("\"segment\"", sql);
        Assert.DoesNotContain(Data, sql);
        Assert.Contains(parameters, p => p is string s && s == Data);
        Assert.Contains("unnest(", sql);
    }
}
