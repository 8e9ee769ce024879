using Evaluation.Linq.Translation;
using Xunit;

namespace Evaluation.Linq.Tests;

/// <summary>Shape keys: queries that differ in a type never share a translation, even when the types are first met on many threads at once.</summary>
public sealed class ShapeKeyTests : IDisposable
{
    private readonly EvaluationContext _eval = EvaluationContext.Open();

    public sealed record A(double X);
    public sealed record B(double X);
    public sealed record C(double X);
    public sealed record D(double X);

    [Fact]
    public void Types_first_met_concurrently_get_distinct_keys()
    {
        var keys = new System.Collections.Concurrent.ConcurrentBag<(Type, string)>();
        Parallel.Invoke(
            () => keys.Add((typeof(A), ExpressionShape.Of(_eval.Objects(new[] { new A(1) }).Where(r => r.X > 0).Expression).Key)),
            () => keys.Add((typeof(B), ExpressionShape.Of(_eval.Objects(new[] { new B(1) }).Where(r => r.X > 0).Expression).Key)),
            () => keys.Add((typeof(C), ExpressionShape.Of(_eval.Objects(new[] { new C(1) }).Where(r => r.X > 0).Expression).Key)),
            () => keys.Add((typeof(D), ExpressionShape.Of(_eval.Objects(new[] { new D(1) }).Where(r => r.X > 0).Expression).Key)));
        Assert.Equal(4, keys.Select(k => k.Item2).Distinct().Count());
    }

    [Fact]
    public void Dsl_text_needs_no_engine()
    {
        // A source that does not exist: printing the query plans nothing, so it cannot fail.
        var query = _eval.Parquet<A>("/nowhere/missing.parquet").Where(r => r.X > 1);
        Assert.Equal("from '/nowhere/missing.parquet'\n| where X > 1\n| select X", query.ToDsl().Replace("\r\n", "\n").TrimEnd());
    }

    public void Dispose() => _eval.Dispose();
}
