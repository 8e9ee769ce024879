using System.Linq.Expressions;
using System.Reflection;
using Apache.Arrow;
using Evaluation.Language.Ast;
using Evaluation.Linq.Materialization;

namespace Evaluation.Linq.Translation;

/// <summary>A group key: how the query computes it and which output column holds it.</summary>
internal sealed record KeyPart(string? Member, Func<object?[], SelectItem> Item, GroupKey Key, string Output);

/// <summary>
/// The select list a projection needs and the reader that builds each result from it. The
/// projection's body is rewritten: every part the query computes (a column, a group key, an
/// aggregate) becomes a read of an output column, and whatever is left — constructors, member
/// initialisers, tuples, arithmetic on the results — runs on the client as compiled code.
/// </summary>
internal sealed class Projection
{
    private static readonly MethodInfo ReadMethod = typeof(ArrowRead).GetMethod(nameof(ArrowRead.Value))!;

    private readonly ParameterExpression _arrays = Expression.Parameter(typeof(IArrowArray[]), "arrays");
    private readonly ParameterExpression _row = Expression.Parameter(typeof(int), "row");
    private readonly ParameterExpression _values = Expression.Parameter(typeof(object?[]), "values");
    private readonly List<string> _columns = new();
    private readonly HashSet<string> _aliases = new(StringComparer.Ordinal);

    /// <summary>Select items in order.</summary>
    public List<Func<object?[], SelectItem>> Items { get; } = new();

    /// <summary>
    /// True when a row column read is a list (of boxes): selecting a list by name reads one row per
    /// element (Arthur's rule), so rows holding lists select <c>*</c> and the reader takes columns by name.
    /// </summary>
    public bool ReadsLists { get; private set; }

    /// <summary>Selects a source column by its own name, for a read of <paramref name="type"/>.</summary>
    public void SelectColumn(string column, Type type)
    {
        if (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)) ReadsLists = true;
        if (!Claim(column)) return;
        var item = new ExprItem(new ColumnRef(column), null, null);
        Items.Add(_ => item);
    }

    /// <summary>Output columns the reader reads, in order.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>A projected member → the output column holding it (when the member is exactly one computed value): what OrderBy can name.</summary>
    public Dictionary<string, string> MemberColumns { get; } = new(StringComparer.Ordinal);

    /// <summary>An expression reading output column <paramref name="output"/> as <paramref name="type"/>.</summary>
    public Expression Read(string output, Type type)
    {
        var index = _columns.IndexOf(output);
        if (index < 0)
        {
            index = _columns.Count;
            _columns.Add(output);
        }
        return Expression.Call(ReadMethod.MakeGenericMethod(type), Expression.ArrayIndex(_arrays, Expression.Constant(index)), _row);
    }

    /// <summary>
    /// An expression reading client value <paramref name="slot"/> of the current execution as
    /// <paramref name="type"/>: a cached reader serves every execution of its shape, so it must not
    /// hold the first execution's captured values.
    /// </summary>
    public Expression Value(int slot, Type type) =>
        Expression.Convert(Expression.ArrayIndex(_values, Expression.Constant(slot)), type);

    /// <summary>A fresh alias, from a member's name where there is one.</summary>
    public string Alias(string? hint)
    {
        var alias = string.IsNullOrEmpty(hint) ? "value" : hint!;
        var candidate = alias;
        for (var n = 2; !_aliases.Add(candidate); n++) candidate = alias + n;
        return candidate;
    }

    /// <summary>Claims an output name used as is (a column selected by its own name).</summary>
    public bool Claim(string name)
    {
        if (!_aliases.Add(name)) return false;
        _columnsByName.Add(name);
        return true;
    }

    private readonly HashSet<string> _columnsByName = new(StringComparer.Ordinal);

    /// <summary>Reserves an alias chosen elsewhere (a computed group key's).</summary>
    public void Reserve(string alias) => _aliases.Add(alias);

    /// <summary>True when an output is a source column selected under its own name (ordered as a property, not an alias).</summary>
    public bool IsColumn(string output) => _columnsByName.Contains(output);

    /// <summary>The compiled reader of a rewritten body: <c>Func&lt;IArrowArray[], int, object?[], TElement&gt;</c> (arrays, row, client values).</summary>
    public Delegate Compile(Expression body) =>
        Expression.Lambda(typeof(Func<,,,>).MakeGenericType(typeof(IArrowArray[]), typeof(int), typeof(object?[]), body.Type), body, _arrays, _row, _values).Compile();

    /// <summary>Records which members of a <c>new</c> or member-initialiser body are single output columns.</summary>
    public void MapMembers(Expression rewritten)
    {
        switch (rewritten)
        {
            case NewExpression n when n.Members is not null:
                for (var i = 0; i < n.Members.Count; i++)
                    if (OutputOf(n.Arguments[i]) is { } output) MemberColumns[n.Members[i].Name] = output;
                break;
            case NewExpression n when n.Constructor is not null:
                // Positional records and tuples: a parameter's name, its property (first letter up), or ItemN.
                foreach (var (parameter, i) in n.Constructor.GetParameters().Select((p, i) => (p, i)))
                {
                    if (OutputOf(n.Arguments[i]) is not { } output) continue;
                    MemberColumns[parameter.Name!] = output;
                    MemberColumns[char.ToUpperInvariant(parameter.Name![0]) + parameter.Name[1..]] = output;
                    MemberColumns["Item" + (i + 1)] = output;
                }
                break;
            case MemberInitExpression mi:
                foreach (var binding in mi.Bindings.OfType<MemberAssignment>())
                    if (OutputOf(binding.Expression) is { } output) MemberColumns[binding.Member.Name] = output;
                break;
            default:
                if (OutputOf(rewritten) is { } single) MemberColumns[""] = single;
                break;
        }
    }

    /// <summary>The output column an expression is a plain read of (through conversions), or null.</summary>
    private string? OutputOf(Expression expression) =>
        ColumnNames.StripConversions(expression) is MethodCallExpression { Method.Name: nameof(ArrowRead.Value) } call
        && call.Arguments[0] is BinaryExpression { Right: ConstantExpression { Value: int index } }
            ? _columns[index]
            : null;
}
