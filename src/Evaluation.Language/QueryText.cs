using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Parsing;
using Evaluation.Language.Parsing.Dsl;
using Evaluation.Language.Parsing.Json;
using Evaluation.Language.Validation;

namespace Evaluation.Language;

/// <summary>The two ways a query is written.</summary>
public enum QueryFormat
{
    /// <summary>The textual DSL.</summary>
    Dsl,
    /// <summary>The JSON select dialect.</summary>
    Json,
}

/// <summary>
/// The front door of the language: parse a query written in either front-end, and check it
/// (parse, then validate) in one call.
/// </summary>
public static class QueryText
{
    /// <summary>JSON when the first non-blank character is <c>{</c>, else the DSL.</summary>
    public static QueryFormat Detect(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            return c == '{' ? QueryFormat.Json : QueryFormat.Dsl;
        }
        return QueryFormat.Dsl;
    }

    /// <summary>Parses one query, in <paramref name="format"/> or the detected one.</summary>
    public static ParseResult<Query> Parse(string text, QueryFormat? format = null, FunctionCatalog? catalog = null) =>
        (format ?? Detect(text)) == QueryFormat.Json
            ? JsonQueryParser.Parse(text, catalog)
            : DslParser.ParseQuery(text, catalog);

    /// <summary>
    /// Parses and validates one query. Validation runs only when the text parsed without
    /// errors: a half-read query would only produce follow-on complaints.
    /// </summary>
    public static ParseResult<Query> Check(string text, ValidationOptions? options = null, QueryFormat? format = null)
    {
        var parsed = Parse(text, format, options?.Catalog);
        if (parsed.Value is null || parsed.HasErrors) return parsed;
        return parsed with { Diagnostics = parsed.Diagnostics.Concat(QueryValidator.Validate(parsed.Value, options)).ToList() };
    }

    /// <summary>Parses and validates a DSL script.</summary>
    public static ParseResult<Script> CheckScript(string text, ValidationOptions? options = null)
    {
        var parsed = DslParser.ParseScript(text, options?.Catalog);
        if (parsed.Value is null || parsed.HasErrors) return parsed;
        return parsed with { Diagnostics = parsed.Diagnostics.Concat(QueryValidator.Validate(parsed.Value, options)).ToList() };
    }
}
