using Evaluation.Language.Catalog;
using static Evaluation.Engine.Sql.Sql;

namespace Evaluation.Engine.Sql.Translators;

/// <summary>
/// Each metric's direction from the catalog, as SQL over a row's metric name: the names (canonical
/// and aliases, lower case, matched against <c>lower(metric)</c>, as the catalog ignores case) of
/// the metrics that are better higher, lower, or closer to each target. The names are bound
/// parameters; the catalog, not the data, decides them, so the SQL is the same for every store.
/// </summary>
internal sealed class CatalogDirections
{
    // One parameter object per name: the generator binds an object written twice (key and warning) once.
    private readonly IReadOnlyList<SqlExpr> _max;
    private readonly IReadOnlyList<SqlExpr> _min;
    private readonly IReadOnlyList<(SqlExpr Target, IReadOnlyList<SqlExpr> Names)> _targets;

    private CatalogDirections(FunctionCatalog catalog)
    {
        IReadOnlyList<SqlExpr> Names(IEnumerable<FunctionDefinition> functions) =>
            functions.SelectMany(f => f.Aliases.Prepend(f.Name)).Select(n => n.ToLowerInvariant()).Distinct().OrderBy(n => n, StringComparer.Ordinal)
                .Select(n => (SqlExpr)new SqlParameter(n)).ToList();
        _max = Names(catalog.Functions.Where(f => f.Direction.Kind == DirectionKind.Max));
        _min = Names(catalog.Functions.Where(f => f.Direction.Kind == DirectionKind.Min));
        _targets = catalog.Functions.Where(f => f.Direction.Kind == DirectionKind.Target)
            .GroupBy(f => f.Direction.Target!.Value).OrderBy(g => g.Key)
            .Select(g => ((SqlExpr)new SqlParameter(g.Key), Names(g))).ToList();
    }

    public static CatalogDirections Of(FunctionCatalog catalog) => new(catalog);

    /// <summary>The sort key, best first ascending: −score, score or |score − target| by the row's metric; NULL when it has no direction.</summary>
    public SqlExpr Key(SqlExpr metric, SqlExpr score)
    {
        var name = Call("lower", metric);
        var branches = new List<(SqlExpr When, SqlExpr Then)>
        {
            (In(name, _max), BestFirst(score, DirectionKind.Max)),
            (In(name, _min), BestFirst(score, DirectionKind.Min)),
        };
        branches.AddRange(_targets.Select(t => (In(name, t.Names), BestFirst(score, DirectionKind.Target, t.Target))));
        return new SqlCase(branches, null);
    }

    /// <summary>The sort key that puts the best score first, ascending: −score for max, score for min, |score − target| for a target.</summary>
    public static SqlExpr BestFirst(SqlExpr score, DirectionKind direction, SqlExpr? target = null) => direction switch
    {
        DirectionKind.Max => new SqlUnary("-", score),
        DirectionKind.Min => score,
        DirectionKind.Target => Call("abs", Sub(score, target ?? throw new ArgumentNullException(nameof(target)))),
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "not a direction to rank by"),
    };

    /// <summary>True where the row's metric has a direction in the catalog.</summary>
    public SqlExpr Known(SqlExpr metric) =>
        In(Call("lower", metric), _max.Concat(_min).Concat(_targets.SelectMany(t => t.Names)).ToList());

    private static SqlExpr In(SqlExpr name, IReadOnlyList<SqlExpr> names) => new SqlIn(name, names, Negated: false);
}
