using System.Collections;

namespace Evaluation.Language.Ast;

/// <summary>An immutable list with structural equality, so records that hold lists compare by content.</summary>
public sealed class NodeList<T> : IReadOnlyList<T>, IEquatable<NodeList<T>>
{
    private readonly T[] _items;

    private NodeList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static NodeList<T> Empty { get; } = new(Array.Empty<T>());

    /// <summary>A list holding <paramref name="items"/> in order.</summary>
    public static NodeList<T> From(IEnumerable<T> items)
    {
        var array = items.ToArray();
        return array.Length == 0 ? Empty : new NodeList<T>(array);
    }

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>A new list with <paramref name="item"/> added at the end.</summary>
    public NodeList<T> Add(T item) => new(_items.Append(item).ToArray());

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(NodeList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.SequenceEqual(other._items));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NodeList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in _items)
            hash = hash * 31 + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
        return hash;
    }

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

/// <summary>Factory helpers for <see cref="NodeList{T}"/>.</summary>
public static class NodeList
{
    /// <summary>A list of the given items.</summary>
    public static NodeList<T> Of<T>(params T[] items) => NodeList<T>.From(items);

    /// <summary>Copies a sequence into a list.</summary>
    public static NodeList<T> ToNodeList<T>(this IEnumerable<T> items) => NodeList<T>.From(items);
}
