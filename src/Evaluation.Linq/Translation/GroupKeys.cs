using System.Linq.Expressions;
using Evaluation.Language.Ast;

namespace Evaluation.Linq.Translation;

/// <summary>
/// A <c>GroupBy</c> key selector as group keys: a column (<c>r => r.Model</c>), a date bucket
/// (<c>r.Timestamp.Date</c>, <c>EvaluationFunctions.Bucket(r.Timestamp, TimeInterval.Hour)</c>:
/// roundTimestamp), an anonymous type of those (<c>r => new { r.Model, Day = r.Timestamp.Date }</c>),
/// or a constant (<c>r => 1</c>: one group of all rows, an ungrouped aggregate).
/// </summary>
internal static class GroupKeys
{
    public static List<KeyPart> Of(LambdaExpression selector, Dictionary<Expression, int> slots)
    {
        var row = selector.Parameters[0];
        if (slots.ContainsKey(selector.Body)) return new List<KeyPart>(); // a constant key: all rows in one group
        if (selector.Body is NewExpression { Members: { } members } composite)
            return composite.Arguments.Select((argument, i) => Part(members[i].Name, argument, row, slots, selector)).ToList();
        return new List<KeyPart> { Part(null, selector.Body, row, slots, selector) };
    }

    private static KeyPart Part(string? member, Expression expression, ParameterExpression row, Dictionary<Expression, int> slots, LambdaExpression selector)
    {
        if (ColumnNames.Column(expression, row) is { } column)
        {
            var item = new ExprItem(new ColumnRef(column), null, null);
            return new KeyPart(member, _ => item, new GroupKey(KeyKind.Property, column), column);
        }
        var alias = member ?? "key";
        // r.Timestamp.Date: the day.
        if (expression is MemberExpression { Member.Name: "Date" } date && date.Expression is not null && ColumnNames.Column(date.Expression, row) is { } day)
            return Rounded(member, alias, day, _ => "day");
        // EvaluationFunctions.Bucket(r.Timestamp, interval).
        if (expression is MethodCallExpression { Method.Name: nameof(EvaluationFunctions.Bucket) } bucket && bucket.Method.DeclaringType == typeof(EvaluationFunctions)
            && ColumnNames.Column(bucket.Arguments[0], row) is { } timestamp && slots.TryGetValue(bucket.Arguments[1], out var slot))
            return Rounded(member, alias, timestamp, v => ((TimeInterval)v[slot]!).Name());
        throw new NotSupportedException($"The group key `{expression}` in `{selector}` cannot be translated: group by columns, a timestamp's .Date, " +
                                        "EvaluationFunctions.Bucket(timestamp, interval), or an anonymous type of those.");
    }

    private static KeyPart Rounded(string? member, string alias, string column, Func<object?[], string> interval) =>
        new(member, v => new ExprItem(new FunctionCall("roundTimestamp", NodeList.Of(
                new Argument("property", new ColumnRef(column)),
                new Argument("time_interval", new StringLiteral(interval(v))))), new Name(alias), null),
            new GroupKey(KeyKind.Alias, alias), alias);
}
