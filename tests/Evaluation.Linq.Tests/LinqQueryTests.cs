using Evaluation.Engine;
using Evaluation.Linq.Translation;
using Xunit;

namespace Evaluation.Linq.Tests;

/// <summary>
/// LINQ queries over the shipped credit sample: each operator's AST (as DSL text), its values
/// against the same query written in the DSL and run by the engine, the translation cache, and
/// the NotSupportedExceptions raised before anything runs.
/// </summary>
public sealed class LinqQueryTests : IDisposable
{
    private static readonly string Data = RepositoryRoot.File("samples/data/credit/*.parquet");
    private readonly EvaluationContext _eval = EvaluationContext.Open();

    private IQueryable<Inference> Rows => _eval.Parquet<Inference>(Data);

    [Fact]
    public void The_readme_query_is_the_dsl_query_and_gives_its_numbers()
    {
        var since = new DateTime(2026, 1, 1);
        var byModel = Rows
            .Where(r => r.Sex == 1 && r.Timestamp >= since)
            .GroupBy(r => new { r.ModelVersion, Day = r.Timestamp.Date })
            .Select(g => new
            {
                g.Key.ModelVersion,
                g.Key.Day,
                Rmse = g.Rmse(r => r.FicoActual, r => r.FicoPredicted),
                Auc = g.Auc(r => r.Label, r => r.Score),
                Cm = g.ConfusionMatrix(r => r.Label, r => r.Score, threshold: 0.5),
                N = g.Count(),
            })
            .OrderByDescending(x => x.Rmse);

        var dsl = byModel.ToDsl();
        Assert.Equal($"""
            from '{Data}'
            | where SEX == 1 and inference_timestamp >= @2026-01-01T00:00:00
            | group by model_version, Day = roundTimestamp(inference_timestamp, 'day')
            | select Rmse = rmse(FICO_actual, FICO_predicted), Auc = auc(label, score), Cm = confusionMatrix(label, score, threshold: 0.5), N = count()
            | order by Rmse desc
            """, dsl.TrimEnd());

        var rows = byModel.ToList();
        var expected = _eval.Engine.Query(dsl);
        Assert.Equal(expected.Rows.Count, rows.Count);
        Assert.NotEmpty(rows);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i, "model_version"], rows[i].ModelVersion);
            Assert.Equal((double)expected[i, "Rmse"]!, rows[i].Rmse);
            Assert.Equal((double)expected[i, "Auc"]!, rows[i].Auc);
            Assert.Equal(Convert.ToInt64(expected[i, "N"]), rows[i].N);
            Assert.True(rows[i].Cm.TruePositive + rows[i].Cm.FalsePositive + rows[i].Cm.TrueNegative + rows[i].Cm.FalseNegative <= rows[i].N);
        }
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Rmse >= p.Second.Rmse));
    }

    [Fact]
    public void A_filter_on_the_results_is_a_second_stage()
    {
        var worst = 25.0;
        var query = Rows.GroupBy(r => new { r.ModelVersion, Day = r.Timestamp.Date })
            .Select(g => new { g.Key.ModelVersion, g.Key.Day, Rmse = g.Rmse(r => r.FicoActual, r => r.FicoPredicted), N = g.Count() })
            .Where(x => x.Rmse > worst && x.N >= 3)
            .OrderByDescending(x => x.Rmse)
            .Take(4);
        var rows = query.ToList();
        var all = Rows.GroupBy(r => new { r.ModelVersion, Day = r.Timestamp.Date })
            .Select(g => new { g.Key.ModelVersion, g.Key.Day, Rmse = g.Rmse(r => r.FicoActual, r => r.FicoPredicted), N = g.Count() }).ToList();
        var expected = all.Where(x => x.Rmse > worst && x.N >= 3).OrderByDescending(x => x.Rmse).Take(4).ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(expected.Select(x => (x.ModelVersion, x.Day, x.Rmse)), rows.Select(x => (x.ModelVersion, x.Day, x.Rmse)));
        Assert.Contains("Rmse > 25", query.ToDsl());
        Assert.Throws<NotSupportedException>(() => Rows.GroupBy(r => r.ModelVersion).Select(g => new { N = g.Count() }).OrderBy(x => x.N).Where(x => x.N > 1).ToList());
    }

    [Fact]
    public void Results_order_by_computed_keys_and_key_columns()
    {
        var days = Rows.GroupBy(r => new { r.ModelVersion, Day = r.Timestamp.Date })
            .Select(g => new { g.Key.ModelVersion, g.Key.Day, N = g.Count() })
            .OrderByDescending(x => x.Day).ThenBy(x => x.ModelVersion).ToList();
        Assert.NotEmpty(days);
        Assert.True(days.Zip(days.Skip(1)).All(p => p.First.Day > p.Second.Day || (p.First.Day == p.Second.Day && string.CompareOrdinal(p.First.ModelVersion, p.Second.ModelVersion) <= 0)));
        Assert.All(days, d => Assert.Equal(d.Day.Date, d.Day));
        var hours = Rows.GroupBy(r => EvaluationFunctions.Bucket(r.Timestamp, TimeInterval.Hour)).Select(g => new { Hour = g.Key, N = g.LongCount() }).ToList();
        Assert.Equal(Rows.LongCount(), hours.Sum(h => h.N));
        Assert.All(hours, h => Assert.Equal(0, h.Hour.Minute));
    }

    [Fact]
    public void A_cached_shape_is_not_translated_again_and_takes_the_new_values()
    {
        IQueryable<double> Query(long sex) => Rows.Where(r => r.Sex == sex).GroupBy(r => 1).Select(g => g.Rmse(r => r.FicoActual, r => r.FicoPredicted));
        var first = Query(1).Single();
        var second = Query(2).Single();
        // The second execution reused the first's translation (the same object), and bound its own value.
        Assert.Same(TranslationCache.Get(Query(1).Expression).Translated, TranslationCache.Get(Query(2).Expression).Translated);
        Assert.Contains("SEX == 2", Evaluation.Language.Printing.DslPrinter.Print(TranslationCache.Get(Query(2).Expression).Query));
        Assert.Equal((double)_eval.Engine.Query($"from '{Data}' | where SEX == 2 | select v = rmse(FICO_actual, FICO_predicted)").Rows[0][0]!, second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_client_value_in_a_cached_projection_is_the_current_executions()
    {
        // Each call captures its own scale in a new closure; the shape (and its translation) is shared.
        IQueryable<double> Scaled(double scale) => Rows.GroupBy(r => 1).Select(g => g.Count() * scale);
        IQueryable<string> Labelled(string label) => Rows.Select(r => label + r.ModelVersion).Take(1);
        var n = Rows.Count();
        Assert.Equal(n * 1.0, Scaled(1).Single());
        Assert.Equal(n * 2.0, Scaled(2).Single());
        var model = Rows.Select(r => r.ModelVersion).Take(1).Single();
        Assert.Equal("a:" + model, Labelled("a:").Single());
        Assert.Equal("b:" + model, Labelled("b:").Single());
    }

    [Fact]
    public void Row_operators_translate_and_run()
    {
        var regions = new[] { "north", "south" };
        var query = Rows.Where(r => regions.Contains(r.Region) && r.ModelVersion.StartsWith("v") && r.Region != null)
            .OrderBy(r => r.Score).ThenByDescending(r => r.Label).Skip(2).Take(5);
        var dsl = query.ToDsl();
        Assert.Contains("region in ['north', 'south']", dsl);
        Assert.Contains("model_version like 'v%'", dsl);
        var rows = query.ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Contains(r.Region, regions));
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Score <= p.Second.Score));

        Assert.Equal(Convert.ToInt32(_eval.Engine.Query($"from '{Data}' | where SEX == 1 | select n = count()").Rows[0][0]), Rows.Count(r => r.Sex == 1));
        Assert.True(Rows.Any(r => r.Score > 0.5));
        Assert.False(Rows.Any(r => r.Score > 2));
        Assert.Equal("v1", Rows.Where(r => r.ModelVersion == "v1").Select(r => r.ModelVersion).First());
        var projected = Rows.Where(r => r.Label == 1).Select(r => new { r.Score, Error = r.FicoPredicted - r.FicoActual }).Take(3).ToList();
        Assert.Equal(3, projected.Count);
    }

    [Fact]
    public async Task Async_streaming_and_arrow_batches()
    {
        var query = Rows.GroupBy(r => r.ModelVersion).Select(g => new { Model = g.Key, Mae = g.Mae(r => r.FicoActual, r => r.FicoPredicted), Mean = g.Average(r => r.Score) });
        var list = await query.ToListAsync();
        var streamed = new List<string>();
        await foreach (var row in query.AsAsyncEnumerable()) streamed.Add(row.Model);
        Assert.Equal(list.Select(r => r.Model).OrderBy(m => m), streamed.OrderBy(m => m));
        var batches = await query.ToArrowAsync();
        Assert.Equal(list.Count, batches.Sum(b => b.Length));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => query.ToListAsync(cancelled.Token));
    }

    [Fact]
    public void Metrics_in_memory_give_the_engine_s_numbers()
    {
        var all = Rows.ToList();
        var engine = Rows.GroupBy(r => 1).Select(g => new
        {
            Rmse = g.Rmse(r => r.FicoActual, r => r.FicoPredicted),
            R2 = g.RSquared(r => r.FicoActual, r => r.FicoPredicted),
            Auc = g.Auc(r => r.Label, r => r.Score),
        }).Single();
        Assert.Equal(engine.Rmse, all.Rmse(r => r.FicoActual, r => r.FicoPredicted));
        Assert.Equal(engine.R2, all.RSquared(r => r.FicoActual, r => r.FicoPredicted));
        Assert.Equal(engine.Auc, all.Auc(r => r.Label, r => r.Score));

        // Everything else runs the catalog call on an in-memory engine over the selected values: the same numbers.
        var more = Rows.GroupBy(r => 1).Select(g => new
        {
            F1 = g.F1(r => r.Label, r => r.Score, threshold: 0.4),
            Mcc = g.Mcc(r => r.Label, r => r.Score, threshold: 0.5),
            LogLoss = g.LogLoss(r => r.Label, r => r.Score),
            Mape = g.Mape(r => r.FicoActual, r => r.FicoPredicted),
            MaxError = g.MaxError(r => r.FicoActual, r => r.FicoPredicted),
            WeightedAuc = g.Auc(r => r.Label, r => r.Score, weight: r => r.Score),
            Cm = g.ConfusionMatrix(r => r.Label, r => r.Score, threshold: 0.5),
        }).Single();
        Assert.Equal(more.F1, all.F1(r => r.Label, r => r.Score, threshold: 0.4));
        Assert.Equal(more.Mcc, all.Mcc(r => r.Label, r => r.Score, threshold: 0.5));
        Assert.Equal(more.LogLoss, all.LogLoss(r => r.Label, r => r.Score));
        Assert.Equal(more.Mape, all.Mape(r => r.FicoActual, r => r.FicoPredicted));
        Assert.Equal(more.MaxError, all.MaxError(r => r.FicoActual, r => r.FicoPredicted));
        Assert.Equal(more.WeightedAuc, all.Auc(r => r.Label, r => r.Score, weight: r => r.Score));
        Assert.Equal(more.Cm, all.ConfusionMatrix(r => r.Label, r => r.Score, threshold: 0.5));
        Assert.True(double.IsNaN(Array.Empty<Inference>().Rmse(r => r.FicoActual, r => r.FicoPredicted)));
        Assert.True(double.IsNaN(Array.Empty<Inference>().F1(r => r.Label, r => r.Score, threshold: 0.5)));
    }

    [Fact]
    public void Untranslatable_expressions_fail_before_running_naming_the_method()
    {
        var error = Assert.Throws<NotSupportedException>(() => Rows.Where(r => r.ModelVersion.ToUpperInvariant() == "V1").ToList());
        Assert.Contains("ToUpperInvariant", error.Message);
        error = Assert.Throws<NotSupportedException>(() => Rows.GroupBy(r => r.ModelVersion).Select(g => g.Rmse(r => Math.Abs(r.FicoActual), r => r.FicoPredicted)).ToList());
        Assert.Contains("Rmse", error.Message);
        error = Assert.Throws<NotSupportedException>(() => Rows.GroupBy(r => r.ModelVersion.Trim()).Select(g => g.Count()).ToList());
        Assert.Contains("Trim", error.Message);
        error = Assert.Throws<NotSupportedException>(() => Rows.Reverse().ToList());
        Assert.Contains("Reverse", error.Message);
        Assert.Throws<NotSupportedException>(() => new[] { new { At = DateTimeOffset.Now, Y = 1.0 } }.Rmse(r => r.At, r => r.Y));
    }

    public void Dispose() => _eval.Dispose();
}
