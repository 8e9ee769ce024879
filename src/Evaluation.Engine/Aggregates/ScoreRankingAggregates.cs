using System.Numerics;
using System.Runtime.CompilerServices;
using Evaluation.Engine.Aggregates.Kernels;
using Evaluation.Engine.DuckDb;

namespace Evaluation.Engine.Aggregates;

/// <summary>
/// A group's scores so far, by class: collected as keys (8 bytes a row, sorted at the end), or,
/// once the group has shown that its scores repeat, counted per distinct score (one probe a row,
/// no sort; at most <see cref="ScoreCounts.MaxDistinct"/> scores). Every group starts with keys,
/// so a small group costs a few blocks of keys, never a hash table that would cost far more than
/// its rows. Each time the keys double from <see cref="FirstTrial"/> rows on, a trial count over
/// them is made, given up as soon as there are more than one distinct score per
/// <see cref="RowsPerScore"/> rows (so a trial over distinct scores stops early); when it holds, the
/// group counts from then on (its table then costs at most ~12 bytes a row). A new score that does
/// not fit the table turns the counts back into keys for good. Both forms give the same integers,
/// so the same result to the bit.
/// </summary>
internal sealed class ScoredLabels
{
    public const long FirstTrial = 1 << 14;
    public const int RowsPerScore = 16;
    private const long Never = long.MaxValue;

    private readonly Blocks<ScoreKey>[] _byClass = { new(), new() }; // negatives, positives: a row's class picks without a branch
    private long _nextTrial = FirstTrial;

    /// <summary>The counts, while the group counts; null while it collects keys.</summary>
    public ScoreCounts? Counts { get; private set; }
    public Blocks<ScoreKey> Positives => _byClass[1];
    public Blocks<ScoreKey> Negatives => _byClass[0];

    private long Keys => _byClass[0].Count + _byClass[1].Count;

    public void Add(ulong key, bool positive)
    {
        if (Counts is { } counts)
        {
            if (counts.Add(key, positive)) return;
            Spill();
        }
        _byClass[positive ? 1 : 0].Add(new ScoreKey(key));
        if (Keys >= _nextTrial) TryCounting();
    }

    /// <summary>Collects the keys of rows <paramref name="rows"/> (NaN scores left out; a nonzero class is positive) while the group collects keys.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddKeys<TClass>(ReadOnlySpan<double> scores, ReadOnlySpan<TClass> classes, ReadOnlySpan<int> rows)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        var byClass = _byClass;
        foreach (var row in rows)
        {
            var score = scores[row];
            if (double.IsNaN(score)) continue;
            byClass[TClass.IsZero(classes[row]) ? 0 : 1].Add(ScoreKey.Of(score));
        }
        if (Keys >= _nextTrial) TryCounting();
    }

    /// <summary>Collects keys from now on, for good: every counted row becomes a key.</summary>
    public void Spill()
    {
        _nextTrial = Never;
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
        // Counts meet counts: a side that still collects keys is counted first, if it fits.
        if ((Counts is not null || source.Counts is not null) && (Counts ?? TryCount(this, ScoreCounts.MaxDistinct)) is { } counts
            && (source.Counts ?? TryCount(source, ScoreCounts.MaxDistinct)) is { } theirs && counts.TryAbsorb(theirs))
        {
            Take(counts);
            return;
        }
        // Keys meet keys (either side may still count later, as a target of a later combine).
        if (Counts is not null) Spill();
        if (source.Counts is not null) source.Spill();
        Positives.Absorb(source.Positives);
        Negatives.Absorb(source.Negatives);
    }

    /// <summary>A trial count of the keys: kept when they hold at most one distinct score per <see cref="RowsPerScore"/> rows.</summary>
    private void TryCounting()
    {
        var keys = Keys;
        _nextTrial = keys > Never / 2 ? Never : keys * 2;
        if (TryCount(this, (int)Math.Min(ScoreCounts.MaxDistinct, keys / RowsPerScore)) is { } counts) Take(counts);
    }

    /// <summary>The keys of <paramref name="labels"/> counted, or null when more than <paramref name="limit"/> distinct scores (or a spilled group).</summary>
    private static ScoreCounts? TryCount(ScoredLabels labels, int limit)
    {
        if (labels._nextTrial == Never && labels.Counts is null) return null;
        var counts = new ScoreCounts(limit);
        for (var positive = 0; positive < 2; positive++)
            foreach (var part in labels._byClass[positive].Parts())
                if (!counts.TryAddKeys(part.Span, positive)) return null;
        counts.Unlimit();
        return counts;
    }

    /// <summary>Counts from now on with <paramref name="counts"/>, which hold every row of this group.</summary>
    private void Take(ScoreCounts counts)
    {
        Counts = counts;
        _byClass[0] = new Blocks<ScoreKey>();
        _byClass[1] = new Blocks<ScoreKey>();
    }
}

/// <summary>A group's weighted scores so far, by class: 16 bytes a row.</summary>
internal sealed class WeightedScoredLabels
{
    public Blocks<WeightedScore> Positives { get; } = new();
    public Blocks<WeightedScore> Negatives { get; } = new();
}

/// <summary>
/// <c>evalq_auc(score DOUBLE, class)</c> and <c>evalq_average_precision(…)</c>: a metric of the
/// ranking of scores, from the group's scores split by class and sorted at the end. The class is
/// BOOLEAN or an integer (<see cref="AggregateArgument.Class"/>; nonzero is the positive class):
/// the planner passes whether the row's truth is the class the metric ranks, or, for integer
/// labels whose used groups hold only 0 and 1, the label itself. Rows with a NULL or NaN are skipped.
/// </summary>
internal sealed class ScoreRankingAggregate(string name, Func<ScoreRunCursor, double> metric)
    : NativeAggregate<ScoredLabels>(name, AggregateArgument.Double, AggregateArgument.Class)
{
    protected override ScoredLabels Create() => new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Update(ScoredLabels state, AggregateInput input, ReadOnlySpan<int> rows)
    {
        var scores = input.Doubles(0);
        var classes = input.Classes(1);
        switch (classes.Width)
        {
            case 1: Update(state, scores, classes.As<byte>(), rows); break;
            case 2: Update(state, scores, classes.As<ushort>(), rows); break;
            case 4: Update(state, scores, classes.As<uint>(), rows); break;
            default: Update(state, scores, classes.As<ulong>(), rows); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Update<TClass>(ScoredLabels state, FlatColumn<double> scores, FlatColumn<TClass> classes, ReadOnlySpan<int> rows)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        if (scores.Validity.IsEmpty && classes.Validity.IsEmpty)
        {
            // No NULLs: tight loops; a score that no longer fits the counts turns them into keys for the rest.
            if (state.Counts is { } counts)
            {
                var taken = counts.AddRows(scores.Values, classes.Values, rows);
                if (taken == rows.Length) return;
                rows = rows[taken..];
                state.Spill();
            }
            state.AddKeys(scores.Values, classes.Values, rows);
            return;
        }
        foreach (var row in rows)
        {
            if (!scores.IsValid(row) || !classes.IsValid(row)) continue;
            var score = scores.Values[row];
            if (double.IsNaN(score)) continue;
            state.Add(SortableKeys.Of(score), !TClass.IsZero(classes.Values[row]));
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
/// <c>evalq_auc_weighted(score DOUBLE, class, weight DOUBLE)</c> and
/// <c>evalq_average_precision_weighted(…)</c>: as <see cref="ScoreRankingAggregate"/>, with each
/// row's weight (scikit-learn's sample_weight).
/// </summary>
internal sealed class WeightedScoreRankingAggregate(string name, Func<SortedWeightedScores, double> metric)
    : NativeAggregate<WeightedScoredLabels>(name, AggregateArgument.Double, AggregateArgument.Class, AggregateArgument.Double)
{
    protected override WeightedScoredLabels Create() => new();

    protected override void Update(WeightedScoredLabels state, AggregateInput input, ReadOnlySpan<int> rows)
    {
        var scores = input.Doubles(0);
        var classes = input.Classes(1);
        var weights = input.Doubles(2);
        switch (classes.Width)
        {
            case 1: Update(state, scores, classes.As<byte>(), weights, rows); break;
            case 2: Update(state, scores, classes.As<ushort>(), weights, rows); break;
            case 4: Update(state, scores, classes.As<uint>(), weights, rows); break;
            default: Update(state, scores, classes.As<ulong>(), weights, rows); break;
        }
    }

    private static void Update<TClass>(WeightedScoredLabels state, FlatColumn<double> scores, FlatColumn<TClass> classes, FlatColumn<double> weights, ReadOnlySpan<int> rows)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        foreach (var row in rows)
        {
            if (!scores.IsValid(row) || !classes.IsValid(row) || !weights.IsValid(row)) continue;
            var score = scores.Values[row];
            var weight = weights.Values[row];
            if (double.IsNaN(score) || double.IsNaN(weight)) continue;
            var item = new WeightedScore(SortableKeys.Of(score), weight);
            if (!TClass.IsZero(classes.Values[row])) state.Positives.Add(item);
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
