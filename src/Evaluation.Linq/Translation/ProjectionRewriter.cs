using System.Linq.Expressions;
using Evaluation.Language.Ast;

namespace Evaluation.Linq.Translation;

/// <summary>
/// Rewrites a projection's body into a reader (<see cref="Projection"/>): over a grouping, group
/// keys and aggregates become output columns; over rows, columns do. A reference to the lambda's
/// parameter that is neither fails with the expression named.
/// </summary>
internal sealed class ProjectionRewriter : ExpressionVisitor
{
    private readonly Projection _projection;
    private readonly ParameterExpression _parameter;
    private readonly IReadOnlyList<KeyPart>? _keys;
    private readonly AggregateCalls? _aggregates;
    private readonly Dictionary<Expression, int> _slots;
    private string? _hint;

    private ProjectionRewriter(Projection projection, ParameterExpression parameter, IReadOnlyList<KeyPart>? keys, AggregateCalls? aggregates, Dictionary<Expression, int> slots)
    {
        _projection = projection;
        _parameter = parameter;
        _keys = keys;
        _aggregates = aggregates;
        _slots = slots;
    }

    /// <summary>A projection over a grouping: <c>g => new { g.Key.Model, Rmse = g.Rmse(…) }</c>.</summary>
    public static Expression OverGroups(Projection projection, LambdaExpression selector, IReadOnlyList<KeyPart> keys, Dictionary<Expression, int> slots) =>
        new ProjectionRewriter(projection, selector.Parameters[0], keys, new AggregateCalls(selector.Parameters[0], slots), slots).Visit(selector.Body);

    /// <summary>A projection over rows: <c>r => new { r.Score, r.Label }</c>.</summary>
    public static Expression OverRows(Projection projection, LambdaExpression selector, Dictionary<Expression, int> slots) =>
        new ProjectionRewriter(projection, selector.Parameters[0], null, null, slots).Visit(selector.Body);

    /// <summary>A client value (a captured local, <c>since.AddDays(-1)</c>) is read from the execution's values, not compiled in.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(node))]
    public override Expression? Visit(Expression? node) =>
        node is not null && _slots.TryGetValue(node, out var slot) ? _projection.Value(slot, node.Type) : base.Visit(node);

    protected override Expression VisitNew(NewExpression node)
    {
        var arguments = new List<Expression>();
        for (var i = 0; i < node.Arguments.Count; i++)
        {
            _hint = node.Members?[i].Name ?? node.Constructor?.GetParameters()[i].Name;
            arguments.Add(Visit(node.Arguments[i]));
        }
        _hint = null;
        return node.Update(arguments);
    }

    // An initialiser's constructor stays a constructor (a client value there would not be a NewExpression).
    protected override Expression VisitMemberInit(MemberInitExpression node) =>
        node.Update((NewExpression)VisitNew(node.NewExpression), Visit(node.Bindings, VisitMemberBinding));

    protected override Expression VisitListInit(ListInitExpression node) =>
        node.Update((NewExpression)VisitNew(node.NewExpression), Visit(node.Initializers, VisitElementInit));

    protected override MemberAssignment VisitMemberAssignment(MemberAssignment node)
    {
        _hint = node.Member.Name;
        var value = Visit(node.Expression);
        _hint = null;
        return node.Update(value);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (_keys is null && node.Expression == _parameter)
        {
            // A column of the rows.
            var column = ColumnNames.Of(node.Member);
            _projection.SelectColumn(column, node.Type);
            return _projection.Read(column, node.Type);
        }
        if (_keys is not null && node.Expression is MemberExpression { Member.Name: "Key" } key && key.Expression == _parameter)
        {
            var part = _keys.FirstOrDefault(k => k.Member == node.Member.Name)
                ?? throw new NotSupportedException($"`{node}` is not a member of the group key.");
            return _projection.Read(part.Output, node.Type);
        }
        if (_keys is not null && node.Member.Name == "Key" && node.Expression == _parameter)
        {
            if (_keys.Count == 1 && _keys[0].Member is null) return _projection.Read(_keys[0].Output, node.Type);
            throw new NotSupportedException($"`{node}`: read the composite key's members (g.Key.Name), not the key as a whole.");
        }
        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (_aggregates?.Translate(node) is { } call)
        {
            var alias = _projection.Alias(_hint);
            _projection.Items.Add(v => new ExprItem(call(v), new Name(alias), null));
            return _projection.Read(alias, node.Type);
        }
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitLambda<T>(Expression<T> node) =>
        throw new NotSupportedException($"The lambda `{node}` inside the projection cannot be translated: aggregate over the group with Count, Sum, Average, Min, Max or a metric method.");

    protected override Expression VisitParameter(ParameterExpression node) => node == _parameter
        ? throw new NotSupportedException(_keys is null
            ? $"The projection uses the row `{node.Name}` itself; project its members (r => new {{ r.Score, r.Label }})."
            : $"The projection uses the group `{node.Name}` in a way that cannot be translated; use g.Key, its members, and aggregates of g.")
        : node;
}
