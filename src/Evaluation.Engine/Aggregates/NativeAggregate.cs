using Evaluation.Engine.DuckDb;

namespace Evaluation.Engine.Aggregates;

/// <summary>The SQL types an aggregate's arguments take (the planner casts to them).</summary>
internal enum AggregateArgument
{
    Double,
    BigInt,

    /// <summary>
    /// A row's class: BOOLEAN, or an integer of up to 64 bits read as it is stored (no cast, no
    /// comparison per row); nonzero (true) is the positive class. Registered as ANY, so DuckDB
    /// passes the column untouched; <see cref="AggregateInput.Classes"/> reads it at its width.
    /// </summary>
    Class,

    /// <summary>LIST(STRUCT(class_id BIGINT, confidence DOUBLE, top_left_x, top_left_y, width, height DOUBLE)).</summary>
    DetectedBoxes,

    /// <summary>LIST(STRUCT(class_id BIGINT, top_left_x, top_left_y, width, height DOUBLE)).</summary>
    TruthBoxes,
}

/// <summary>
/// A C# aggregate DuckDB runs: a name, argument types, and what to do with a state (a managed
/// object per group and thread). DuckDB calls <see cref="Update"/> with the rows of a chunk that
/// belong to one state (all of them when the query is not grouped), <see cref="Combine"/> to merge a thread's state into another (exactly: the result
/// must not depend on how rows were split), and <see cref="Finalize"/> once per group. An
/// exception thrown here fails the query with its message; it never reaches DuckDB's threads.
/// The native side (state memory, GC handles, callbacks) is <see cref="NativeAggregateRegistration"/>'s.
/// </summary>
internal abstract class NativeAggregate
{
    protected NativeAggregate(string name, params AggregateArgument[] arguments)
    {
        Name = name;
        Arguments = arguments;
    }

    /// <summary>The SQL function name (<c>evalq_…</c>, never a catalog name, so no user query can call it by accident).</summary>
    public string Name { get; }

    public IReadOnlyList<AggregateArgument> Arguments { get; }

    /// <summary>The catalog function it computes, which errors name.</summary>
    public virtual string DisplayName => Name;

    /// <summary>A new, empty state.</summary>
    public abstract object CreateState();

    /// <summary>Adds the chunk's rows <paramref name="rows"/> (ascending row numbers) to <paramref name="state"/>.</summary>
    public abstract void Update(object state, AggregateInput input, ReadOnlySpan<int> rows);

    /// <summary>Moves everything <paramref name="source"/> holds into <paramref name="target"/>; DuckDB drops the source after.</summary>
    public abstract void Combine(object source, object target);

    /// <summary>The group's value; NaN where it is undefined (the planner states why beside it); null for SQL NULL.</summary>
    public abstract double? Finalize(object state);
}

/// <summary>A <see cref="NativeAggregate"/> with a typed state.</summary>
internal abstract class NativeAggregate<TState> : NativeAggregate where TState : class
{
    protected NativeAggregate(string name, params AggregateArgument[] arguments) : base(name, arguments)
    {
    }

    public sealed override object CreateState() => Create();

    public sealed override void Update(object state, AggregateInput input, ReadOnlySpan<int> rows) => Update((TState)state, input, rows);

    public sealed override void Combine(object source, object target) => Combine((TState)source, (TState)target);

    public sealed override double? Finalize(object state) => Finalize((TState)state);

    protected abstract TState Create();

    protected abstract void Update(TState state, AggregateInput input, ReadOnlySpan<int> rows);

    protected abstract void Combine(TState source, TState target);

    protected abstract double? Finalize(TState state);
}

/// <summary>The struct fields of a box as the box-list aggregates take them, in order.</summary>
internal static class BoxFields
{
    private static readonly string[] Detected = { "class_id", "confidence", "top_left_x", "top_left_y", "width", "height" };
    private static readonly string[] Truth = { "class_id", "top_left_x", "top_left_y", "width", "height" };

    public static IReadOnlyList<string> Names(bool withConfidence) => withConfidence ? Detected : Truth;
}
