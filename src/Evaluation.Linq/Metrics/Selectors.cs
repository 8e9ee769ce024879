using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Evaluation.Linq;

/// <summary>
/// A metric method's selectors (<c>Func&lt;T, X&gt;</c> for any X) called in memory without reflection per
/// row: an adapter per delegate type, compiled once, calls the delegate and widens its value to a double.
/// </summary>
internal static class Selectors
{
    private static readonly ConcurrentDictionary<Type, Delegate> Adapters = new();
    private static readonly ConcurrentDictionary<Type, Delegate> BoxingAdapters = new();

    /// <summary>The selector's value as an object (a label compared with pos_label).</summary>
    public static Func<T, object?> Value<T>(Delegate selector)
    {
        var adapter = (Func<Delegate, T, object?>)BoxingAdapters.GetOrAdd(selector.GetType(), type =>
        {
            var d = Expression.Parameter(typeof(Delegate), "selector");
            var row = Expression.Parameter(typeof(T), "row");
            return Expression.Lambda<Func<Delegate, T, object?>>(
                Expression.Convert(Expression.Invoke(Expression.Convert(d, type), row), typeof(object)), d, row).Compile();
        });
        return row => adapter(selector, row);
    }

    /// <summary>The selector's value as a double: numbers widened, bool as 1/0, null as NaN.</summary>
    public static Func<T, double> Number<T>(Delegate selector)
    {
        var adapter = (Func<Delegate, T, double>)Adapters.GetOrAdd(selector.GetType(), Compile<T>);
        return row => adapter(selector, row);
    }

    private static Delegate Compile<T>(Type selectorType)
    {
        var selector = Expression.Parameter(typeof(Delegate), "selector");
        var row = Expression.Parameter(typeof(T), "row");
        var value = Expression.Invoke(Expression.Convert(selector, selectorType), row);
        var widen = typeof(Selectors).GetMethod(nameof(Widen), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(value.Type);
        return Expression.Lambda<Func<Delegate, T, double>>(Expression.Call(widen, value), selector, row).Compile();
    }

    /// <summary>A value as a double; the type tests are constants the JIT folds per X.</summary>
    private static double Widen<TValue>(TValue value)
    {
        if (typeof(TValue) == typeof(double)) return (double)(object)value!;
        if (typeof(TValue) == typeof(long)) return (long)(object)value!;
        if (typeof(TValue) == typeof(int)) return (int)(object)value!;
        if (typeof(TValue) == typeof(bool)) return (bool)(object)value! ? 1 : 0;
        return value switch
        {
            null => double.NaN,
            bool b => b ? 1 : 0,
            IConvertible c => c.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new NotSupportedException($"A value of type {value.GetType().Name} is not a number."),
        };
    }
}
