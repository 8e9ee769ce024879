using Evaluation.Language.Validation;

namespace Evaluation.Engine.DuckDb;

/// <summary>
/// Reads DuckDB type names (<c>DOUBLE</c>, <c>TIMESTAMP WITH TIME ZONE</c>,
/// <c>STRUCT(class_id BIGINT, "odd name" DOUBLE)[]</c>) into the language's column types.
/// </summary>
internal static class DuckDbTypes
{
    public static SchemaColumn Column(string name, string type)
    {
        type = type.Trim();
        if (type.EndsWith("[]", StringComparison.Ordinal))
        {
            var element = Column(name, type.Substring(0, type.Length - 2));
            return new SchemaColumn(name, ColumnType.List) { Fields = element.Fields, Native = type };
        }
        if (type.StartsWith("STRUCT(", StringComparison.OrdinalIgnoreCase) && type.EndsWith(")", StringComparison.Ordinal))
            return new SchemaColumn(name, ColumnType.Struct) { Fields = StructFields(type.Substring(7, type.Length - 8)), Native = type };
        var upper = type.ToUpperInvariant();
        var kind = upper switch
        {
            "DOUBLE" or "FLOAT" or "REAL" => ColumnType.Float,
            _ when upper.StartsWith("DECIMAL", StringComparison.Ordinal) => ColumnType.Float,
            "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "HUGEINT" or "UTINYINT" or "USMALLINT" or "UINTEGER" or "UBIGINT" or "UHUGEINT" => ColumnType.Integer,
            "BOOLEAN" => ColumnType.Boolean,
            "VARCHAR" => ColumnType.String,
            _ when upper.StartsWith("TIMESTAMP", StringComparison.Ordinal) || upper == "DATE" => ColumnType.Timestamp,
            _ when upper.StartsWith("MAP(", StringComparison.Ordinal) => ColumnType.Other,
            _ => ColumnType.Other,
        };
        return new SchemaColumn(name, kind) { Native = type };
    }

    /// <summary>
    /// BOOLEAN or an integer type of at most 64 bits: a value DuckDB stores in 1, 2, 4 or 8 bytes
    /// (HUGEINT and UHUGEINT take 16), what an aggregate's class argument reads as stored.
    /// </summary>
    public static bool IsBooleanOrInteger64(string type) => type.Trim().ToUpperInvariant()
        is "BOOLEAN" or "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "UTINYINT" or "USMALLINT" or "UINTEGER" or "UBIGINT";

    /// <summary>Splits <c>a BIGINT, "b c" STRUCT(x INT), d DOUBLE[]</c> at top-level commas.</summary>
    private static IReadOnlyList<SchemaColumn> StructFields(string body)
    {
        var fields = new List<SchemaColumn>();
        var depth = 0;
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= body.Length; i++)
        {
            var c = i < body.Length ? body[i] : ',';
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth == 0)
            {
                var part = body.Substring(start, i - start).Trim();
                start = i + 1;
                if (part.Length == 0) continue;
                string fieldName, fieldType;
                if (part[0] == '"')
                {
                    var end = 1;
                    while (end < part.Length && !(part[end] == '"' && (end + 1 >= part.Length || part[end + 1] != '"'))) end += part[end] == '"' ? 2 : 1;
                    fieldName = part.Substring(1, end - 1).Replace("\"\"", "\"");
                    fieldType = part.Substring(end + 1);
                }
                else
                {
                    var space = part.IndexOf(' ');
                    fieldName = part.Substring(0, space);
                    fieldType = part.Substring(space + 1);
                }
                fields.Add(Column(fieldName, fieldType));
            }
        }
        return fields;
    }
}
