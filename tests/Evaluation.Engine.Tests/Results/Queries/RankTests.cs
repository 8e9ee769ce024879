using Evaluation.Engine.Results;
using Xunit;

namespace Evaluation.Engine.Tests.Results.Queries;

/// <summary>
/// <c>rank … within …</c> over imported results: each metric ranked by its catalog direction
/// (r2 higher first, mse lower first, Polaris' fold error closest to 1 first), ties sharing the
/// lower rank, explicit directions overriding, unknown metrics left unranked with a warning.
/// </summary>
public sealed class RankTests : IClassFixture<ResultsLeaderboard>, IDisposable
{
    private readonly ResultsLeaderboard _store;
    private readonly EvaluationEngine _engine = EvaluationEngine.Open();

    public RankTests(ResultsLeaderboard store) => _store = store;

    public void Dispose() => _engine.Dispose();

    private QueryResult Query(string stages) => _engine.Query($"from results('{_store.Folder}') | {stages}");

    /// <summary>model → rank for one metric of the Polaris results.</summary>
    private Dictionary<string, long?> Ranks(string metric, string rank = "rank score within metric")
    {
        var result = Query($"where benchmark == 'polaris/adme-fang-solu-1' and metric == '{metric}' | select model, r = {rank}");
        return result.Rows.ToDictionary(r => (string)r[0]!, r => (long?)r[1]);
    }

    [Fact]
    public void Catalog_direction_ranks_a_higher_is_better_metric_highest_first()
    {
        var ranks = Ranks("r2");
        Assert.Equal(new Dictionary<string, long?> { ["rf-ecfp"] = 1, ["chemprop-mpnn"] = 2, ["gp-rdkit"] = 3 }, ranks);
    }

    [Fact]
    public void Catalog_direction_ranks_an_error_lowest_first()
    {
        Assert.Equal(new Dictionary<string, long?> { ["rf-ecfp"] = 1, ["chemprop-mpnn"] = 2, ["gp-rdkit"] = 3 }, Ranks("mean_absolute_error"));
    }

    [Fact]
    public void Ties_share_the_lower_rank_and_the_next_rank_is_skipped()
    {
        // mse: chemprop-mpnn and gp-rdkit both 0.301 (lower is better); spearmanr: 0.7, then two at 0.603.
        Assert.Equal(new Dictionary<string, long?> { ["chemprop-mpnn"] = 1, ["gp-rdkit"] = 1, ["rf-ecfp"] = 3 }, Ranks("mean_squared_error"));
        Assert.Equal(new Dictionary<string, long?> { ["rf-ecfp"] = 1, ["chemprop-mpnn"] = 2, ["gp-rdkit"] = 2 }, Ranks("spearmanr"));
    }

    [Fact]
    public void A_target_direction_ranks_closest_to_the_target_first()
    {
        // absolute_average_fold_error has target 1: 0.95 (0.05 away), 1.087 (0.087), 0.85 (0.15);
        // neither max (1.087 first) nor min (0.85 first) gives this order.
        var expected = new Dictionary<string, long?> { ["rf-ecfp"] = 1, ["chemprop-mpnn"] = 2, ["gp-rdkit"] = 3 };
        Assert.Equal(expected, Ranks("absolute_average_fold_error"));
        Assert.Equal(expected, Ranks("absolute_average_fold_error", "rank(score, within: [metric], direction: 'catalog')"));
    }

    [Fact]
    public void An_explicit_direction_overrides_the_catalog()
    {
        Assert.Equal(new Dictionary<string, long?> { ["chemprop-mpnn"] = 1, ["rf-ecfp"] = 2, ["gp-rdkit"] = 3 },
            Ranks("absolute_average_fold_error", "rank score within metric direction max"));
        Assert.Equal(new Dictionary<string, long?> { ["gp-rdkit"] = 1, ["chemprop-mpnn"] = 2, ["rf-ecfp"] = 3 },
            Ranks("r2", "rank score direction min"));
        // A target: closest to 0.4 first (0.378 is 0.022 away, 0.41 is 0.01 away, 0.2 is 0.2 away).
        Assert.Equal(new Dictionary<string, long?> { ["rf-ecfp"] = 1, ["chemprop-mpnn"] = 2, ["gp-rdkit"] = 3 },
            Ranks("r2", "rank score direction 0.4"));
        Assert.Equal(new Dictionary<string, long?> { ["chemprop-mpnn"] = 1, ["rf-ecfp"] = 2, ["gp-rdkit"] = 3 },
            Ranks("r2", "rank(score, direction: 0.37)"));
    }

    [Fact]
    public void Each_metric_of_one_query_is_ranked_its_own_way()
    {
        var result = Query("where benchmark == 'polaris/adme-fang-solu-1' | select model, metric, r = rank score within metric | where r == 1 | order by metric, model");
        var best = result.Rows.Select(r => $"{r[1]}:{r[0]}").ToArray();
        Assert.Equal(new[]
        {
            "absolute_average_fold_error:rf-ecfp", "mean_absolute_error:rf-ecfp", "mean_squared_error:chemprop-mpnn",
            "mean_squared_error:gp-rdkit", "r2:rf-ecfp", "spearmanr:rf-ecfp",
        }, best);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Openml_names_rank_by_the_catalog_through_their_aliases()
    {
        // predictive_accuracy is accuracyRateMulticlass, area_under_roc_curve is auc: both higher first.
        var result = Query("where benchmark == 'openml-task-59' and fold is null | select model, metric, score, r = rank score within [metric, benchmark] | order by metric, r, model");
        var rows = result.Rows.Select(r => $"{r[1]}:{r[0]}:{r[3]}").ToArray();
        Assert.Equal(new[]
        {
            "area_under_roc_curve:sklearn.svm.SVC:1", "area_under_roc_curve:sklearn.ensemble.RandomForestClassifier:2",
            "predictive_accuracy:sklearn.svm.SVC:1", "predictive_accuracy:sklearn.neighbors.KNeighborsClassifier:2",
            "predictive_accuracy:sklearn.ensemble.RandomForestClassifier:3",
        }, rows);
    }

    [Fact]
    public void A_metric_the_catalog_has_no_direction_for_is_unranked_with_one_warning()
    {
        // metalab: f1 is in the catalog (higher first); baseline_f1 and final_loss are not.
        var result = Query("where benchmark == 'grn-perturb:1' and metric is not null | select model, metric, r = rank score within metric | order by metric, model");
        var rows = result.Rows.Select(r => $"{r[1]}:{r[0]}:{r[2]}").ToArray();
        Assert.Equal(new[]
        {
            "baseline_f1:linear:", "baseline_f1:mlp:", "f1:linear:2", "f1:mlp:1", "final_loss:linear:", "final_loss:mlp:",
        }, rows);
        var warnings = result.Warnings.Select(w => w.Message).ToArray();
        Assert.Equal(2, warnings.Length);
        Assert.Contains(warnings, w => w.Contains("'baseline_f1'") && w.Contains("give `direction`"));
        Assert.Contains(warnings, w => w.Contains("'final_loss'"));
        var strict = Assert.Throws<QueryException>(() =>
            Query("where benchmark == 'grn-perturb:1' | select model, metric, r = rank score within metric | on_undefined error"));
        Assert.Contains("no direction for the metric", strict.Message);
    }

    [Fact]
    public void A_given_direction_ranks_metrics_the_catalog_does_not_know()
    {
        var result = Query("where metric == 'final_loss' | select model, r = rank score within metric direction min | order by r");
        Assert.Equal(new object?[] { "mlp", 1L }, result.Rows[0]);
        Assert.Equal(new object?[] { "linear", 2L }, result.Rows[1]);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Missing_scores_get_no_rank_and_move_no_one()
    {
        // OpenML per-fold rows: NaN and NULL scores must not rank first under max (DuckDB sorts NaN above every number).
        using var engine = EvaluationEngine.Open();
        using var csv = new Support.TempCsv("scores.csv", "model,metric,score\na,r2,0.5\nb,r2,NaN\nc,r2,\nd,r2,0.7\n");
        var result = engine.Query($"from '{csv.Path}' | select model, r = rank score within metric | order by model");
        Assert.Equal(new object?[] { 2L, null, null, 1L }, result.Rows.Select(r => r[1]));
    }

    [Fact]
    public void The_json_form_ranks_the_same()
    {
        var request = "{\"from\": {\"results\": \"" + _store.Folder.Replace("\\", "\\\\") + "\"}, " +
                      "\"select\": [{\"property\": \"model\"}, {\"function\": \"rank\", \"alias\": \"r\", \"parameters\": {\"property\": \"score\", \"within\": [\"metric\"]}}], " +
                      "\"filter\": [{\"property\": \"metric\", \"comparator\": \"eq\", \"value\": \"r2\"}], \"order_by\": [{\"alias\": \"r\"}]}";
        var result = _engine.Query(request);
        Assert.Equal(new object?[] { "rf-ecfp", "chemprop-mpnn", "gp-rdkit" }, result.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Metric_names_reach_duckdb_as_bound_parameters()
    {
        var (sql, parameters) = _engine.Sql($"from results('{_store.Folder}') | select model, r = rank score within metric");
        Assert.DoesNotContain("mean_squared_error", sql);
        Assert.Contains("mean_squared_error", parameters);
        Assert.Contains("rank() OVER (PARTITION BY", sql);
    }

    [Fact]
    public void A_ranked_aggregate_is_ranked_in_a_later_stage()
    {
        // The OpenML folds: SVC and KNN both average 0.9666665 on predictive_accuracy, the forest 0.9533331.
        var result = Query("where fold is not null | group by model, metric | select mean = avg(score) | select *, r = rank mean within metric | order by model");
        Assert.Equal(new object?[] { 3L, 1L, 1L }, result.Rows.Select(r => r[3]));
        Assert.Equal("sklearn.ensemble.RandomForestClassifier", result.Rows[0][0]);
    }

    [Fact]
    public void Ranking_an_aggregate_in_its_own_block_is_an_error_that_says_where_to_rank()
    {
        var error = Assert.Throws<QueryException>(() => Query("group by metric | select m = avg(score), r = rank score within metric"));
        Assert.Contains("rank the aggregated result in a later stage", error.Message);
    }
}
