using System.Text;

namespace Evaluation.Language.Printing;

/// <summary>
/// A minimal JSON writer (the language targets netstandard2.0 and takes no JSON package):
/// values are built as <see cref="JsonText"/> nodes and written with two-space indentation,
/// short arrays of scalars on one line.
/// </summary>
public abstract class JsonText
{
    /// <summary>Writes the value as indented JSON.</summary>
    public string Write()
    {
        var text = new StringBuilder();
        Write(text, 0);
        return text.ToString();
    }

    internal abstract void Write(StringBuilder text, int indent);

    internal virtual bool IsScalar => true;

    /// <summary>A JSON string literal with the escapes RFC 8259 requires.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < ' ') text.Append("\\u").Append(((int)c).ToString("x4"));
                    else text.Append(c);
                    break;
            }
        }
        return text.Append('"').ToString();
    }

    /// <summary>A string value.</summary>
    public static JsonText String(string value) => new Raw(Quote(value));

    /// <summary>A number value.</summary>
    public static JsonText Number(double value) => new Raw(DslNames.Number(value));

    /// <summary>true or false.</summary>
    public static JsonText Bool(bool value) => new Raw(value ? "true" : "false");

    /// <summary>null.</summary>
    public static JsonText Null { get; } = new Raw("null");

    private sealed class Raw : JsonText
    {
        private readonly string _text;

        public Raw(string text) => _text = text;

        internal override void Write(StringBuilder text, int indent) => text.Append(_text);
    }
}

/// <summary>A JSON object whose members keep the order they were added in.</summary>
public sealed class JsonObjectText : JsonText
{
    private readonly List<KeyValuePair<string, JsonText>> _members = new();

    /// <summary>Adds a member; returns this object for chaining.</summary>
    public JsonObjectText Add(string key, JsonText value)
    {
        _members.Add(new KeyValuePair<string, JsonText>(key, value));
        return this;
    }

    internal override bool IsScalar => false;

    internal override void Write(StringBuilder text, int indent)
    {
        if (_members.Count == 0)
        {
            text.Append("{}");
            return;
        }
        text.Append("{\n");
        for (var i = 0; i < _members.Count; i++)
        {
            text.Append(' ', indent + 2).Append(Quote(_members[i].Key)).Append(": ");
            _members[i].Value.Write(text, indent + 2);
            text.Append(i < _members.Count - 1 ? ",\n" : "\n");
        }
        text.Append(' ', indent).Append('}');
    }
}

/// <summary>A JSON array.</summary>
public sealed class JsonArrayText : JsonText
{
    private readonly List<JsonText> _items;

    /// <summary>An array of <paramref name="items"/>.</summary>
    public JsonArrayText(IEnumerable<JsonText> items) => _items = items.ToList();

    internal override bool IsScalar => false;

    internal override void Write(StringBuilder text, int indent)
    {
        if (_items.Count == 0)
        {
            text.Append("[]");
            return;
        }
        if (_items.All(i => i.IsScalar))
        {
            text.Append('[');
            for (var i = 0; i < _items.Count; i++)
            {
                if (i > 0) text.Append(", ");
                _items[i].Write(text, indent);
            }
            text.Append(']');
            return;
        }
        text.Append("[\n");
        for (var i = 0; i < _items.Count; i++)
        {
            text.Append(' ', indent + 2);
            _items[i].Write(text, indent + 2);
            text.Append(i < _items.Count - 1 ? ",\n" : "\n");
        }
        text.Append(' ', indent).Append(']');
    }
}
