using Evaluation.Language.Ast;
using Evaluation.Language.Validation;

namespace Evaluation.Language.Parsing.Dsl;

/// <summary>
/// Assembles a pipeline's stages into query blocks. Stages of one block come in the order
/// from, where, group by, select, pivot, order by, limit, offset, page, on_undefined; a stage that
/// cannot follow the block's last stage (a <c>where</c> after <c>select</c>, a second
/// <c>select</c>) closes the block, which becomes the source of the next one.
/// </summary>
internal static class QueryAssembler
{
    public static Query? Assemble(IReadOnlyList<StageSyntax> stages, List<Diagnostic> diagnostics)
    {
        Source? source = null;
        var block = new List<StageSyntax>();
        var blocks = 0;
        foreach (var stage in stages)
        {
            if (stage is FromStage from)
            {
                if (block.Count > 0 || blocks > 0)
                    diagnostics.Add(DiagnosticDescriptors.MisplacedStage.At(stage.Span, "`from` can only be the first stage of a query"));
                else
                    source = from.Source;
                continue;
            }
            if (block.Count > 0 && !Follows(block[block.Count - 1].Rank, stage.Rank))
            {
                var inner = Build(source, block, diagnostics);
                source = new SubquerySource(inner) { Span = inner.Span };
                block.Clear();
                blocks++;
            }
            block.Add(stage);
        }
        if (block.Count == 0)
        {
            if (source is null) return null;
            // `from x` alone: every column.
            return Query.Create(source, NodeList.Of<SelectItem>(new StarItem { Span = source.Span })) with { Span = source.Span };
        }
        return Build(source, block, diagnostics);
    }

    /// <summary>Several <c>where</c> stages in a row are one filter; otherwise each stage appears once per block, in order.</summary>
    private static bool Follows(int last, int next) => next > last || (next == 1 && last == 1);

    private static Query Build(Source? source, IReadOnlyList<StageSyntax> stages, List<Diagnostic> diagnostics)
    {
        var filter = stages.OfType<WhereStage>().SelectMany(w => w.Conditions).ToNodeList();
        var group = stages.OfType<GroupStage>().SingleOrDefault();
        var select = stages.OfType<SelectStage>().SingleOrDefault();
        var order = stages.OfType<OrderStage>().SingleOrDefault();

        var keys = new List<GroupKey>();
        var keyItems = new List<ExprItem?>();
        foreach (var item in group?.Keys ?? Array.Empty<ExprItem>())
        {
            if (item.Alias is not null)
            {
                keys.Add(new GroupKey(KeyKind.Alias, item.Alias.Text) { Span = item.Span });
                keyItems.Add(item);
            }
            else if (item.Expression is ColumnRef column)
            {
                keys.Add(new GroupKey(KeyKind.Property, column.Name) { Span = item.Span });
                keyItems.Add(item);
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.MisplacedStage.At(item.Span,
                    "a computed group key needs a name: write `name = " + (item.Expression as FunctionCall)?.Name + "(...)`"));
            }
        }

        // A select item that names a group key by itself stands for that key's item; keys not
        // named in the select list come first, in key order.
        var items = new List<SelectItem>();
        var used = new bool[keys.Count];
        foreach (var item in select?.Items ?? Array.Empty<SelectItem>())
        {
            var index = item is ExprItem { Alias: null, Stage: null, Expression: ColumnRef reference }
                ? keys.FindIndex(k => k.Name == reference.Name && !used[keys.IndexOf(k)])
                : -1;
            if (index >= 0)
            {
                used[index] = true;
                items.Add(keyItems[index]!);
            }
            else items.Add(item);
        }
        var leading = keyItems.Where((k, i) => !used[i]).OfType<SelectItem>().ToList();
        var selectItems = leading.Concat(items).ToList();
        if (select is null && selectItems.Count == 0)
            selectItems.Add(new StarItem { Span = stages[0].Span });

        var aliases = new HashSet<string>(selectItems.OfType<ExprItem>().Where(i => i.Alias is not null).Select(i => i.Alias!.Text), StringComparer.Ordinal);
        var orderKeys = (order?.Keys ?? Array.Empty<(ColumnRef, SortDirection?, SourceSpan)>())
            .Select(k => new OrderKey(aliases.Contains(k.Name.Name) ? KeyKind.Alias : KeyKind.Property, k.Name.Name, k.Direction) { Span = k.Span })
            .ToNodeList();

        var span = stages[0].Span.To(stages[stages.Count - 1].Span);
        if (source is not null && source is not SubquerySource) span = source.Span.To(span);
        return new Query(source, selectItems.ToNodeList(), filter, keys.ToNodeList(), orderKeys)
        {
            Span = span,
            Distinct = select?.Distinct ?? false,
            Pivot = stages.OfType<PivotStage>().SingleOrDefault()?.Pivot,
            Limit = stages.OfType<LimitStage>().SingleOrDefault()?.Count,
            Offset = stages.OfType<OffsetStage>().SingleOrDefault()?.Count,
            Page = stages.OfType<PageStage>().SingleOrDefault()?.Page,
            PageSize = stages.OfType<PageStage>().SingleOrDefault()?.Size,
            OnUndefined = stages.OfType<UndefinedStage>().SingleOrDefault()?.Policy,
        };
    }
}
