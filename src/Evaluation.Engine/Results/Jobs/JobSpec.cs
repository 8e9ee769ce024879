namespace Evaluation.Engine.Results.Jobs;

/// <summary>What an evaluation job is called and what it refers to (<c>evalq eval</c>'s options).</summary>
public sealed record JobSpec
{
    /// <summary>The result's unique name.</summary>
    public required string Name { get; init; }

    /// <summary>The model evaluated.</summary>
    public string? Model { get; init; }

    /// <summary>The benchmark the job belongs to.</summary>
    public string? Benchmark { get; init; }

    /// <summary>The dataset evaluated on.</summary>
    public string? Dataset { get; init; }

    /// <summary>Free tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();

    /// <summary>Parameters of the job, by name.</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = new Dictionary<string, string>();

    /// <summary>Save the per-row scores as JSONL beside the result.</summary>
    public bool RowScores { get; init; }
}
