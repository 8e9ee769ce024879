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

    public static Schema SchemaOf<T>() => SchemaOf<T>(PropertyColumns<T>());

    public static IEnumerable<RecordBatch> Batches<T>(IEnumerable<T> rows) => Batches(rows, PropertyColumns<T>());

    /// <summary>The schema of columns computed from each row: a name and a lambda from the row to the value.</summary>
    public static Schema SchemaOf<T>(IReadOnlyList<(string Name, LambdaExpression Read)> columns) =>
        new(columns.Select(c => ColumnFor<T>(c.Name, c.Read).Field), null);

    /// <summary>Batches of columns computed from each row (<see cref="SchemaOf{T}(IReadOnlyList{ValueTuple{string, LambdaExpression}})"/>).</summary>
    public static IEnumerable<RecordBatch> Batches<T>(IEnumerable<T> rows, IReadOnlyList<(string Name, LambdaExpression Read)> definitions)
    {
        var columns = definitions.Select(c => ColumnFor<T>(c.Name, c.Read)).ToList();
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

    /// <summary>One column per public readable property: <c>row =&gt; row.Property</c>, named by the property or <see cref="ColumnAttribute"/>.</summary>
    private static IReadOnlyList<(string Name, LambdaExpression Read)> PropertyColumns<T>()
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToList();
        if (properties.Count == 0) throw new NotSupportedException($"{typeof(T).Name} has no public properties to read as columns.");
        return properties.Select(property =>
        {
            var row = Expression.Parameter(typeof(T), "row");
            return (ColumnName(property), Expression.Lambda(Expression.Property(row, property), row));
        }).ToList();
    }

    /// <summary>The column a member is written to (and read from): its <see cref="ColumnAttribute"/> name, else its own.</summary>
    internal static string ColumnName(MemberInfo member) => member.GetCustomAttribute<ColumnAttribute>()?.Name ?? member.Name;

    private static Column<T> ColumnFor<T>(string name, LambdaExpression read)
    {
        var type = Nullable.GetUnderlyingType(read.ReturnType) ?? read.ReturnType;
        if (type.IsEnum) return new TextColumn<T>(name, Getter<T, string?>(read, p => Expression.Condition(
            Expression.Equal(Expression.Convert(p, typeof(object)), Expression.Constant(null)), Expression.Constant(null, typeof(string)), Expression.Call(Expression.Convert(p, typeof(object)), nameof(ToString), Type.EmptyTypes))));
        if (type == typeof(string) || type == typeof(Guid)) return new TextColumn<T>(name, Getter<T, string?>(read, p => type == typeof(string) ? p : Expression.Call(Expression.Convert(p, typeof(object)), nameof(ToString), Type.EmptyTypes)));
        if (type == typeof(bool)) return new BoolColumn<T>(name, Getter<T, bool?>(read));
        if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint))
            return new IntegerColumn<T>(name, Getter<T, long?>(read));
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return new FloatColumn<T>(name, Getter<T, double?>(read));
        if (type == typeof(DateTime)) return new TimestampColumn<T>(name, Getter<T, DateTime?>(read), timezone: null);
        if (type == typeof(DateTimeOffset))
        {
            var instant = Getter<T, DateTimeOffset?>(read);
            return new TimestampColumn<T>(name, row => instant(row)?.UtcDateTime, timezone: "UTC");
        }
        if (type == typeof(DateOnly)) return new DateColumn<T>(name, Getter<T, DateOnly?>(read));
        throw new NotSupportedException($"{typeof(T).Name}.{name} is a {read.ReturnType.Name}; columns can be numbers, bool, string, Guid, enums, DateTime, DateTimeOffset or DateOnly.");
    }

    /// <summary><c>row =&gt; (TValue)read(row)</c>, compiled once per column.</summary>
    private static Func<T, TValue> Getter<T, TValue>(LambdaExpression read, Func<Expression, Expression>? shape = null)
    {
        var value = shape is null ? Expression.Convert(read.Body, typeof(TValue)) : Expression.Convert(shape(read.Body), typeof(TValue));
        return Expression.Lambda<Func<T, TValue>>(value, read.Parameters[0]).Compile();
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
