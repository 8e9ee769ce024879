namespace Evaluation.Engine;

/// <summary>What <c>evalq explain</c> shows: the query as canonical DSL, the SQL with its parameters, and DuckDB's plan.</summary>
public sealed record Explanation(string Dsl, string Json, string Sql, IReadOnlyList<object?> Parameters, string Plan);
