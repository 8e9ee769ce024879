using Evaluation.Engine.Results;
using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Results.Queries;

/// <summary><c>pivot score by metric</c> over imported results: models × metrics, with the cells it cannot fill said so.</summary>
public sealed class PivotTests : IClassFixture<ResultsLeaderboard>, IDisposable
{
    private readonly ResultsLeaderboard _store;
    private readonly EvaluationEngine _engine = EvaluationEngine.Open();

    public PivotTests(ResultsLeaderboard store) => _store = store;

    public void Dispose() => _engine.Dispose();

    private QueryResult Query(string stages) => _engine.Query($"from results('{_store.Folder}') | {stages}");

    [Fact]
    public void Models_by_metrics_has_one_row_per_model_and_one_column_per_metric()
    {
        var result = Query("where benchmark == 'polaris/adme-fang-solu-1' | select model, metric, score | pivot score by metric | order by r2 desc");
        Assert.Equal(new[] { "model", "absolute_average_fold_error", "mean_absolute_error", "mean_squared_error", "r2", "spearmanr" },
            result.Columns.Select(c => c.Name));
        Assert.Equal(new object?[] { "rf-ecfp", 0.95, 0.38, 0.35, 0.41, 0.7 }, result.Rows[0]);
        Assert.Equal(new object?[] { "chemprop-mpnn", 1.087, 0.412, 0.301, 0.378, 0.603 }, result.Rows[1]);
        Assert.Equal(new object?[] { "gp-rdkit", 0.85, 0.5, 0.301, 0.2, 0.603 }, result.Rows[2]);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_missing_score_is_null_and_the_rows_are_ordered_by_their_keys()
    {
        // KNN has no area_under_roc_curve in the OpenML sample.
        var result = Query("where benchmark == 'openml-task-59' and fold is null | select model, metric, score | pivot score by metric");
        Assert.Equal(new object?[] { "sklearn.ensemble.RandomForestClassifier", 0.9933, 0.953333 }, result.Rows[0]);
        Assert.Equal(new object?[] { "sklearn.neighbors.KNeighborsClassifier", null, 0.96 }, result.Rows[1]);
        Assert.Equal(new object?[] { "sklearn.svm.SVC", 0.9956, 0.966667 }, result.Rows[2]);
    }

    [Fact]
    public void A_cell_with_several_values_is_undefined_with_a_warning_never_one_of_them()
    {
        // Keeping the ten folds: predictive_accuracy has eleven rows per model (the folds and the whole run).
        var result = Query("where benchmark == 'openml-task-59' | select model, metric, score | pivot score by metric");
        Assert.All(result.Rows, row => Assert.True(double.IsNaN((double)row[2]!)));
        Assert.Equal(3, result.Warnings.Count);
        Assert.Contains("`predictive_accuracy` is undefined where model = 'sklearn.svm.SVC': 11 rows give this cell a `score`", result.Warnings.Select(w => w.Message).Last());
        Assert.Throws<QueryException>(() => Query("where benchmark == 'openml-task-59' | select model, metric, score | pivot score by metric | on_undefined error"));
    }

    [Fact]
    public void Aggregating_first_pivots_the_means_of_the_folds()
    {
        var result = Query("where fold is not null | group by model, metric | select score = avg(score) | pivot score by metric | order by predictive_accuracy desc, model");
        Assert.Equal(new[] { "model", "predictive_accuracy" }, result.Columns.Select(c => c.Name));
        Assert.Equal("sklearn.neighbors.KNeighborsClassifier", result.Rows[0][0]);
        Assert.Equal(0.9666665, (double)result.Rows[0][1]!, 12);
        Assert.Equal("sklearn.ensemble.RandomForestClassifier", result.Rows[2][0]);
    }

    [Fact]
    public void A_pivot_feeds_a_later_stage_with_its_columns()
    {
        var result = Query("where benchmark == 'grn-perturb:1' and metric is not null | select model, metric, score | pivot score by metric | where f1 > 0.75 | select model, f1");
        Assert.Equal(new object?[] { "mlp", 0.78 }, Assert.Single(result.Rows));
    }

    [Fact]
    public void Ranks_pivot_into_a_leaderboard_of_places()
    {
        var result = Query("where benchmark == 'polaris/adme-fang-solu-1' | select model, metric, place = rank score within metric | pivot place by metric | order by model");
        Assert.Equal(new object?[] { "chemprop-mpnn", 2L, 2L, 1L, 2L, 2L }, result.Rows[0]);
        Assert.Equal(new object?[] { "gp-rdkit", 3L, 3L, 1L, 3L, 2L }, result.Rows[1]);
        Assert.Equal(new object?[] { "rf-ecfp", 1L, 1L, 3L, 1L, 1L }, result.Rows[2]);
    }

    [Fact]
    public void The_json_form_pivots_the_same()
    {
        var request = "{\"from\": {\"results\": \"" + _store.Folder.Replace("\\", "\\\\") + "\"}, " +
                      "\"select\": [{\"property\": \"model\"}, {\"property\": \"metric\"}, {\"property\": \"score\"}], " +
                      "\"filter\": [{\"property\": \"benchmark\", \"comparator\": \"eq\", \"value\": \"grn-perturb:1\"}, {\"property\": \"metric\", \"comparator\": \"notNull\"}], " +
                      "\"pivot\": {\"property\": \"score\", \"by\": \"metric\"}, \"order_by\": [{\"property\": \"final_loss\"}]}";
        var result = _engine.Query(request);
        Assert.Equal(new object?[] { "mlp", 0.52, 0.78, 0.141 }, result.Rows[0]);
    }

    [Fact]
    public void Names_reach_duckdb_as_bound_parameters_and_quoted_identifiers()
    {
        using var csv = new TempCsv("odd.csv", "model,metric,score\na,\"x\"\"; DROP TABLE t; --\",1\na,f1,2\n");
        var result = _engine.Query($"from '{csv.Path}' | select model, metric, score | pivot score by metric");
        Assert.Equal(new[] { "model", "f1", "x\"; DROP TABLE t; --" }, result.Columns.Select(c => c.Name));
        Assert.Equal(new object?[] { "a", 2L, 1L }, result.Rows[0]);
        var (sql, parameters) = _engine.Sql($"from '{csv.Path}' | select model, metric, score | pivot score by metric");
        Assert.Contains("x\"; DROP TABLE t; --", parameters);
        Assert.Contains("AS \"x\"\"; DROP TABLE t; --\"", sql);
    }

    [Fact]
    public void Names_that_would_be_one_column_are_an_error_at_the_pivot()
    {
        using var csv = new TempCsv("case.csv", "model,metric,score\na,F1,1\na,f1,2\n");
        var error = Assert.Throws<QueryException>(() => _engine.Query($"from '{csv.Path}' | select model, metric, score | pivot score by metric"));
        Assert.Contains("would name a column like", error.Message);
        using var keyed = new TempCsv("key.csv", "model,metric,score\na,model,1\n");
        error = Assert.Throws<QueryException>(() => _engine.Query($"from '{keyed.Path}' | select model, metric, score | pivot score by metric"));
        Assert.Contains("the key column `model`", error.Message);
    }

    [Fact]
    public void Ordering_by_a_column_the_pivot_does_not_make_is_an_error_naming_its_columns()
    {
        var error = Assert.Throws<QueryException>(() =>
            Query("where benchmark == 'grn-perturb:1' and metric is not null | select model, metric, score | pivot score by metric | order by f2"));
        Assert.Contains("cannot order the pivoted result by `f2`: its columns are `model`, `baseline_f1`, `f1`, `final_loss`", error.Message);
    }
}
