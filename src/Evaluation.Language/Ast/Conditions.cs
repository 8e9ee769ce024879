namespace Evaluation.Language.Ast;

/// <summary>A filter condition.</summary>
public abstract record Condition : Node;

/// <summary>
/// <c>property comparator value</c>. <see cref="Comparator"/> is null when the request left it
/// out (Arthur's condition lists default to <c>eq</c>); the DSL writes that as <c>=</c> and an
/// explicit <c>eq</c> as <c>==</c>, so both forms print back as they were written.
/// </summary>
public sealed record Comparison(ColumnRef Property, Comparator? Comparator, Expr? Value) : Condition
{
    /// <summary>The comparator in force (<c>eq</c> when none was written).</summary>
    public Comparator EffectiveComparator => Comparator ?? Ast.Comparator.Eq;

    /// <summary>The span of the comparator word or symbol.</summary>
    public SourceSpan ComparatorSpan { get; init; } = SourceSpan.None;

    /// <summary>Structural equality; spans are not part of it.</summary>
    public bool Equals(Comparison? other) =>
        base.Equals(other) && Property.Equals(other!.Property) && Comparator == other.Comparator && Equals(Value, other.Value);

    /// <inheritdoc />
    public override int GetHashCode() => (Property.GetHashCode() * 397) ^ (Comparator?.GetHashCode() ?? -1);
}

/// <summary>Every operand holds.</summary>
public sealed record AndCondition(NodeList<Condition> Operands) : Condition;

/// <summary>At least one operand holds.</summary>
public sealed record OrCondition(NodeList<Condition> Operands) : Condition;

/// <summary>The operand does not hold.</summary>
public sealed record NotCondition(Condition Operand) : Condition;
