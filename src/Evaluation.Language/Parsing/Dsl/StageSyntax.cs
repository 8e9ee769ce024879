using Evaluation.Language.Ast;

namespace Evaluation.Language.Parsing.Dsl;

/// <summary>
/// One parsed stage of a DSL pipeline, before the stages are assembled into query blocks.
/// <see cref="Rank"/> is the stage's place in a block: from, where, group by, select, pivot,
/// order by, limit, offset, page, on_undefined. A stage whose rank does not fit after the
/// current block's last stage starts a new block over the previous one (a subquery).
/// </summary>
internal abstract record StageSyntax(int Rank)
{
    public SourceSpan Span { get; init; }
}

internal sealed record FromStage(Source Source) : StageSyntax(0);

internal sealed record WhereStage(IReadOnlyList<Condition> Conditions) : StageSyntax(1);

internal sealed record GroupStage(IReadOnlyList<ExprItem> Keys) : StageSyntax(2);

internal sealed record SelectStage(bool Distinct, IReadOnlyList<SelectItem> Items) : StageSyntax(3);

internal sealed record PivotStage(Pivot Pivot) : StageSyntax(4);

internal sealed record OrderStage(IReadOnlyList<(ColumnRef Name, SortDirection? Direction, SourceSpan Span)> Keys) : StageSyntax(5);

internal sealed record LimitStage(NumberLiteral Count) : StageSyntax(6);

internal sealed record OffsetStage(NumberLiteral Count) : StageSyntax(7);

internal sealed record PageStage(NumberLiteral? Page, NumberLiteral? Size) : StageSyntax(8);

internal sealed record UndefinedStage(UndefinedPolicy Policy) : StageSyntax(9);
