using System.Globalization;
using System.Text;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Sql;

/// <summary>
/// The SQL (and bound parameters) the planner writes, as approved files under Snapshots/, so a
/// change in generated SQL is seen in review. Each query also runs, so a snapshot is never of SQL
/// DuckDB refuses.
/// </summary>
public sealed class SqlSnapshotTests : IDisposable
{
    private readonly ParquetFiles _data = new();
    private readonly EvaluationEngine _engine = EvaluationEngine.Open();
    private readonly string _source;

    public SqlSnapshotTests()
    {
        _source = _data.Parquet("inference", """
            SELECT * FROM (VALUES
              (1.0, 1.5, 1.0, 0.5, 'good', 'a'), (2.0, 1.5, 2.0, 1.5, 'bad', 'a'), (3.0, 3.5, 0.5, 2.5, 'ok', 'a'),
              (4.0, 3.0, 1.0, 3.5, 'good', 'b'), (5.0, 5.5, 1.0, 4.5, 'good', 'b'), (6.0, 7.0, 3.0, NULL, NULL, 'b'))
              AS t(y, p, w, score, rubric, segment)
            """);
        _engine.RegisterSource("inference", _source);
    }

    [Fact]
    public void Regression_and_statistics_functions_plan_to_the_approved_sql()
    {
        const string query = """
            where segment != 'z'
            | group by segment
            | select segment,
                rmse = rmse(y, p), rmse_w = rmse(y, p, weight_property: w), mse = mse(y, p),
                mae = mae(y, p), mae_w = mae(y, p, weight_property: w), mae_min = mae(y, p, aggregation: 'min'),
                mae_max = mae(y, p, aggregation: 'max'), mae_median = mae(y, p, aggregation: 'median'),
                mae_median_w = mae(y, p, aggregation: 'median', weight_property: w),
                mae_normalised = mae(y, p, normalizationMin: 0, normalizationMax: 50),
                r2 = rSquared(y, p), r2_w = rSquared(y, p, weight_property: w),
                ev = explained_variance(y, p), ev_w = explained_variance(y, p, weight_property: w),
                pearson = pearson(y, p), spearman = spearman(y, p), mape = mape(y, p), mape_w = mape(y, p, weight_property: w),
                max_error = max_error(y, p), aafe = aafe(y, p), polaris_aafe = absolute_average_fold_error(y, p),
                variance = variance(score), std_dev = std_dev(score), sample_variance = sample_variance(score),
                sample_std_dev = sample_std_dev(score), median = median(score), q90 = quantile(score, 0.9),
                percentiles = percentiles(score), histogram = histogram(score), distribution = distribution(score, num_bins: 4),
                summary = score_summary(score), rubrics = rubric_distribution(rubric), mode = mode_category(rubric)
            """;
        Approved.Verify("tests/Evaluation.Engine.Tests/Snapshots/regression_and_statistics.sql", Snapshot(query));
        Assert.Equal(2, _engine.Query(query).Rows.Count);
    }

    [Fact]
    public void Quantiles_of_one_column_share_one_quantile_cont_call()
    {
        const string query = "select m = median(score), q1 = quantile(score, 0.25), q9 = quantile(score, 0.9), also = quantile(score, 0.5), e = mae(y, p, aggregation: 'median')";
        Approved.Verify("tests/Evaluation.Engine.Tests/Snapshots/quantiles_merged.sql", Snapshot(query));
        var row = Assert.Single(_engine.Query(query).Rows);
        // score's present values are 0.5, 1.5, 2.5, 3.5, 4.5 (one is NULL).
        double[] scores = { 0.5, 1.5, 2.5, 3.5, 4.5 };
        Assert.Equal(new[] { 2.5, Reference.Quantile(scores, 0.25), Reference.Quantile(scores, 0.9), 2.5 }, row.Take(4).Cast<double>().ToArray());
        Assert.Equal(0.5, (double)row[4]!);
    }

    private string Snapshot(string query)
    {
        var (sql, parameters) = _engine.Sql(query);
        var text = new StringBuilder();
        text.Append("-- ").Append(query.Replace("\n", "\n-- ")).Append("\n\n").Append(sql).Append("\n\n");
        for (var i = 0; i < parameters.Count; i++)
            text.Append("-- $").Append(i + 1).Append(" = ").Append(Show(parameters[i])).Append('\n');
        return text.ToString();
    }

    /// <summary>A parameter as the snapshot shows it; the source's path, which differs per machine, as &lt;inference&gt;.</summary>
    private string Show(object? value) => value switch
    {
        null => "NULL",
        string s when s == _source => "<inference>",
        string s => "'" + s + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture) + " (" + value.GetType().Name + ")",
        _ => value.ToString() ?? "",
    };

    public void Dispose()
    {
        _engine.Dispose();
        _data.Dispose();
    }
}
