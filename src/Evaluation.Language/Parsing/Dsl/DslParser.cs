using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Validation;
using Superpower;
using Superpower.Model;

namespace Evaluation.Language.Parsing.Dsl;

/// <summary>
/// Parses the textual DSL (LANGUAGE.md §4, grammar/evalq.ebnf) into the AST. A script is
/// split into statements at <c>;</c> and blank lines, each statement into stages at the
/// stage keywords, and each stage is parsed on its own: a syntax error in one stage is
/// reported and the parser goes on with the next, so one run finds several problems.
/// </summary>
public static class DslParser
{
    private static readonly DslGrammar DefaultGrammar = new(FunctionCatalog.Default);

    /// <summary>Parses a script: queries and <c>let</c> bindings.</summary>
    public static ParseResult<Script> ParseScript(string text, FunctionCatalog? catalog = null)
    {
        var grammar = catalog is null || ReferenceEquals(catalog, FunctionCatalog.Default) ? DefaultGrammar : new DslGrammar(catalog);
        var diagnostics = new List<Diagnostic>();
        var tokens = Tokenize(text, diagnostics, out var lexicalErrors);
        var statements = new List<Statement>();
        var lets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statementTokens in SplitStatements(tokens))
        {
            var statement = ParseStatement(statementTokens, grammar, diagnostics, lexicalErrors);
            if (statement is null) continue;
            if (statement is LetStatement let && !lets.Add(let.Name.Text))
                diagnostics.Add(DiagnosticDescriptors.DuplicateLet.At(let.Name.Span, $"`{let.Name.Text}` is already defined by an earlier `let`"));
            statements.Add(statement);
        }
        var span = new SourceSpan(0, text.Length);
        return new ParseResult<Script>(new Script(statements.ToNodeList()) { Span = span }, diagnostics);
    }

    /// <summary>Parses text that holds exactly one query (no <c>let</c>).</summary>
    public static ParseResult<Query> ParseQuery(string text, FunctionCatalog? catalog = null)
    {
        var script = ParseScript(text, catalog);
        var diagnostics = script.Diagnostics.ToList();
        var statements = script.Value!.Statements;
        if (statements.Count == 0)
        {
            if (!script.HasErrors)
                diagnostics.Add(DiagnosticDescriptors.EmptyQuery.At(new SourceSpan(0, text.Length), "there is no query here"));
            return new ParseResult<Query>(null, diagnostics);
        }
        if (statements.Count > 1)
            diagnostics.Add(DiagnosticDescriptors.MisplacedStage.At(statements[1].Span, "expected one query; this text holds several (run it as a script)"));
        return statements[0] switch
        {
            QueryStatement q => new ParseResult<Query>(q.Query, diagnostics),
            LetStatement let => new ParseResult<Query>(let.Query, diagnostics.Append(
                DiagnosticDescriptors.MisplacedStage.At(let.Span, "`let` belongs in a script; a single query has no name")).ToList()),
            _ => new ParseResult<Query>(null, diagnostics),
        };
    }

    /// <summary>
    /// The source the text's last <c>from</c> stage names, or null when there is none: read with the
    /// tokenizer and the grammar's own <c>from</c> parser, so strings, comments and <c>results('DIR')</c>
    /// are understood, and the rest of the text may be unfinished (an editor asks while it is typed).
    /// </summary>
    public static Source? LastSource(string text)
    {
        var tokens = DslTokenizer.Instance.Tokenize(text).ToArray();
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            if (tokens[i].Kind != DslToken.Identifier || !tokens[i].Span.EqualsValueIgnoreCase("from")) continue;
            var from = DefaultGrammar.From(new TokenList<DslToken>(tokens.Skip(i).ToArray()));
            return from.HasValue && from.Value is FromStage stage ? stage.Source : null;
        }
        return null;
    }

    private static Token<DslToken>[] Tokenize(string text, List<Diagnostic> diagnostics, out List<SourceSpan> lexicalErrors)
    {
        lexicalErrors = new List<SourceSpan>();
        var kept = new List<Token<DslToken>>();
        foreach (var token in DslTokenizer.Instance.Tokenize(text))
        {
            var span = DslGrammar.SpanOf(token);
            switch (token.Kind)
            {
                case DslToken.Invalid:
                    diagnostics.Add(DiagnosticDescriptors.InvalidCharacter.At(span, $"unexpected character `{token.ToStringValue()}`"));
                    lexicalErrors.Add(span);
                    break;
                case DslToken.UnterminatedString:
                    diagnostics.Add(DiagnosticDescriptors.UnterminatedString.At(ToLineEnd(text, span), "the string has no closing quote `'`"));
                    lexicalErrors.Add(span);
                    break;
                case DslToken.Timestamp when !Literals.IsTimestamp(token.ToStringValue().Substring(1)):
                    diagnostics.Add(DiagnosticDescriptors.InvalidLiteral.At(span,
                        $"`{token.ToStringValue()}` is not a valid timestamp; write @YYYY-MM-DD, optionally followed by Thh:mm[:ss[.fff]] and Z or an offset"));
                    lexicalErrors.Add(span);
                    break;
                case DslToken.UnterminatedIdentifier:
                    diagnostics.Add(DiagnosticDescriptors.UnterminatedString.At(ToLineEnd(text, span), "the name has no closing backtick"));
                    lexicalErrors.Add(span);
                    break;
                default:
                    kept.Add(token);
                    break;
            }
        }
        return kept.ToArray();
    }

    private static SourceSpan ToLineEnd(string text, SourceSpan span)
    {
        var end = text.IndexOf('\n', span.Start);
        return new SourceSpan(span.Start, (end < 0 ? text.Length : end) - span.Start);
    }

    /// <summary>Statements end at <c>;</c> outside brackets, and at blank lines.</summary>
    private static IEnumerable<Token<DslToken>[]> SplitStatements(Token<DslToken>[] tokens)
    {
        var current = new List<Token<DslToken>>();
        var depth = 0;
        foreach (var token in tokens)
        {
            if (token.Kind is DslToken.LParen or DslToken.LBracket) depth++;
            if (token.Kind is DslToken.RParen or DslToken.RBracket) depth = Math.Max(0, depth - 1);
            if (token.Kind == DslToken.BlankLine || (token.Kind == DslToken.Semicolon && depth == 0))
            {
                if (current.Count > 0) yield return current.ToArray();
                current.Clear();
                depth = 0;
                continue;
            }
            current.Add(token);
        }
        if (current.Count > 0) yield return current.ToArray();
    }

    private static Statement? ParseStatement(Token<DslToken>[] tokens, DslGrammar grammar, List<Diagnostic> diagnostics, List<SourceSpan> lexicalErrors)
    {
        var span = DslGrammar.SpanOf(tokens[0]).To(DslGrammar.SpanOf(tokens[tokens.Length - 1]));
        if (IsWord(tokens[0], "let"))
        {
            var head = grammar.LetHead(new TokenList<DslToken>(tokens));
            if (!head.HasValue)
            {
                Report(head, tokens, diagnostics, lexicalErrors);
                return null;
            }
            var rest = tokens.Skip(head.Remainder.Position).ToArray();
            if (rest.Length == 0)
            {
                diagnostics.Add(DiagnosticDescriptors.EmptyQuery.At(head.Value.Span, $"`let {head.Value.Text} =` needs a query after it"));
                return null;
            }
            var bound = ParsePipeline(rest, grammar, diagnostics, lexicalErrors);
            return bound is null ? null : new LetStatement(head.Value, bound) { Span = span };
        }
        var query = ParsePipeline(tokens, grammar, diagnostics, lexicalErrors);
        return query is null ? null : new QueryStatement(query) { Span = span };
    }

    private static Query? ParsePipeline(Token<DslToken>[] tokens, DslGrammar grammar, List<Diagnostic> diagnostics, List<SourceSpan> lexicalErrors)
    {
        var stages = new List<StageSyntax>();
        var split = SplitStages(tokens, diagnostics).ToList();
        for (var i = 0; i < split.Count; i++)
        {
            var stageTokens = split[i];
            var keyword = stageTokens[0].ToStringValue();
            var result = grammar.ForStage(keyword).AtEnd()(new TokenList<DslToken>(stageTokens));
            if (result.HasValue)
            {
                stages.Add(result.Value);
                continue;
            }
            // A stage that ends too early was usually cut short by a stage keyword used as a
            // name (`select order`) or by a missing operand: report the keyword that cut it,
            // and skip that next stage, whose own error would only repeat the first.
            var next = result.Location.IsAtEnd && i + 1 < split.Count ? split[i + 1][0] : (Token<DslToken>?)null;
            Report(result, stageTokens, diagnostics, lexicalErrors, next);
            if (next is not null) i++;
        }
        return stages.Count == 0 ? null : QueryAssembler.Assemble(stages, diagnostics);
    }

    /// <summary>A stage starts at a stage keyword outside brackets; <c>|</c> only separates.</summary>
    private static IEnumerable<Token<DslToken>[]> SplitStages(Token<DslToken>[] tokens, List<Diagnostic> diagnostics)
    {
        var current = new List<Token<DslToken>>();
        var stray = new List<Token<DslToken>>();
        var depth = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (depth == 0 && token.Kind == DslToken.Identifier && Keywords.IsStage(token.ToStringValue()))
            {
                FlushStray(stray, diagnostics);
                if (current.Count > 0) yield return current.ToArray();
                current.Clear();
            }
            if (token.Kind is DslToken.LParen or DslToken.LBracket) depth++;
            if (token.Kind is DslToken.RParen or DslToken.RBracket) depth = Math.Max(0, depth - 1);
            if (depth == 0 && token.Kind == DslToken.Pipe)
            {
                var next = i + 1 < tokens.Length ? tokens[i + 1] : (Token<DslToken>?)null;
                if (next is null || next.Value.Kind != DslToken.Identifier || !Keywords.IsStage(next.Value.ToStringValue()))
                {
                    var at = next is null ? DslGrammar.SpanOf(token) : DslGrammar.SpanOf(next.Value);
                    var found = next is null ? "end of input" : $"`{next.Value.ToStringValue()}`";
                    diagnostics.Add(DiagnosticDescriptors.SyntaxError.At(at,
                        $"unexpected {found}, expected a stage after `|` ({string.Join(", ", StageNames)})",
                        next is null ? null : Suggestions.Closest(next.Value.ToStringValue(), Keywords.Stages)));
                    // Skip to the next stage keyword: the tokens after a bad `|` belong to no stage.
                    if (current.Count > 0) yield return current.ToArray();
                    current.Clear();
                    while (i + 1 < tokens.Length && !(tokens[i + 1].Kind == DslToken.Identifier && Keywords.IsStage(tokens[i + 1].ToStringValue()))) i++;
                }
                continue;
            }
            if (current.Count == 0 && !(token.Kind == DslToken.Identifier && Keywords.IsStage(token.ToStringValue())))
                stray.Add(token);
            else
                current.Add(token);
        }
        FlushStray(stray, diagnostics);
        if (current.Count > 0) yield return current.ToArray();
    }

    private static readonly string[] StageNames = { "from", "where", "group by", "select", "order by", "limit", "offset", "page", "on_undefined" };

    private static void FlushStray(List<Token<DslToken>> stray, List<Diagnostic> diagnostics)
    {
        if (stray.Count == 0) return;
        var first = stray[0];
        var word = first.ToStringValue();
        var suggestion = first.Kind == DslToken.Identifier ? Suggestions.Closest(word, Keywords.Stages) : null;
        diagnostics.Add(DiagnosticDescriptors.SyntaxError.At(DslGrammar.SpanOf(first),
            $"unexpected `{word}`, expected a stage ({string.Join(", ", StageNames)})", suggestion));
        stray.Clear();
    }

    private static void Report<T>(TokenListParserResult<DslToken, T> result, Token<DslToken>[] tokens, List<Diagnostic> diagnostics,
        List<SourceSpan> lexicalErrors, Token<DslToken>? next = null)
    {
        var last = tokens[tokens.Length - 1];
        // A stage that holds a bad character or an unclosed string was reported already; its syntax error would only repeat it.
        var stageSpan = DslGrammar.SpanOf(tokens[0]).To(DslGrammar.SpanOf(last));
        if (lexicalErrors.Any(e => e.Start >= stageSpan.Start && e.Start <= stageSpan.End + 1)) return;
        var message = Lowercase(result.FormatErrorMessageFragment());
        SourceSpan at;
        if (next is { } cut)
        {
            at = DslGrammar.SpanOf(cut);
            const string endOfInput = "unexpected end of input";
            if (message.StartsWith(endOfInput, StringComparison.Ordinal))
                message = $"unexpected `{cut.ToStringValue()}`" + message.Substring(endOfInput.Length);
            if (message.Contains("column") || message.Contains("name"))
                message += $" (`{cut.ToStringValue()}` begins a stage; write `{cut.ToStringValue()}` in backticks to use it as a name)";
        }
        else
            at = result.Location.IsAtEnd
                ? new SourceSpan(last.Span.Position.Absolute + last.Span.Length, 0)
                : DslGrammar.SpanOf(result.Location.First());
        diagnostics.Add(DiagnosticDescriptors.SyntaxError.At(at, message));
    }

    private static string Lowercase(string message) =>
        message.Length > 0 && char.IsUpper(message[0]) && (message.Length == 1 || !char.IsUpper(message[1]))
            ? char.ToLowerInvariant(message[0]) + message.Substring(1)
            : message;

    private static bool IsWord(Token<DslToken> token, string word) =>
        token.Kind == DslToken.Identifier && string.Equals(token.ToStringValue(), word, StringComparison.OrdinalIgnoreCase);
}
