using Superpower;
using Superpower.Model;

namespace Evaluation.Language.Parsing.Dsl;

/// <summary>
/// Splits DSL text into tokens. It never fails: a character that starts no token, an
/// unclosed string or an unclosed backtick name becomes a token of its own kind, so the
/// parser can report it at its position and go on to find the next problem. Comments
/// (<c># …</c>) are skipped; a blank line becomes a <see cref="DslToken.BlankLine"/>
/// token, because it ends a query in a script.
/// </summary>
public sealed class DslTokenizer : Tokenizer<DslToken>
{
    /// <summary>The one tokenizer; it holds no state.</summary>
    public static DslTokenizer Instance { get; } = new();

    /// <inheritdoc />
    protected override IEnumerable<Result<DslToken>> Tokenize(TextSpan span)
    {
        var next = span.ConsumeChar();
        var newlines = 0;
        while (next.HasValue)
        {
            var c = next.Value;
            var start = next.Location;
            if (c == '\n')
            {
                newlines++;
                if (newlines == 2) yield return Result.Value(DslToken.BlankLine, start, next.Remainder);
                next = next.Remainder.ConsumeChar();
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                next = next.Remainder.ConsumeChar();
                continue;
            }
            newlines = 0;
            if (c == '#')
            {
                while (next.HasValue && next.Value != '\n') next = next.Remainder.ConsumeChar();
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                do next = next.Remainder.ConsumeChar();
                while (next.HasValue && (char.IsLetterOrDigit(next.Value) || next.Value == '_'));
                yield return Result.Value(DslToken.Identifier, start, next.Location);
                continue;
            }
            if (char.IsDigit(c) || (c == '-' && IsDigitAt(next.Remainder)))
            {
                next = ConsumeNumber(next);
                yield return Result.Value(DslToken.Number, start, next.Location);
                continue;
            }
            if (c == '\'' || c == '`')
            {
                var closed = false;
                next = next.Remainder.ConsumeChar();
                while (next.HasValue)
                {
                    if (next.Value == c)
                    {
                        var after = next.Remainder.ConsumeChar();
                        if (after.HasValue && after.Value == c)
                        {
                            next = after.Remainder.ConsumeChar();
                            continue;
                        }
                        next = after;
                        closed = true;
                        break;
                    }
                    next = next.Remainder.ConsumeChar();
                }
                var end = closed ? next.Location : span.Skip(span.Length);
                var kind = c == '\''
                    ? closed ? DslToken.String : DslToken.UnterminatedString
                    : closed ? DslToken.QuotedIdentifier : DslToken.UnterminatedIdentifier;
                yield return Result.Value(kind, start, end);
                if (!closed) yield break;
                continue;
            }
            if (c == '@')
            {
                do next = next.Remainder.ConsumeChar();
                while (next.HasValue && (char.IsLetterOrDigit(next.Value) || next.Value is ':' or '-' or '+' or '.'));
                yield return Result.Value(DslToken.Timestamp, start, next.Location);
                continue;
            }

            var two = next.Remainder.ConsumeChar();
            var pair = two.HasValue ? new string(new[] { c, two.Value }) : "";
            DslToken? double_ = pair switch
            {
                "==" => DslToken.DoubleEquals,
                "!=" => DslToken.NotEquals,
                "<>" => DslToken.NotEquals,
                "<=" => DslToken.LessOrEqual,
                ">=" => DslToken.GreaterOrEqual,
                _ => null,
            };
            if (double_ is { } twoChar)
            {
                next = two.Remainder.ConsumeChar();
                yield return Result.Value(twoChar, start, next.Location);
                continue;
            }
            DslToken single = c switch
            {
                '|' => DslToken.Pipe,
                ',' => DslToken.Comma,
                '(' => DslToken.LParen,
                ')' => DslToken.RParen,
                '[' => DslToken.LBracket,
                ']' => DslToken.RBracket,
                ':' => DslToken.Colon,
                ';' => DslToken.Semicolon,
                '.' => DslToken.Dot,
                '*' => DslToken.Star,
                '+' => DslToken.Plus,
                '-' => DslToken.Minus,
                '/' => DslToken.Slash,
                '=' => DslToken.Equals,
                '<' => DslToken.Less,
                '>' => DslToken.Greater,
                _ => DslToken.Invalid,
            };
            next = next.Remainder.ConsumeChar();
            yield return Result.Value(single, start, next.Location);
        }
    }

    private static bool IsDigitAt(TextSpan span)
    {
        var c = span.ConsumeChar();
        return c.HasValue && char.IsDigit(c.Value);
    }

    private static Result<char> ConsumeNumber(Result<char> next)
    {
        if (next.Value == '-') next = next.Remainder.ConsumeChar();
        next = Digits(next);
        if (next.HasValue && next.Value == '.' && IsDigitAt(next.Remainder))
            next = Digits(next.Remainder.ConsumeChar());
        if (next.HasValue && next.Value is 'e' or 'E')
        {
            var after = next.Remainder.ConsumeChar();
            if (after.HasValue && after.Value is '+' or '-') after = after.Remainder.ConsumeChar();
            if (after.HasValue && char.IsDigit(after.Value)) next = Digits(after);
        }
        return next;
    }

    private static Result<char> Digits(Result<char> next)
    {
        while (next.HasValue && char.IsDigit(next.Value)) next = next.Remainder.ConsumeChar();
        return next;
    }
}
