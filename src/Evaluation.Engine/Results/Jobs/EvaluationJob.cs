using System.Diagnostics;
using Evaluation.Engine.Results.Scores;
using Evaluation.Engine.Results.Store;
using Evaluation.Language;
using Evaluation.Language.Ast;
using Evaluation.Language.Printing;

namespace Evaluation.Engine.Results.Jobs;

/// <summary>
/// An evaluation job: runs one query and saves what it gave as a result, with the query (as
/// written, canonical DSL and JSON), the files it read (size and SHA-256), the job's references,
/// tags and params, its status and duration, and per metric NeMo's aggregate fields over the
/// query's rows. A query that fails or is cancelled is saved too, with that status and the
/// error, so the record of what was tried is complete.
/// </summary>
public static class EvaluationJob
{
    /// <summary>Runs <paramref name="queryText"/> (DSL or JSON) and saves the result in <paramref name="store"/>.</summary>
    /// <returns>The saved result; its <see cref="ResultRun.Status"/> says whether the query ran.</returns>
    /// <exception cref="ResultStoreException">The name is invalid or taken (checked before the query runs), or the result cannot be written.</exception>
    public static SavedResult Run(EngineOptions options, string queryText, JobSpec spec, ResultStore store, CancellationToken cancellation = default)
    {
        if (ResultNames.Problem(spec.Name) is { } problem) throw new ResultStoreException(problem);
        if (store.Contains(spec.Name))
            throw new ResultStoreException($"a result named `{spec.Name}` already exists in {store.Folder}; results are never overwritten: choose another name or delete it first");

        var created = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var run = new ResultRun
        {
            Name = spec.Name, CreatedAt = created, StartedAt = created, QueryText = queryText,
            Model = spec.Model, Benchmark = spec.Benchmark, Dataset = spec.Dataset, Tags = spec.Tags, Params = spec.Params,
        };
        IReadOnlyList<ResultScore> scores = Array.Empty<ResultScore>();
        try
        {
            var parsed = QueryText.Parse(queryText);
            if (parsed.HasErrors || parsed.Value is null) throw new QueryException(parsed.Diagnostics);
            var query = parsed.Value;
            run = run with
            {
                QueryDsl = DslPrinter.Print(query), QueryJson = JsonPrinter.Print(query),
                Sources = SourceFiles.Of(query, options.Sources),
            };
            QueryResult result;
            using (var engine = EvaluationEngine.Open(options)) result = engine.Query(query, cancellation);
            var metrics = JobMetrics.Of(query, result);
            if (metrics.Metrics.Count == 0)
                throw new QueryException("the query computes no metric: select at least one function (e.g. `select error = rmse(y, p)`) for the job to score");
            scores = metrics.Metrics.Select(m => Score(m.Name, result.Rows.Select(m.Value).ToList())).ToList();
            if (spec.RowScores)
                run = run with { RowScoresFile = store.WriteRowScores(spec.Name, writer => RowScores.Write(result, metrics, writer)) };
        }
        catch (QueryException e)
        {
            run = run with { Status = ResultStatus.Failed, Error = e.Message };
        }
        catch (OperationCanceledException)
        {
            run = run with { Status = ResultStatus.Cancelled, Error = "cancelled before the query finished" };
        }
        var finished = created + clock.Elapsed;
        run = run with { FinishedAt = finished, UpdatedAt = created, DurationMs = clock.Elapsed.TotalMilliseconds };
        var saved = new SavedResult(run, scores);
        store.Save(saved);
        return saved;
    }

    /// <summary>One metric's score: NeMo's range fields for numbers, rubric fields for labels; the score is the mean.</summary>
    private static ResultScore Score(string metric, IReadOnlyList<object?> values)
    {
        if (JobMetrics.IsCategorical(values))
            return new ResultScore { Metric = metric, Rubric = ScoreStatistics.Summarise(values.Select(v => v?.ToString())) };
        var summary = ScoreStatistics.Summarise(values.Select(JobMetrics.Number));
        return new ResultScore { Metric = metric, Score = summary.Mean, Summary = summary };
    }
}
