using Evaluation.Engine.Aggregates.Kernels;
using Evaluation.Engine.DuckDb;

namespace Evaluation.Engine.Aggregates;

/// <summary>
/// A group's scores so far, by class: counted per distinct score while there are at most
/// <see cref="ScoreCounts.MaxDistinct"/> of them, else collected as keys (8 bytes a row). The
/// two give the same result; moving from counts to keys expands each count back into keys.
/// </summary>
internal sealed class ScoredLabels
{
    private readonly Blocks<ScoreKey>[] _byClass = { new(), new() }; // negatives, positives: a row's class picks without a branch

    public ScoreCounts? Counts { get; private set; } = new();
    public Blocks<ScoreKey> Positives => _byClass[1];
    public Blocks<ScoreKey> Negatives => _byClass[0];

    public void Add(ulong key, bool positive)
    {
        if (Counts is { } counts && counts.Add(key, positive)) return;
        if (Counts is not null) Spill();
        _byClass[positive ? 1 : 0].Add(new ScoreKey(key));
    }

    /// <summary>Collects the keys of rows <paramref name="rows"/> once counting has stopped (NaN scores left out).</summary>
    public void AddKeys(ReadOnlySpan<double> scores, ReadOnlySpan<byte> positive, ReadOnlySpan<int> rows)
    {
        var byClass = _byClass;
        foreach (var row in rows)
        {
            var score = scores[row];
            if (double.IsNaN(score)) continue;
            byClass[positive[row] & 1].Add(ScoreKey.Of(score));
        }
    }

    /// <summary>Stops counting: every counted row becomes a key.</summary>
    public void Spill()
    {
        if (Counts is not { } counts) return;
        Counts = null;
        foreach (var (key, positives, negatives) in counts.Entries())
        {
            for (long i = 0; i < positives; i++) Positives.Add(new ScoreKey(key));
            for (long i = 0; i < negatives; i++) Negatives.Add(new ScoreKey(key));
        }
    }

    public void Absorb(ScoredLabels source)
    {
        if (Counts is { } counts && source.Counts is { } theirs && counts.TryAbsorb(theirs)) return;
        Spill();
        source.Spill();
        Positives.Absorb(source.Positives);
        Negatives.Absorb(source.Negatives);
    }
}

/// <summary>A group's weighted scores so far, by class: 16 bytes a row.</summary>
internal sealed class WeightedScoredLabels
{
    public Blocks<WeightedScore> Positives { get; } = new();
    public Blocks<WeightedScore> Negatives { get; } = new();
}

/// <summary>
/// <c>evalq_auc(score DOUBLE, positive BOOLEAN)</c> and <c>evalq_average_precision(…)</c>: a metric of
/// the ranking of scores, from the group's scores split by class and sorted at the end. The
/// planner passes the score of the class the metric ranks and whether the row's truth is that
/// class, inside a FILTER that keeps only present rows; rows with a NULL or NaN anyway are skipped.
/// </summary>
internal sealed class ScoreRankingAggregate(string name, Func<ScoreRunCursor, double> metric)
    : NativeAggregate<ScoredLabels>(name, AggregateArgument.Double, AggregateArgument.Boolean)
{
    protected override ScoredLabels Create() => new();

    protected override void Update(ScoredLabels state, AggregateInput input, ReadOnlySpan<int> rows)
    {
        var scores = input.Doubles(0);
        var labels = input.Booleans(1);
        var checkNulls = !scores.Validity.IsEmpty || !labels.Validity.IsEmpty;
        if (!checkNulls)
        {
            // No NULLs: tight loops; a score that no longer fits the counts leaves the rest to the loop below.
            if (state.Counts is not { } counts)
            {
                state.AddKeys(scores.Values, labels.Values, rows);
                return;
            }
            var taken = counts.AddRows(scores.Values, labels.Values, rows);
            if (taken == rows.Length) return;
            rows = rows[taken..];
        }
        var values = scores.Values;
        var positive = labels.Values;
        foreach (var row in rows)
        {
            if (checkNulls && (!scores.IsValid(row) || !labels.IsValid(row))) continue;
            var score = values[row];
            if (double.IsNaN(score)) continue;
            state.Add(SortableKeys.Of(score), positive[row] != 0);
        }
    }

    protected override void Combine(ScoredLabels source, ScoredLabels target) => target.Absorb(source);

    protected override double? Finalize(ScoredLabels state)
    {
        if (state.Counts is { } counts) return metric(new ScoreRunCursor(counts.Sorted()));
        return metric(new ScoreRunCursor(SortedScores.Sorted(state.Positives, state.Negatives)));
    }
}

/// <summary>
/// <c>evalq_auc_weighted(score DOUBLE, positive BOOLEAN, weight DOUBLE)</c> and
/// <c>evalq_average_precision_weighted(…)</c>: as <see cref="ScoreRankingAggregate"/>, with each
/// row's weight (scikit-learn's sample_weight).
/// </summary>
internal sealed class WeightedScoreRankingAggregate(string name, Func<SortedWeightedScores, double> metric)
    : NativeAggregate<WeightedScoredLabels>(name, AggregateArgument.Double, AggregateArgument.Boolean, AggregateArgument.Double)
{
    protected override WeightedScoredLabels Create() => new();

    protected override void Update(WeightedScoredLabels state, AggregateInput input, ReadOnlySpan<int> rows)
    {
        var scores = input.Doubles(0);
        var labels = input.Booleans(1);
        var weights = input.Doubles(2);
        foreach (var row in rows)
        {
            if (!scores.IsValid(row) || !labels.IsValid(row) || !weights.IsValid(row)) continue;
            var score = scores.Values[row];
            var weight = weights.Values[row];
            if (double.IsNaN(score) || double.IsNaN(weight)) continue;
            var item = new WeightedScore(SortableKeys.Of(score), weight);
            if (labels.Values[row] != 0) state.Positives.Add(item);
            else state.Negatives.Add(item);
        }
    }

    protected override void Combine(WeightedScoredLabels source, WeightedScoredLabels target)
    {
        target.Positives.Absorb(source.Positives);
        target.Negatives.Absorb(source.Negatives);
    }

    protected override double? Finalize(WeightedScoredLabels state)
    {
        var positives = state.Positives.Drain();
        return metric(SortedWeightedScores.Sorted(positives, state.Negatives.Drain()));
    }
}
