using System.Collections;
using System.Linq.Expressions;
using Evaluation.Language.Ast;

namespace Evaluation.Linq;

/// <summary>The root of a LINQ query: where its rows come from (the expression tree's constant).</summary>
internal sealed record QuerySource(Source Source, Type RowType)
{
    /// <summary>What the source contributes to a query's shape key: the source and the row type.</summary>
    public string Key { get; } = Source switch
    {
        PathSource path => "path:" + path.Path,
        NamedSource named => "name:" + named.Name,
        _ => Source.ToString(),
    } + "|" + RowType.AssemblyQualifiedName;
}

/// <summary>A query root: an <see cref="EvaluationQuery{T}"/> made from a source.</summary>
internal interface IQueryRoot
{
    QuerySource? Source { get; }
}

/// <summary>A LINQ query over an <see cref="EvaluationContext"/>'s source: enumerating it runs it.</summary>
internal sealed class EvaluationQuery<T> : IOrderedQueryable<T>, IAsyncEnumerable<T>, IQueryRoot
{
    private readonly EvaluationQueryProvider _provider;

    public EvaluationQuery(EvaluationQueryProvider provider, QuerySource source)
    {
        _provider = provider;
        Source = source;
        Expression = Expression.Constant(this);
    }

    public EvaluationQuery(EvaluationQueryProvider provider, Expression expression)
    {
        _provider = provider;
        Expression = expression;
    }

    /// <summary>The source when this is the root of a query; null for a query built on one.</summary>
    public QuerySource? Source { get; }

    public Type ElementType => typeof(T);

    public Expression Expression { get; }

    public IQueryProvider Provider => _provider;

    public IEnumerator<T> GetEnumerator() => _provider.Enumerate<T>(Expression, CancellationToken.None).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        _provider.EnumerateAsync<T>(Expression, cancellationToken).GetAsyncEnumerator(cancellationToken);

    public override string ToString() => _provider.Dsl(Expression);
}
