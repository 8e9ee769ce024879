using Evaluation.Engine.Aggregates.Kernels;
using Evaluation.Engine.DuckDb;

namespace Evaluation.Engine.Aggregates;

/// <summary>
/// <c>evalq_auc_counted(score DOUBLE, positives BIGINT, rows BIGINT)</c> and
/// <c>evalq_average_precision_counted(…)</c>: the metric of <see cref="ScoreRankingAggregate"/> over
/// rows already counted per distinct score — each input row is a score with how many rows of the
/// group hold it and how many of those are positive (the planner's <c>GROUP BY score</c> below it,
/// <see cref="Sql.CountedScores"/>). The group's scores are collected with their counts (24 bytes a
/// distinct score), sorted once at the end, and a score that arrives more than once (from two
/// threads, or −0 beside +0) is one run: the same runs, so the same result to the bit, as the
/// row-by-row aggregate over the rows that were counted. Rows with a NULL or NaN score, or a NULL
/// count, are skipped, as the row-by-row aggregate skips the rows behind them.
/// </summary>
internal sealed class CountedScoreRankingAggregate(string name, Func<ScoreRunCursor, double> metric)
    : NativeAggregate<Blocks<CountedScore>>(name, AggregateArgument.Double, AggregateArgument.BigInt, AggregateArgument.BigInt)
{
    protected override Blocks<CountedScore> Create() => new();

    protected override void Update(Blocks<CountedScore> state, AggregateInput input, ReadOnlySpan<int> rows)
    {
        var scores = input.Doubles(0);
        var positives = input.Longs(1);
        var counted = input.Longs(2);
        foreach (var row in rows)
        {
            if (!scores.IsValid(row) || !positives.IsValid(row) || !counted.IsValid(row)) continue;
            var score = scores.Values[row];
            var (p, n) = (positives.Values[row], counted.Values[row]);
            if (p < 0 || p > n)
                throw new InvalidOperationException($"{Name}: a score counted {n} rows with {p} positive ones");
            if (double.IsNaN(score) || n == 0) continue;
            state.Add(new CountedScore(SortableKeys.Of(score), n - p, p));
        }
    }

    protected override void Combine(Blocks<CountedScore> source, Blocks<CountedScore> target) => target.Absorb(source);

    protected override double? Finalize(Blocks<CountedScore> state) => metric(new ScoreRunCursor(CountedScore.Runs(state.Drain())));
}
