using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Apache.Arrow;
using Evaluation.Linq.Translation;

namespace Evaluation.Linq.Materialization;

/// <summary>
/// One value of an Arrow array as a .NET type, for the compiled readers: numbers widened or
/// narrowed as the target asks (NULL → NaN for double, default or null otherwise), text, bools,
/// timestamps and dates, enums (from their number or name), structs into records or classes (fields
/// by name, compiled once per type), lists into arrays and lists. The type tests are JIT-time
/// constants for value types, so a read is a cast and a call, with no reflection per row.
/// </summary>
public static class ArrowRead
{
    /// <summary>Row <paramref name="index"/> of <paramref name="array"/> as <typeparamref name="T"/>.</summary>
    public static T Value<T>(IArrowArray array, int index)
    {
        if (typeof(T) == typeof(double)) return (T)(object)Double(array, index);
        if (typeof(T) == typeof(double?)) return (T)(object)(array.IsNull(index) ? null : Double(array, index))!;
        if (typeof(T) == typeof(long)) return (T)(object)(Long(array, index) ?? 0);
        if (typeof(T) == typeof(long?)) return (T)(object)Long(array, index)!;
        if (typeof(T) == typeof(int)) return (T)(object)(int)(Long(array, index) ?? 0);
        if (typeof(T) == typeof(int?)) return (T)(object)(int?)Long(array, index)!;
        if (typeof(T) == typeof(float)) return (T)(object)(float)Double(array, index);
        if (typeof(T) == typeof(bool)) return (T)(object)(Bool(array, index) ?? false);
        if (typeof(T) == typeof(bool?)) return (T)(object)Bool(array, index)!;
        if (typeof(T) == typeof(string)) return (T)(object)Text(array, index)!;
        if (typeof(T) == typeof(DateTime)) return (T)(object)(Timestamp(array, index) ?? default);
        if (typeof(T) == typeof(DateTime?)) return (T)(object)Timestamp(array, index)!;
        return Slow<T>.Read(array, index);
    }

    private static double Double(IArrowArray array, int index) => array switch
    {
        DoubleArray d => d.GetValue(index) ?? double.NaN,
        FloatArray f => f.GetValue(index) ?? double.NaN,
        Int64Array l => l.GetValue(index) ?? double.NaN,
        Int32Array i => i.GetValue(index) ?? double.NaN,
        _ => array.IsNull(index) ? double.NaN : Convert.ToDouble(Engine.Results.ArrowValues.Get(array, index), CultureInfo.InvariantCulture),
    };

    private static long? Long(IArrowArray array, int index) => array switch
    {
        Int64Array l => l.GetValue(index),
        Int32Array i => i.GetValue(index),
        Int16Array s => s.GetValue(index),
        Int8Array b => b.GetValue(index),
        UInt32Array u => u.GetValue(index),
        DoubleArray d => d.GetValue(index) is { } v ? checked((long)v) : null,
        _ => array.IsNull(index) ? null : Convert.ToInt64(Engine.Results.ArrowValues.Get(array, index), CultureInfo.InvariantCulture),
    };

    private static bool? Bool(IArrowArray array, int index) => array switch
    {
        BooleanArray b => b.GetValue(index),
        _ => array.IsNull(index) ? null : Convert.ToBoolean(Engine.Results.ArrowValues.Get(array, index), CultureInfo.InvariantCulture),
    };

    private static string? Text(IArrowArray array, int index) => array switch
    {
        StringArray s => s.GetString(index),
        _ => Engine.Results.ArrowValues.Get(array, index) switch
        {
            null => null,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var v => v.ToString(),
        },
    };

    private static DateTime? Timestamp(IArrowArray array, int index) => array switch
    {
        TimestampArray t => t.GetTimestamp(index) is { } value ? (t.Data.DataType is Apache.Arrow.Types.TimestampType { Timezone: { } } ? value.UtcDateTime : value.DateTime) : null,
        Date32Array d => d.GetDateTime(index),
        Date64Array d => d.GetDateTime(index),
        _ => Engine.Results.ArrowValues.Get(array, index) switch
        {
            null => null,
            DateTime t => t,
            DateTimeOffset o => o.UtcDateTime,
            var v => Convert.ToDateTime(v, CultureInfo.InvariantCulture),
        },
    };

    /// <summary>Everything else, through a reader compiled once per target type.</summary>
    private static class Slow<T>
    {
        public static readonly Func<IArrowArray, int, T> Read = Build();

        private static Func<IArrowArray, int, T> Build()
        {
            var type = typeof(T);
            var underlying = Nullable.GetUnderlyingType(type);
            if (underlying is not null)
            {
                var inner = typeof(ArrowRead).GetMethod(nameof(Value))!.MakeGenericMethod(underlying).CreateDelegate<Func<IArrowArray, int, object>>();
                return (array, index) => array.IsNull(index) ? default! : (T)inner(array, index);
            }
            if (type.IsEnum)
                return (array, index) => array is StringArray s
                    ? (T)Enum.Parse(type, s.GetString(index)!, ignoreCase: true)
                    : (T)Enum.ToObject(type, Long(array, index) ?? 0);
            if (type == typeof(DateTimeOffset))
                return (array, index) => (T)(object)(array is TimestampArray t && t.GetTimestamp(index) is { } v ? v : new DateTimeOffset(DateTime.SpecifyKind(Timestamp(array, index) ?? default, DateTimeKind.Utc)));
            if (type == typeof(DateOnly))
                return (array, index) => (T)(object)DateOnly.FromDateTime(Timestamp(array, index) ?? default);
            if (type == typeof(decimal))
                return (array, index) => (T)(object)(decimal)Double(array, index);
            if (ElementOf(type) is { } element) return Lists.For<T>(element);
            if (type == typeof(object)) return (array, index) => (T)Engine.Results.ArrowValues.Get(array, index)!;
            return Structs.For<T>();
        }
    }

    /// <summary>The element type of an array, list or read-only list target; null otherwise.</summary>
    private static Type? ElementOf(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType || type == typeof(string)) return null;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    /// <summary>Lists into arrays (which serve IReadOnlyList, IList and IEnumerable targets as they are) or List&lt;T&gt;.</summary>
    private static class Lists
    {
        public static Func<IArrowArray, int, T> For<T>(Type element) =>
            (Func<IArrowArray, int, T>)typeof(Lists).GetMethod(nameof(Reader), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(typeof(T), element).Invoke(null, null)!;

        private static Func<IArrowArray, int, T> Reader<T, TElement>()
        {
            if (typeof(T).IsAssignableFrom(typeof(TElement[]))) return (array, index) => (T)(object)Read<TElement>(array, index)!;
            return (array, index) => Read<TElement>(array, index) is { } items ? (T)(object)new List<TElement>(items) : default!;
        }

        private static TElement[]? Read<TElement>(IArrowArray array, int index)
        {
            if (array is not ListArray list || list.IsNull(index)) return null;
            var start = list.ValueOffsets[index];
            var end = list.ValueOffsets[index + 1];
            var items = new TElement[end - start];
            for (var k = 0; k < items.Length; k++) items[k] = Value<TElement>(list.Values, start + k);
            return items;
        }
    }

    /// <summary>Structs into records (constructor parameters by field name) or classes (setters), compiled once per type.</summary>
    private static class Structs
    {
        private static readonly ConcurrentDictionary<(Type, string), Delegate> Readers = new();

        public static Func<IArrowArray, int, T> For<T>() => (array, index) =>
        {
            if (array is not StructArray structs) throw new InvalidCastException($"A {array.Data.DataType.Name} column cannot be read as {typeof(T).Name}.");
            return structs.IsNull(index) ? default! : Of<T>.Reader(structs)(structs, index);
        };

        /// <summary>
        /// The reader for a struct type, found once per array (the rows of a batch share their array and
        /// its type), by its field names, compiled once per target type and field list.
        /// </summary>
        private static class Of<T>
        {
            [ThreadStatic] private static StructArray? _array;
            [ThreadStatic] private static Func<StructArray, int, T>? _reader;

            public static Func<StructArray, int, T> Reader(StructArray array)
            {
                if (ReferenceEquals(array, _array)) return _reader!;
                var fields = ((Apache.Arrow.Types.StructType)array.Data.DataType).Fields.Select(f => f.Name).ToList();
                _reader = (Func<StructArray, int, T>)Readers.GetOrAdd((typeof(T), string.Join(",", fields)), _ => Compile<T>(fields));
                _array = array;
                return _reader;
            }
        }

        private static Func<StructArray, int, T> Compile<T>(IReadOnlyList<string> fields)
        {
            var structs = Expression.Parameter(typeof(StructArray), "structs");
            var index = Expression.Parameter(typeof(int), "index");
            Expression? Field(string memberName, Type type, MemberInfo? member)
            {
                var wanted = member is null ? memberName : ColumnNames.Of(member);
                var position = fields.ToList().FindIndex(f => Same(f, wanted));
                if (position < 0) return null;
                var column = Expression.Call(Expression.Property(structs, nameof(StructArray.Fields)), typeof(IReadOnlyList<IArrowArray>).GetMethod("get_Item")!, Expression.Constant(position));
                return Expression.Call(typeof(ArrowRead).GetMethod(nameof(Value))!.MakeGenericMethod(type), column, index);
            }
            var type = typeof(T);
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            Expression body;
            if (constructor is not null && constructor.GetParameters().Length > 0)
            {
                var arguments = constructor.GetParameters().Select(p =>
                    Field(p.Name!, p.ParameterType, properties.FirstOrDefault(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
                    ?? (Expression)Expression.Default(p.ParameterType)).ToList();
                body = Expression.New(constructor, arguments);
            }
            else
            {
                body = Expression.MemberInit(Expression.New(type), properties.Where(p => p.CanWrite)
                    .Select(p => (p, value: Field(p.Name, p.PropertyType, p)))
                    .Where(b => b.value is not null)
                    .Select(b => Expression.Bind(b.p, b.value!)));
            }
            return Expression.Lambda<Func<StructArray, int, T>>(body, structs, index).Compile();
        }

        /// <summary>A field matches a member's column name exactly, or without case and underscores (true_positive ↔ TruePositive).</summary>
        private static bool Same(string field, string member) =>
            field == member || string.Equals(field.Replace("_", ""), member.Replace("_", ""), StringComparison.OrdinalIgnoreCase);
    }
}
