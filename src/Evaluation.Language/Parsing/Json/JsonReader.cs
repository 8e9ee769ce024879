using System.Globalization;
using System.Text;
using Evaluation.Language.Ast;
using Evaluation.Language.Validation;

namespace Evaluation.Language.Parsing.Json;

/// <summary>
/// Reads JSON text (RFC 8259) into <see cref="JsonNode"/>s that keep their spans and paths.
/// Written by hand rather than with System.Text.Json so that every value keeps its position
/// (the analyzer points inside JSON string literals) and so that errors are precise: a
/// trailing comma is reported and skipped, a duplicate key is reported, and the reader
/// never throws for bad input.
/// </summary>
internal sealed class JsonReader
{
    private readonly string _text;
    private readonly List<Diagnostic> _diagnostics;
    private int _pos;

    private JsonReader(string text, List<Diagnostic> diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads one JSON value; returns null (with diagnostics) when the text is not JSON.</summary>
    public static JsonNode? Read(string text, List<Diagnostic> diagnostics)
    {
        var reader = new JsonReader(text, diagnostics);
        try
        {
            reader.SkipWhitespace();
            if (reader._pos >= text.Length)
            {
                diagnostics.Add(DiagnosticDescriptors.EmptyQuery.At(new SourceSpan(0, 0, "$"), "the request is empty; expected a JSON object"));
                return null;
            }
            var value = reader.ReadValue("$");
            reader.SkipWhitespace();
            if (reader._pos < text.Length)
                throw Error(reader.Here(reader.TokenLength(), "$"), "unexpected " + reader.Describe() + " after the end of the request");
            return value;
        }
        catch (JsonSyntaxException e)
        {
            diagnostics.Add(e.Diagnostic);
            return null;
        }
    }

    private JsonNode ReadValue(string path)
    {
        SkipWhitespace();
        if (_pos >= _text.Length) throw Error(Here(0, path), "unexpected end of input, expected a value");
        var c = _text[_pos];
        switch (c)
        {
            case '{': return ReadObject(path);
            case '[': return ReadArray(path);
            case '"':
                var start = _pos;
                var s = ReadString(path);
                return new JsonString(new SourceSpan(start, _pos - start, path), s);
            case 't': return ReadWord("true", path, span => new JsonBool(span, true));
            case 'f': return ReadWord("false", path, span => new JsonBool(span, false));
            case 'n': return ReadWord("null", path, span => new JsonNull(span));
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber(path);
                var word = Describe().Trim('`');
                var hint = word.ToLowerInvariant() is "true" or "false" or "null" ? $" (JSON writes it `{word.ToLowerInvariant()}`)" : "";
                throw Error(Here(TokenLength(), path), "unexpected " + Describe() + ", expected a value" + hint);
        }
    }

    private JsonObject ReadObject(string path)
    {
        var start = _pos++;
        var members = new List<JsonMember>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            return new JsonObject(new SourceSpan(start, _pos - start, path), members);
        }
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
                throw Error(Here(TokenLength(), path), "unexpected " + Describe() + ", expected a key in double quotes");
            var keyStart = _pos;
            var key = ReadString(path);
            var keySpan = new SourceSpan(keyStart, _pos - keyStart, JsonPaths.Member(path, key));
            SkipWhitespace();
            if (Peek() != ':') throw Error(Here(TokenLength(), path), "unexpected " + Describe() + ", expected `:` after the key");
            _pos++;
            var value = ReadValue(JsonPaths.Member(path, key));
            if (members.Any(m => m.Key == key))
                _diagnostics.Add(DiagnosticDescriptors.DuplicateKey.At(keySpan, $"the key `{key}` appears twice in this object"));
            else
                members.Add(new JsonMember(key, keySpan, value));
            SkipWhitespace();
            var c = Peek();
            if (c == ',')
            {
                var comma = _pos++;
                SkipWhitespace();
                if (Peek() == '}')
                {
                    _diagnostics.Add(DiagnosticDescriptors.TrailingComma.At(new SourceSpan(comma, 1, path), "a trailing comma is not allowed before `}`"));
                    _pos++;
                    break;
                }
                continue;
            }
            if (c == '}')
            {
                _pos++;
                break;
            }
            throw Error(Here(TokenLength(), path), "unexpected " + Describe() + ", expected `,` or `}`");
        }
        return new JsonObject(new SourceSpan(start, _pos - start, path), members);
    }

    private JsonArray ReadArray(string path)
    {
        var start = _pos++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            return new JsonArray(new SourceSpan(start, _pos - start, path), items);
        }
        while (true)
        {
            items.Add(ReadValue(JsonPaths.Index(path, items.Count)));
            SkipWhitespace();
            var c = Peek();
            if (c == ',')
            {
                var comma = _pos++;
                SkipWhitespace();
                if (Peek() == ']')
                {
                    _diagnostics.Add(DiagnosticDescriptors.TrailingComma.At(new SourceSpan(comma, 1, path), "a trailing comma is not allowed before `]`"));
                    _pos++;
                    break;
                }
                continue;
            }
            if (c == ']')
            {
                _pos++;
                break;
            }
            throw Error(Here(TokenLength(), path), "unexpected " + Describe() + ", expected `,` or `]`");
        }
        return new JsonArray(new SourceSpan(start, _pos - start, path), items);
    }

    private string ReadString(string path)
    {
        var start = _pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] == '\n')
                throw new JsonSyntaxException(DiagnosticDescriptors.UnterminatedString.At(
                    new SourceSpan(start, _pos - start, path), "the string has no closing double quote"));
            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                return value.ToString();
            }
            if (c < ' ')
                throw Error(new SourceSpan(_pos, 1, path), "a control character must be escaped inside a string");
            if (c != '\\')
            {
                value.Append(c);
                _pos++;
                continue;
            }
            var escapeStart = _pos++;
            var e = _pos < _text.Length ? _text[_pos++] : '\0';
            switch (e)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length || !ushort.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        throw Error(new SourceSpan(escapeStart, Math.Min(6, _text.Length - escapeStart), path), "`\\u` must be followed by four hex digits");
                    value.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw Error(new SourceSpan(escapeStart, Math.Min(2, _text.Length - escapeStart), path), $"unknown escape `\\{e}` in a string");
            }
        }
    }

    private JsonNumber ReadNumber(string path)
    {
        var start = _pos;
        if (Peek() == '-') _pos++;
        if (Peek() == '0') _pos++;
        else if (IsDigit(Peek())) while (IsDigit(Peek())) _pos++;
        else throw Error(new SourceSpan(start, Math.Max(1, _pos - start), path), "a number needs digits after `-`");
        if (Peek() == '.')
        {
            _pos++;
            if (!IsDigit(Peek())) throw Error(new SourceSpan(start, _pos - start, path), "a number needs digits after the decimal point");
            while (IsDigit(Peek())) _pos++;
        }
        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-') _pos++;
            if (!IsDigit(Peek())) throw Error(new SourceSpan(start, _pos - start, path), "a number needs digits in its exponent");
            while (IsDigit(Peek())) _pos++;
        }
        if (IsDigit(Peek()) || char.IsLetter(Peek()))
        {
            while (_pos < _text.Length && char.IsLetterOrDigit(_text[_pos])) _pos++;
            throw Error(new SourceSpan(start, _pos - start, path), $"`{_text.Substring(start, _pos - start)}` is not a JSON number");
        }
        var text = _text.Substring(start, _pos - start);
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return new JsonNumber(new SourceSpan(start, _pos - start, path), value);
    }

    private JsonNode ReadWord(string word, string path, Func<SourceSpan, JsonNode> create)
    {
        var start = _pos;
        var end = _pos;
        while (end < _text.Length && char.IsLetterOrDigit(_text[end])) end++;
        var found = _text.Substring(start, end - start);
        if (found != word)
        {
            var hint = found.Equals(word, StringComparison.OrdinalIgnoreCase) ? $" (JSON writes it `{word}`)" : "";
            throw Error(new SourceSpan(start, end - start, path), $"unexpected `{found}`, expected a value{hint}");
        }
        _pos = end;
        return create(new SourceSpan(start, end - start, path));
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\r' or '\n') _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private SourceSpan Here(int length, string path) => new(_pos, _pos < _text.Length ? length : 0, path);

    private int TokenLength()
    {
        if (_pos >= _text.Length) return 0;
        var end = _pos;
        while (end < _text.Length && char.IsLetterOrDigit(_text[end])) end++;
        return Math.Max(1, end - _pos);
    }

    private string Describe()
    {
        if (_pos >= _text.Length) return "end of input";
        var c = _text[_pos];
        if (char.IsLetter(c))
        {
            var end = _pos;
            while (end < _text.Length && char.IsLetterOrDigit(_text[end])) end++;
            return "`" + _text.Substring(_pos, end - _pos) + "`";
        }
        return "`" + c + "`";
    }

    private static JsonSyntaxException Error(SourceSpan span, string message) =>
        new(DiagnosticDescriptors.SyntaxError.At(span, message));

    /// <summary>Unwinds the reader at the first error it cannot recover from; never escapes <see cref="Read"/>.</summary>
    private sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(Diagnostic diagnostic) : base(diagnostic.Message) => Diagnostic = diagnostic;

        public Diagnostic Diagnostic { get; }
    }
}
