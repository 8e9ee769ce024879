using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace Evaluation.Linq.Translation;

/// <summary>
/// A query expression split into its shape and its client values. Every largest subtree that does
/// not read a lambda's parameter (a captured local, a constant, <c>since.AddDays(-1)</c>) is a
/// value: evaluated here, on the client, and bound as a parameter; the shape is everything else,
/// written as a string key. Two executions of one query with new captured values share the key,
/// so the second reuses the first's translation (<see cref="TranslationCache"/>).
/// </summary>
internal sealed class ExpressionShape
{
    private static readonly ConcurrentDictionary<Type, int> TypeIds = new();
    private static int _nextTypeId;

    private ExpressionShape(string key, object?[] values, Dictionary<Expression, int> slots)
    {
        Key = key;
        Values = values;
        Slots = slots;
    }

    public string Key { get; }

    /// <summary>The client values in the order the shape meets them.</summary>
    public object?[] Values { get; }

    /// <summary>Each value's subtree (by reference) → its index in <see cref="Values"/>: what a first translation binds to.</summary>
    public Dictionary<Expression, int> Slots { get; }

    public static ExpressionShape Of(Expression expression)
    {
        var values = new Nominator();
        values.Visit(expression);
        var writer = new KeyWriter(values.Client);
        writer.Visit(expression);
        return new ExpressionShape(writer.Key.ToString(), writer.Values.ToArray(), writer.Slots);
    }

    /// <summary>A number per type, distinct for distinct types even when threads add them at once (a shared number would let two shapes share a key).</summary>
    private static int TypeId(Type type) => TypeIds.GetOrAdd(type, _ => Interlocked.Increment(ref _nextTypeId));

    /// <summary>Finds the largest subtrees that read no lambda parameter and no query root.</summary>
    private sealed class Nominator : ExpressionVisitor
    {
        private bool _blocked;

        public HashSet<Expression> Client { get; } = new(ReferenceEqualityComparer.Instance);

        public override Expression? Visit(Expression? node)
        {
            if (node is null) return null;
            var outer = _blocked;
            _blocked = false;
            base.Visit(node);
            var blocked = _blocked || !CanRunOnClient(node);
            // A client node's client children stay in the set: the key writer stops at the outermost one.
            if (!blocked) Client.Add(node);
            _blocked = outer || blocked;
            return node;
        }

        private static bool CanRunOnClient(Expression node) => node switch
        {
            ParameterExpression or LambdaExpression or UnaryExpression { NodeType: ExpressionType.Quote } => false,
            ConstantExpression { Value: IQueryable } => false,
            // A span (C# 14 binds array.Contains(x) to MemoryExtensions over a ReadOnlySpan) cannot be boxed: its array is the value.
            _ when node.Type.IsByRefLike => false,
            _ => true,
        };
    }

    /// <summary>Writes the shape and evaluates the client values, in one walk.</summary>
    private sealed class KeyWriter(HashSet<Expression> client) : ExpressionVisitor
    {
        public StringBuilder Key { get; } = new();
        public List<object?> Values { get; } = new();
        public Dictionary<Expression, int> Slots { get; } = new(ReferenceEqualityComparer.Instance);

        public override Expression? Visit(Expression? node)
        {
            if (node is null)
            {
                Key.Append('_');
                return null;
            }
            if (client.Contains(node))
            {
                Slots[node] = Values.Count;
                Values.Add(Evaluate(node));
                Key.Append("$").Append(TypeId(node.Type)).Append(';');
                return node;
            }
            Key.Append((int)node.NodeType).Append(':').Append(TypeId(node.Type));
            switch (node)
            {
                case ConstantExpression { Value: IQueryable query }:
                    Key.Append("Q").Append((query as IQueryRoot)?.Source?.Key ?? "?");
                    break;
                case MemberExpression m:
                    Key.Append('.').Append(m.Member.Name).Append('@').Append(TypeId(m.Member.DeclaringType!));
                    break;
                case MethodCallExpression c:
                    Key.Append('!').Append(c.Method.Name).Append('@').Append(TypeId(c.Method.DeclaringType!)).Append('/').Append(c.Method.GetParameters().Length);
                    if (c.Method.IsGenericMethod) foreach (var t in c.Method.GetGenericArguments()) Key.Append(',').Append(TypeId(t));
                    break;
                case ParameterExpression p:
                    Key.Append('p').Append(p.Name);
                    break;
                case NewExpression n when n.Constructor is not null:
                    Key.Append("new").Append(n.Members?.Count ?? -1);
                    break;
                case MemberInitExpression mi:
                    foreach (var b in mi.Bindings) Key.Append('=').Append(b.Member.Name);
                    break;
            }
            Key.Append('(');
            var result = base.Visit(node);
            Key.Append(')');
            return result;
        }
    }

    /// <summary>
    /// A client value: constants and chains of fields and properties over a constant (captured
    /// locals) by reflection; anything else (a method call on captured values) compiled and run.
    /// </summary>
    private static object? Evaluate(Expression node)
    {
        switch (node)
        {
            case ConstantExpression constant:
                return constant.Value;
            case MemberExpression member when member.Expression is null || member.Expression is ConstantExpression || member.Expression is MemberExpression:
                var target = member.Expression is null ? null : Evaluate(member.Expression);
                return member.Member switch
                {
                    FieldInfo field => field.GetValue(target),
                    PropertyInfo property => property.GetValue(target),
                    _ => Compile(node),
                };
            default:
                return Compile(node);
        }
    }

    private static object? Compile(Expression node) =>
        Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile(preferInterpretation: true)();
}
