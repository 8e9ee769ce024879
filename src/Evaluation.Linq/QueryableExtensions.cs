using Apache.Arrow;
using Evaluation.Engine;
using Evaluation.Linq.Translation;

namespace Evaluation.Linq;

/// <summary>Running, streaming and showing LINQ queries over an <see cref="EvaluationContext"/>.</summary>
public static class QueryableExtensions
{
    /// <summary>Runs the query off the caller's thread and returns its results; cancelling stops the DuckDB query.</summary>
    public static async Task<List<T>> ToListAsync<T>(this IQueryable<T> query, CancellationToken cancellation = default)
    {
        var list = new List<T>();
        await foreach (var item in query.AsAsyncEnumerable().WithCancellation(cancellation).ConfigureAwait(false)) list.Add(item);
        return list;
    }

    /// <summary>The results as they stream in, batch by batch (<c>await foreach</c>).</summary>
    public static IAsyncEnumerable<T> AsAsyncEnumerable<T>(this IQueryable<T> query) =>
        query as IAsyncEnumerable<T> ?? throw NotOurs(query);

    /// <summary>
    /// The results as Arrow record batches with the query's output columns (no objects made), read
    /// off the caller's thread; cancelling stops the DuckDB query.
    /// </summary>
    public static Task<List<RecordBatch>> ToArrowAsync<T>(this IQueryable<T> query, CancellationToken cancellation = default)
    {
        var (provider, expression) = Of(query);
        return Task.Run(() =>
        {
            var (_, ast, _) = TranslationCache.Get(expression);
            return provider.Context.Engine.QueryArrow(ast, cancellation).Batches.ToList();
        }, cancellation);
    }

    /// <summary>The query as the language's DSL: the same query the LINQ expression is.</summary>
    public static string ToDsl<T>(this IQueryable<T> query)
    {
        var (provider, expression) = Of(query);
        return provider.Dsl(expression);
    }

    /// <summary>The DuckDB SQL the query runs, with its parameters listed after it.</summary>
    public static string ToSql<T>(this IQueryable<T> query)
    {
        var (provider, expression) = Of(query);
        var (sql, parameters) = provider.Sql(expression);
        return parameters.Count == 0 ? sql : sql + Environment.NewLine + "-- " + string.Join(", ", parameters.Select((p, i) => $"${i + 1} = {p ?? "NULL"}"));
    }

    private static (EvaluationQueryProvider Provider, System.Linq.Expressions.Expression Expression) Of<T>(IQueryable<T> query) =>
        query.Provider is EvaluationQueryProvider provider ? (provider, query.Expression) : throw NotOurs(query);

    private static NotSupportedException NotOurs<T>(IQueryable<T> query) =>
        new($"This query ({query.GetType().Name}) does not come from an EvaluationContext source.");
}
