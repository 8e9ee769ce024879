using Evaluation.Language.Ast;

namespace Evaluation.Language.Parsing.Json;

/// <summary>A JSON value that remembers where it was written: its span and its JSON path.</summary>
internal abstract class JsonNode
{
    protected JsonNode(SourceSpan span) => Span = span;

    /// <summary>The value's characters, with its JSON path.</summary>
    public SourceSpan Span { get; }

    /// <summary>The JSON path (<c>$.select[2].parameters.threshold</c>).</summary>
    public string Path => Span.JsonPath ?? "$";

    /// <summary>A word for the kind of value, for messages: "an object", "a string", …</summary>
    public abstract string KindName { get; }
}

internal sealed class JsonObject : JsonNode
{
    public JsonObject(SourceSpan span, IReadOnlyList<JsonMember> members) : base(span) => Members = members;

    public IReadOnlyList<JsonMember> Members { get; }

    public override string KindName => "an object";

    public JsonMember? Member(string key) => Members.FirstOrDefault(m => m.Key == key);
}

/// <summary>A key and its value; <see cref="KeySpan"/> covers the quoted key.</summary>
internal sealed class JsonMember
{
    public JsonMember(string key, SourceSpan keySpan, JsonNode value)
    {
        Key = key;
        KeySpan = keySpan;
        Value = value;
    }

    public string Key { get; }
    public SourceSpan KeySpan { get; }
    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(SourceSpan span, IReadOnlyList<JsonNode> items) : base(span) => Items = items;

    public IReadOnlyList<JsonNode> Items { get; }

    public override string KindName => "a list";
}

internal sealed class JsonString : JsonNode
{
    public JsonString(SourceSpan span, string value) : base(span) => Value = value;

    public string Value { get; }

    public override string KindName => "a string";
}

internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(SourceSpan span, double value) : base(span) => Value = value;

    public double Value { get; }

    public override string KindName => "a number";
}

internal sealed class JsonBool : JsonNode
{
    public JsonBool(SourceSpan span, bool value) : base(span) => Value = value;

    public bool Value { get; }

    public override string KindName => "a boolean";
}

internal sealed class JsonNull : JsonNode
{
    public JsonNull(SourceSpan span) : base(span) { }

    public override string KindName => "null";
}
