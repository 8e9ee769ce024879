using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;

namespace Evaluation.Language.Parsing;

/// <summary>
/// Puts a call's arguments in canonical order: the catalog's parameter order, then any
/// parameters the catalog does not know, as written. Both parsers apply it, so the order in
/// which a request happens to list its parameters is not part of the tree.
/// </summary>
internal static class ArgumentOrder
{
    public static NodeList<Argument> Canonical(FunctionDefinition? function, IEnumerable<Argument> arguments)
    {
        var list = arguments.ToList();
        if (function is null) return list.ToNodeList();
        int Rank(Argument a)
        {
            if (a.Name is null) return int.MaxValue;
            for (var i = 0; i < function.Parameters.Count; i++)
                if (function.Parameters[i].IsNamed(a.Name)) return i;
            return int.MaxValue;
        }
        // OrderBy is stable: unknown parameters keep the order they were written in.
        return list.OrderBy(Rank).ToNodeList();
    }
}
