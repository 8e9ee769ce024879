using Superpower.Display;

namespace Evaluation.Language.Parsing.Dsl;

/// <summary>The kinds of token of the DSL.</summary>
public enum DslToken
{
    /// <summary>A name or keyword: <c>[A-Za-z_][A-Za-z0-9_]*</c>.</summary>
    [Token(Category = "name")]
    Identifier,
    /// <summary>A name in backticks: <c>`class-1-gt`</c> (a backtick inside is doubled).</summary>
    [Token(Category = "name")]
    QuotedIdentifier,
    /// <summary>A string in single quotes (a quote inside is doubled).</summary>
    [Token(Category = "string")]
    String,
    /// <summary>A number: <c>-12</c>, <c>0.5</c>, <c>1e-3</c>.</summary>
    [Token(Category = "number")]
    Number,
    /// <summary>A timestamp: <c>@2026-01-01T00:00Z</c>.</summary>
    [Token(Category = "timestamp")]
    Timestamp,
    /// <summary><c>|</c></summary>
    [Token(Example = "|")]
    Pipe,
    /// <summary><c>,</c></summary>
    [Token(Example = ",")]
    Comma,
    /// <summary><c>(</c></summary>
    [Token(Example = "(")]
    LParen,
    /// <summary><c>)</c></summary>
    [Token(Example = ")")]
    RParen,
    /// <summary><c>[</c></summary>
    [Token(Example = "[")]
    LBracket,
    /// <summary><c>]</c></summary>
    [Token(Example = "]")]
    RBracket,
    /// <summary><c>:</c></summary>
    [Token(Example = ":")]
    Colon,
    /// <summary><c>;</c></summary>
    [Token(Example = ";")]
    Semicolon,
    /// <summary><c>.</c></summary>
    [Token(Example = ".")]
    Dot,
    /// <summary><c>*</c></summary>
    [Token(Example = "*")]
    Star,
    /// <summary><c>+</c></summary>
    [Token(Example = "+")]
    Plus,
    /// <summary><c>-</c> not followed by a digit (a digit makes it a negative number).</summary>
    [Token(Example = "-")]
    Minus,
    /// <summary><c>/</c></summary>
    [Token(Example = "/")]
    Slash,
    /// <summary><c>=</c></summary>
    [Token(Example = "=")]
    Equals,
    /// <summary><c>==</c></summary>
    [Token(Example = "==")]
    DoubleEquals,
    /// <summary><c>!=</c> or <c>&lt;&gt;</c></summary>
    [Token(Example = "!=")]
    NotEquals,
    /// <summary><c>&lt;</c></summary>
    [Token(Example = "<")]
    Less,
    /// <summary><c>&lt;=</c></summary>
    [Token(Example = "<=")]
    LessOrEqual,
    /// <summary><c>&gt;</c></summary>
    [Token(Example = ">")]
    Greater,
    /// <summary><c>&gt;=</c></summary>
    [Token(Example = ">=")]
    GreaterOrEqual,
    /// <summary>A blank line: separates the queries of a script.</summary>
    [Token(Category = "blank line")]
    BlankLine,
    /// <summary>A string with no closing quote (reported by the parser).</summary>
    [Token(Category = "string")]
    UnterminatedString,
    /// <summary>A backtick name with no closing backtick (reported by the parser).</summary>
    [Token(Category = "name")]
    UnterminatedIdentifier,
    /// <summary>A character that starts no token (reported by the parser).</summary>
    [Token(Category = "character")]
    Invalid,
}
