namespace Evaluation.Language.Validation;

/// <summary>The kind of values a column holds, as far as validation cares.</summary>
public enum ColumnType
{
    /// <summary>Floating-point numbers (scores, probabilities, measurements).</summary>
    Float,
    /// <summary>Whole numbers (labels, counts).</summary>
    Integer,
    /// <summary>true/false.</summary>
    Boolean,
    /// <summary>Text.</summary>
    String,
    /// <summary>Dates and times.</summary>
    Timestamp,
    /// <summary>A list (of structs when <see cref="SchemaColumn.Fields"/> is not empty).</summary>
    List,
    /// <summary>A struct.</summary>
    Struct,
    /// <summary>Anything else (blobs, unknown types): not checked.</summary>
    Other,
}

/// <summary>A column of a source: its name, type and, for lists of structs and structs, the fields.</summary>
public sealed record SchemaColumn(string Name, ColumnType Type)
{
    /// <summary>Fields of a struct, or of each element of a list of structs.</summary>
    public IReadOnlyList<SchemaColumn> Fields { get; init; } = Array.Empty<SchemaColumn>();

    /// <summary>The engine's own name for the type (DuckDB's <c>TIMESTAMP WITH TIME ZONE</c>), when known.</summary>
    public string? Native { get; init; }

    /// <summary>True for numeric columns.</summary>
    public bool IsNumeric => Type is ColumnType.Float or ColumnType.Integer;
}

/// <summary>The columns of a source, read before planning (Parquet schema, Arrow schema, …).</summary>
public sealed class SourceSchema
{
    private readonly Dictionary<string, SchemaColumn> _columns;

    /// <summary>A schema of the given columns.</summary>
    public SourceSchema(IEnumerable<SchemaColumn> columns)
    {
        Columns = columns.ToArray();
        _columns = new Dictionary<string, SchemaColumn>(StringComparer.Ordinal);
        foreach (var column in Columns) _columns[column.Name] = column;
    }

    /// <summary>The columns in source order.</summary>
    public IReadOnlyList<SchemaColumn> Columns { get; }

    /// <summary>
    /// The column called <paramref name="name"/>: a top-level column, or a nested field written
    /// <c>list.field</c> (a field of each element of a list of structs, or of a struct).
    /// </summary>
    public SchemaColumn? Find(string name)
    {
        if (_columns.TryGetValue(name, out var column)) return column;
        var dot = name.IndexOf('.');
        if (dot <= 0 || !_columns.TryGetValue(name.Substring(0, dot), out var parent)) return null;
        var current = parent;
        foreach (var part in name.Substring(dot + 1).Split('.'))
        {
            current = current.Fields.FirstOrDefault(f => f.Name == part);
            if (current is null) return null;
        }
        return current;
    }

    /// <summary>Every name a query can use: the columns, and the dotted names of nested fields.</summary>
    public IEnumerable<string> AllNames()
    {
        foreach (var column in Columns)
        {
            yield return column.Name;
            foreach (var field in column.Fields) yield return column.Name + "." + field.Name;
        }
    }
}
