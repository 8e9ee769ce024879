using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Evaluation.Language.Printing;
using Evaluation.Linq.Translation;

namespace Evaluation.Linq;

/// <summary>Translates LINQ expressions (through the cache) and runs them on the context's engine.</summary>
internal sealed class EvaluationQueryProvider(EvaluationContext context) : IQueryProvider
{
    public EvaluationContext Context => context;

    public IQueryable CreateQuery(Expression expression)
    {
        var element = expression.Type.GetInterfaces().Append(expression.Type)
            .First(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IQueryable<>)).GetGenericArguments()[0];
        return (IQueryable)Activator.CreateInstance(typeof(EvaluationQuery<>).MakeGenericType(element), this, expression)!;
    }

    public IQueryable<TElement> CreateQuery<TElement>(Expression expression) => new EvaluationQuery<TElement>(this, expression);

    public object? Execute(Expression expression) =>
        typeof(EvaluationQueryProvider).GetMethod(nameof(ExecuteTerminal), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(expression.Type).Invoke(this, new object[] { expression, CancellationToken.None });

    public TResult Execute<TResult>(Expression expression) => ExecuteTerminal<TResult>(expression, CancellationToken.None);

    /// <summary>The query as DSL text: its AST printed, nothing planned or run.</summary>
    public string Dsl(Expression expression) => DslPrinter.Print(TranslationCache.Get(expression).Query);

    /// <summary>The SQL the engine plans the query to, and its parameters, without running it.</summary>
    public (string Sql, IReadOnlyList<object?> Parameters) Sql(Expression expression) => context.Engine.Sql(TranslationCache.Get(expression).Query);

    public IEnumerable<T> Enumerate<T>(Expression expression, CancellationToken cancellation)
    {
        var (translated, query, values) = TranslationCache.Get(expression);
        var result = context.Engine.QueryArrow(query, cancellation);
        return BatchReader.Read<T>(result.Batches, translated, values);
    }

    public async IAsyncEnumerable<T> EnumerateAsync<T>(Expression expression, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var (translated, query, values) = TranslationCache.Get(expression);
        var result = context.Engine.QueryArrow(query, cancellation);
        using var batches = result.Batches.GetEnumerator();
        // DuckDB computes a batch synchronously: each one is fetched off the caller's thread.
        while (await Task.Run(batches.MoveNext, cancellation).ConfigureAwait(false))
            foreach (var item in BatchReader.Read<T>(new[] { batches.Current }, translated, values))
                yield return item;
    }

    internal TResult ExecuteTerminal<TResult>(Expression expression, CancellationToken cancellation)
    {
        var (translated, query, values) = TranslationCache.Get(expression);
        var batches = context.Engine.QueryArrow(query, cancellation).Batches;
        if (translated.Terminal == Terminal.Any) return (TResult)(object)batches.Any(b => b.Length > 0);
        var rows = BatchReader.Read<TResult>(batches, translated, values);
        return translated.Terminal switch
        {
            Terminal.First => rows.First(),
            Terminal.FirstOrDefault => rows.FirstOrDefault()!,
            Terminal.Single => rows.Single(),
            Terminal.SingleOrDefault => rows.SingleOrDefault()!,
            Terminal.Count or Terminal.LongCount => rows.Single(),
            _ => throw new NotSupportedException($"`{expression}` does not end in a terminal operator."),
        };
    }
}
