namespace Evaluation.Language.Ast;

/// <summary>
/// The base of every AST node. A node's <see cref="Span"/> says where it was written, but it
/// is not part of the node's identity: two trees are equal when they have the same shape and
/// values, wherever and however they were written. That is what makes
/// <c>parse(print(ast)) == ast</c> a meaningful test.
/// </summary>
public abstract record Node
{
    /// <summary>Where the node was written; <see cref="SourceSpan.None"/> when built in code.</summary>
    public SourceSpan Span { get; init; } = SourceSpan.None;

    /// <summary>Structural equality that ignores <see cref="Span"/>.</summary>
    public virtual bool Equals(Node? other) => other is not null && EqualityContract == other.EqualityContract;

    /// <inheritdoc />
    public override int GetHashCode() => EqualityContract.GetHashCode();
}
