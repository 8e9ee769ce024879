using System.ComponentModel.DataAnnotations.Schema;
using System.Linq.Expressions;
using System.Reflection;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace Evaluation.Engine.Sources;

/// <summary>
/// .NET objects as Arrow record batches: one column per public readable property (named by
/// the property, or by <see cref="ColumnAttribute"/>), read through getters compiled once per
/// type, so no reflection runs per row. Numbers become int64 or double, text utf8, DateTime a
/// timestamp, DateTimeOffset a UTC timestamp, DateOnly a date, enums their names.
/// </summary>
internal static class ObjectBatches
{
    public const int BatchSize = 65_536;

    public static Schema SchemaOf<T>() => new(Columns<T>().Select(c => c.Field), null);

    public static IEnumerable<RecordBatch> Batches<T>(IEnumerable<T> rows)
    {
        var columns = Columns<T>();
        var schema = new Schema(columns.Select(c => c.Field), null);
        var count = 0;
        foreach (var row in rows)
        {
            foreach (var column in columns) column.Append(row);
            if (++count == BatchSize)
            {
                yield return new RecordBatch(schema, columns.Select(c => c.Build()), count);
                count = 0;
            }
        }
        if (count > 0 || schema.FieldsList.Count == 0)
            yield return new RecordBatch(schema, columns.Select(c => c.Build()), count);
    }

    private static IReadOnlyList<Column<T>> Columns<T>()
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToList();
        if (properties.Count == 0) throw new NotSupportedException($"{typeof(T).Name} has no public properties to read as columns.");
        return properties.Select(ColumnFor<T>).ToList();
    }

    private static Column<T> ColumnFor<T>(PropertyInfo property)
    {
        var name = property.GetCustomAttribute<ColumnAttribute>()?.Name ?? property.Name;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type.IsEnum) return new TextColumn<T>(name, Getter<T, string?>(property, p => Expression.Condition(
            Expression.Equal(Expression.Convert(p, typeof(object)), Expression.Constant(null)), Expression.Constant(null, typeof(string)), Expression.Call(Expression.Convert(p, typeof(object)), nameof(ToString), Type.EmptyTypes))));
        if (type == typeof(string) || type == typeof(Guid)) return new TextColumn<T>(name, Getter<T, string?>(property, p => type == typeof(string) ? p : Expression.Call(Expression.Convert(p, typeof(object)), nameof(ToString), Type.EmptyTypes)));
        if (type == typeof(bool)) return new BoolColumn<T>(name, Getter<T, bool?>(property));
        if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint))
            return new IntegerColumn<T>(name, Getter<T, long?>(property));
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return new FloatColumn<T>(name, Getter<T, double?>(property));
        if (type == typeof(DateTime)) return new TimestampColumn<T>(name, Getter<T, DateTime?>(property), timezone: null);
        if (type == typeof(DateTimeOffset))
        {
            var instant = Getter<T, DateTimeOffset?>(property);
            return new TimestampColumn<T>(name, row => instant(row)?.UtcDateTime, timezone: "UTC");
        }
        if (type == typeof(DateOnly)) return new DateColumn<T>(name, Getter<T, DateOnly?>(property));
        throw new NotSupportedException($"{typeof(T).Name}.{property.Name} is a {property.PropertyType.Name}; columns can be numbers, bool, string, Guid, enums, DateTime, DateTimeOffset or DateOnly.");
    }

    /// <summary><c>row =&gt; (TValue)row.Property</c>, compiled once.</summary>
    private static Func<T, TValue> Getter<T, TValue>(PropertyInfo property, Func<Expression, Expression>? shape = null)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression value = Expression.Property(row, property);
        value = shape is null ? Expression.Convert(value, typeof(TValue)) : Expression.Convert(shape(value), typeof(TValue));
        return Expression.Lambda<Func<T, TValue>>(value, row).Compile();
    }

    private abstract class Column<T>(Field field)
    {
        public Field Field { get; } = field;
        public abstract void Append(T row);
        public abstract IArrowArray Build();
    }

    private sealed class FloatColumn<T>(string name, Func<T, double?> get) : Column<T>(new Field(name, DoubleType.Default, true))
    {
        private DoubleArray.Builder _builder = new();
        public override void Append(T row) { if (get(row) is { } v) _builder.Append(v); else _builder.AppendNull(); }
        public override IArrowArray Build() { var a = _builder.Build(); _builder = new(); return a; }
    }

    private sealed class IntegerColumn<T>(string name, Func<T, long?> get) : Column<T>(new Field(name, Int64Type.Default, true))
    {
        private Int64Array.Builder _builder = new();
        public override void Append(T row) { if (get(row) is { } v) _builder.Append(v); else _builder.AppendNull(); }
        public override IArrowArray Build() { var a = _builder.Build(); _builder = new(); return a; }
    }

    private sealed class BoolColumn<T>(string name, Func<T, bool?> get) : Column<T>(new Field(name, BooleanType.Default, true))
    {
        private BooleanArray.Builder _builder = new();
        public override void Append(T row) { if (get(row) is { } v) _builder.Append(v); else _builder.AppendNull(); }
        public override IArrowArray Build() { var a = _builder.Build(); _builder = new(); return a; }
    }

    private sealed class TextColumn<T>(string name, Func<T, string?> get) : Column<T>(new Field(name, StringType.Default, true))
    {
        private StringArray.Builder _builder = new();
        public override void Append(T row) { if (get(row) is { } v) _builder.Append(v); else _builder.AppendNull(); }
        public override IArrowArray Build() { var a = _builder.Build(); _builder = new(); return a; }
    }

    private sealed class TimestampColumn<T>(string name, Func<T, DateTime?> get, string? timezone)
        : Column<T>(new Field(name, new TimestampType(TimeUnit.Microsecond, timezone), true))
    {
        private readonly TimestampType _type = new(TimeUnit.Microsecond, timezone);
        private TimestampArray.Builder? _builder;
        private TimestampArray.Builder Builder => _builder ??= new TimestampArray.Builder(_type);
        public override void Append(T row)
        {
            if (get(row) is { } v) Builder.Append(new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Unspecified), TimeSpan.Zero));
            else Builder.AppendNull();
        }
        public override IArrowArray Build() { var a = Builder.Build(); _builder = null; return a; }
    }

    private sealed class DateColumn<T>(string name, Func<T, DateOnly?> get) : Column<T>(new Field(name, Date32Type.Default, true))
    {
        private Date32Array.Builder _builder = new();
        public override void Append(T row) { if (get(row) is { } v) _builder.Append(v); else _builder.AppendNull(); }
        public override IArrowArray Build() { var a = _builder.Build(); _builder = new(); return a; }
    }
}
