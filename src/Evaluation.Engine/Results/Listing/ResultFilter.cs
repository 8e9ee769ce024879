using System.Globalization;
using System.Text.Json;
using Evaluation.Engine.Results.Store;

namespace Evaluation.Engine.Results.Listing;

/// <summary>
/// NeMo's filter over saved results, parsed from JSON: <c>{"benchmark": "b"}</c>,
/// <c>{"created_at": {"$gt": "2026-01-01"}}</c>, <c>{"$or": [...]}</c>, with the operators
/// <c>$eq $ne $lt $lte $gt $gte $in $nin $like $and $or $not</c>. Fields: name, model,
/// benchmark, dataset, status, system, metric, tags, created_at, updated_at and
/// <c>params.KEY</c>. On a list field (tags, metric) <c>$eq</c> means "holds the value",
/// <c>$in</c> "holds one of them", a comparison or <c>$like</c> "some element matches"; <c>$ne</c>
/// and <c>$nin</c> are their negations. <c>$like</c> is a case-insensitive substring match. Dates
/// compare as timestamps (ISO 8601, UTC). Several fields in one object must all match.
/// </summary>
public sealed class ResultFilter
{
    private static readonly string[] ScalarFields = { "name", "model", "benchmark", "dataset", "status", "system" };
    private static readonly string[] DateFields = { "created_at", "updated_at" };
    private static readonly string[] ListFields = { "metric", "tags" };
    private static readonly string[] Operators = { "$eq", "$ne", "$lt", "$lte", "$gt", "$gte", "$in", "$nin", "$like" };

    private readonly Func<SavedResult, bool> _matches;

    private ResultFilter(Func<SavedResult, bool> matches) => _matches = matches;

    /// <summary>Every result matches.</summary>
    public static ResultFilter All { get; } = new(_ => true);

    /// <summary>True when <paramref name="result"/> passes the filter.</summary>
    public bool Matches(SavedResult result) => _matches(result);

    /// <summary>Parses a filter; <paramref name="where"/> names its origin in messages (<c>--filter</c>).</summary>
    /// <exception cref="ResultStoreException">The JSON is malformed, or names an unknown field or operator; the message gives the JSON path.</exception>
    public static ResultFilter Parse(string json, string where = "--filter")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ResultStoreException($"{where}: not valid JSON ({e.Message})");
        }
        using (document) return new ResultFilter(Object(document.RootElement, "$", where));
    }

    /// <summary>The search NeMo's <c>search</c> parameter gives a bare string: a substring of the name, benchmark, dataset or model.</summary>
    public static ResultFilter Search(string text) =>
        new(r => new[] { r.Run.Name, r.Run.Benchmark, r.Run.Dataset, r.Run.Model }.Any(v => v is not null && v.Contains(text, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Both filters.</summary>
    public ResultFilter And(ResultFilter other) => new(r => Matches(r) && other.Matches(r));

    private static Func<SavedResult, bool> Object(JsonElement element, string path, string where)
    {
        if (element.ValueKind != JsonValueKind.Object) throw Error(where, path, $"a filter is a JSON object, not {Kind(element)}");
        var parts = new List<Func<SavedResult, bool>>();
        foreach (var member in element.EnumerateObject())
        {
            var at = path + "." + member.Name;
            switch (member.Name)
            {
                case "$and":
                case "$or":
                    if (member.Value.ValueKind != JsonValueKind.Array) throw Error(where, at, $"`{member.Name}` takes a list of filters");
                    var items = member.Value.EnumerateArray().Select((e, i) => Object(e, $"{at}[{i}]", where)).ToList();
                    parts.Add(member.Name == "$and" ? r => items.All(f => f(r)) : r => items.Any(f => f(r)));
                    break;
                case "$not":
                    var inner = Object(member.Value, at, where);
                    parts.Add(r => !inner(r));
                    break;
                default:
                    parts.Add(Field(member.Name, member.Value, at, where));
                    break;
            }
        }
        return r => parts.All(p => p(r));
    }

    private static Func<SavedResult, bool> Field(string field, JsonElement condition, string path, string where)
    {
        Func<SavedResult, IReadOnlyList<string?>> values;
        var dates = false;
        if (ScalarFields.Contains(field)) values = r => new[] { Scalar(r, field) };
        else if (DateFields.Contains(field)) { values = r => new[] { Scalar(r, field) }; dates = true; }
        else if (field == "tags") values = r => r.Run.Tags;
        else if (field == "metric") values = r => r.Scores.Select(s => s.Metric).Distinct().ToList();
        else if (field.StartsWith("params.", StringComparison.Ordinal) && field.Length > 7)
        {
            var key = field.Substring(7);
            values = r => new[] { r.Run.Params.TryGetValue(key, out var v) ? v : null };
        }
        else
        {
            var known = ScalarFields.Concat(DateFields).Concat(ListFields).Append("params.KEY");
            var suggestion = Language.Catalog.Suggestions.Closest(field, ScalarFields.Concat(DateFields).Concat(ListFields).ToList());
            throw Error(where, path, $"unknown field `{field}`; filter on {string.Join(", ", known)}" + (suggestion is null ? "" : $" (did you mean `{suggestion}`?)"));
        }

        if (condition.ValueKind != JsonValueKind.Object) return Test("$eq", condition, values, dates, path, where);
        var tests = condition.EnumerateObject().Select(op => op.Name switch
        {
            "$not" => Negate(Field(field, op.Value, path + ".$not", where)),
            _ when Operators.Contains(op.Name) => Test(op.Name, op.Value, values, dates, path + "." + op.Name, where),
            _ => throw Error(where, path + "." + op.Name, $"unknown operator `{op.Name}`; use {string.Join(" ", Operators)} $not" +
                (Language.Catalog.Suggestions.Closest(op.Name, Operators) is { } s ? $" (did you mean `{s}`?)" : "")),
        }).ToList();
        return r => tests.All(t => t(r));
    }

    private static Func<SavedResult, bool> Negate(Func<SavedResult, bool> inner) => r => !inner(r);

    private static Func<SavedResult, bool> Test(string op, JsonElement operand, Func<SavedResult, IReadOnlyList<string?>> values, bool dates, string path, string where)
    {
        if (op is "$in" or "$nin")
        {
            if (operand.ValueKind != JsonValueKind.Array) throw Error(where, path, $"`{op}` takes a list of values");
            var set = operand.EnumerateArray().Select(e => Text(e, path, where)).ToList();
            return op == "$in" ? r => values(r).Any(v => set.Any(s => Same(v, s, dates))) : r => !values(r).Any(v => set.Any(s => Same(v, s, dates)));
        }
        var expected = Text(operand, path, where);
        if (dates && op is not "$like" && !TryDate(expected, out _))
            throw Error(where, path, $"`{expected}` is not a date: write it as ISO 8601, e.g. 2026-01-31 or 2026-01-31T12:00:00");
        return op switch
        {
            "$eq" => r => values(r).Any(v => Same(v, expected, dates)),
            "$ne" => r => !values(r).Any(v => Same(v, expected, dates)),
            "$like" => r => values(r).Any(v => v is not null && v.Contains(expected, StringComparison.OrdinalIgnoreCase)),
            _ => r => values(r).Any(v => v is not null && Compare(v, expected, dates) is var c && op switch
            {
                "$lt" => c < 0,
                "$lte" => c <= 0,
                "$gt" => c > 0,
                _ => c >= 0,
            }),
        };
    }

    private static string? Scalar(SavedResult r, string field) => field switch
    {
        "name" => r.Run.Name,
        "model" => r.Run.Model,
        "benchmark" => r.Run.Benchmark,
        "dataset" => r.Run.Dataset,
        "status" => r.Run.Status,
        "system" => r.Run.System,
        "created_at" => Iso(r.Run.CreatedAt),
        _ => Iso(r.Run.UpdatedAt ?? r.Run.CreatedAt),
    };

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    private static bool Same(string? value, string expected, bool dates) =>
        value is not null && (dates ? Compare(value, expected, true) == 0 : string.Equals(value, expected, StringComparison.Ordinal));

    private static int Compare(string value, string expected, bool dates) =>
        dates && TryDate(value, out var a) && TryDate(expected, out var b) ? a.CompareTo(b) : string.CompareOrdinal(value, expected);

    private static bool TryDate(string text, out DateTime value) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);

    private static string Text(JsonElement element, string path, string where) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => throw Error(where, path, $"expected a string, number or boolean, not {Kind(element)}"),
    };

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.Null => "null",
        _ => "a " + element.ValueKind.ToString().ToLowerInvariant(),
    };

    private static ResultStoreException Error(string where, string path, string message) => new($"{where}: {path}: {message}");
}
