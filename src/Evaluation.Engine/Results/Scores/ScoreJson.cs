using System.Text.Json;

namespace Evaluation.Engine.Results.Scores;

/// <summary>
/// A score's NeMo statistics as JSON fields: one writer for the store's long table and for
/// <c>evalq results get</c>, so both spell every field the same way.
/// </summary>
internal static class ScoreJson
{
    /// <summary>NeMo's aggregate fields of a range score, into the open object.</summary>
    public static void WriteSummary(Utf8JsonWriter json, ScoreSummary s)
    {
        json.WriteNumber("count", s.Count);
        json.WriteNumber("nan_count", s.NanCount);
        Number(json, "sum", s.Sum);
        Number(json, "mean", s.Mean);
        Number(json, "min", s.Min);
        Number(json, "max", s.Max);
        Number(json, "variance", s.Variance);
        Number(json, "std_dev", s.StdDev);
        Number(json, "sample_variance", s.SampleVariance);
        Number(json, "sample_std_dev", s.SampleStdDev);
        Number(json, "median", s.Median);
        json.WriteStartObject("percentiles");
        foreach (var p in s.Percentiles) Number(json, p.Name, p.Value);
        json.WriteEndObject();
        json.WriteStartArray("histogram");
        foreach (var bin in s.Histogram)
        {
            json.WriteStartObject();
            Number(json, "lower_bound", bin.LowerBound);
            Number(json, "upper_bound", bin.UpperBound);
            json.WriteNumber("count", bin.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>NeMo's fields of a rubric (categorical) score, into the open object.</summary>
    public static void WriteRubric(Utf8JsonWriter json, RubricSummary r)
    {
        json.WriteNumber("count", r.Count);
        json.WriteNumber("nan_count", r.NanCount);
        json.WriteStartArray("rubric_distribution");
        foreach (var d in r.Distribution)
        {
            json.WriteStartObject();
            json.WriteString("label", d.Label);
            json.WriteNumber("count", d.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("mode_category", r.Mode);
    }

    /// <summary>A double or null, as <see cref="ResultJson.Number"/> writes it (NaN and the infinities as strings).</summary>
    public static void Number(Utf8JsonWriter json, string? name, double? value)
    {
        if (name is not null) json.WritePropertyName(name);
        if (value is { } v) ResultJson.Number(json, v);
        else json.WriteNullValue();
    }
}
