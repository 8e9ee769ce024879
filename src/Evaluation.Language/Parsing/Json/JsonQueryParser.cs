using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;

namespace Evaluation.Language.Parsing.Json;

/// <summary>Parses the JSON select dialect (LANGUAGE.md §3) into a <see cref="Query"/>.</summary>
public static class JsonQueryParser
{
    /// <summary>
    /// Parses one JSON request. Every node of the result carries its JSON path and span;
    /// problems come back as diagnostics, several at once where the reader can go on.
    /// </summary>
    public static ParseResult<Query> Parse(string json, FunctionCatalog? catalog = null)
    {
        var diagnostics = new List<Diagnostic>();
        var node = JsonReader.Read(json, diagnostics);
        if (node is null) return new ParseResult<Query>(null, diagnostics);
        var query = new JsonQueryReader(catalog ?? FunctionCatalog.Default, diagnostics).ReadQuery(node);
        return new ParseResult<Query>(query, diagnostics);
    }
}
