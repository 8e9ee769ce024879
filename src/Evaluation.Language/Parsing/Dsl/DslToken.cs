namespace Evaluation.Language.Parsing.Dsl;

/// <summary>The kinds of token of the DSL.</summary>
public enum DslToken
{
    /// <summary>A name or keyword: <c>[A-Za-z_][A-Za-z0-9_]*</c>.</summary>
    Identifier,
    /// <summary>A name in backticks: <c>`class-1-gt`</c> (a backtick inside is doubled).</summary>
    QuotedIdentifier,
    /// <summary>A string in single quotes (a quote inside is doubled).</summary>
    String,
    /// <summary>A number: <c>-12</c>, <c>0.5</c>, <c>1e-3</c>.</summary>
    Number,
    /// <summary>A timestamp: <c>@2026-01-01T00:00Z</c>.</summary>
    Timestamp,
    /// <summary><c>|</c></summary>
    Pipe,
    /// <summary><c>,</c></summary>
    Comma,
    /// <summary><c>(</c></summary>
    LParen,
    /// <summary><c>)</c></summary>
    RParen,
    /// <summary><c>[</c></summary>
    LBracket,
    /// <summary><c>]</c></summary>
    RBracket,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>;</c></summary>
    Semicolon,
    /// <summary><c>.</c></summary>
    Dot,
    /// <summary><c>*</c></summary>
    Star,
    /// <summary><c>=</c></summary>
    Equals,
    /// <summary><c>==</c></summary>
    DoubleEquals,
    /// <summary><c>!=</c> or <c>&lt;&gt;</c></summary>
    NotEquals,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
    /// <summary>A blank line: separates the queries of a script.</summary>
    BlankLine,
    /// <summary>A string with no closing quote (reported by the parser).</summary>
    UnterminatedString,
    /// <summary>A backtick name with no closing backtick (reported by the parser).</summary>
    UnterminatedIdentifier,
    /// <summary>A character that starts no token (reported by the parser).</summary>
    Invalid,
}
