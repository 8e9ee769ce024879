using System.Text.Json;
using Evaluation.Engine.Results.Scores;
using Evaluation.Engine.Results.Store;

namespace Evaluation.Engine.Results.Import;

/// <summary>
/// NeMo Evaluator results. Aggregate scores (JSON): the job's name, benchmark, model, dataset,
/// created_at and <c>results[]</c>, one entry per metric reference with its <c>scores[]</c>
/// (name, score_type range or rubric, count, nan_count, sum, mean, min, max, variance, std_dev,
/// percentiles, histogram, rubric_distribution, mode_category): imported as they are. Row
/// scores (JSONL: item, metrics <c>{ref: [{name, value}]}</c>): the aggregate fields are computed
/// here from the rows, numbers as range scores, strings as rubric scores; the file has no creation
/// time, so the result's is the import's.
/// </summary>
internal static class NemoImporter
{
    public static SavedResult Read(ImportJson json, string text, string name, bool rows) => rows ? FromRows(json, text, name) : FromAggregate(json, text, name);

    private static SavedResult FromAggregate(ImportJson json, string text, string name)
    {
        using var document = json.Parse(text);
        var root = document.RootElement;
        var results = json.Required(root, "results", "$");
        var scores = new List<ResultScore>();
        foreach (var (entry, i) in results.EnumerateArray().Select((e, i) => (e, i)))
        {
            var at = $"$.results[{i}]";
            var reference = json.String(entry, "metric", at);
            foreach (var (score, j) in json.Required(entry, "scores", at).EnumerateArray().Select((s, j) => (s, j)))
                scores.Add(Score(json, score, reference, $"{at}.scores[{j}]"));
        }
        return new SavedResult(new ResultRun
        {
            Name = json.String(root, "name", "$") is { } own ? ResultNames.From(own) : name,
            System = "nemo",
            CreatedAt = json.Time(root, "created_at", "$") ?? throw json.Error("$", "missing `created_at`"),
            Model = json.String(root, "model", "$"),
            Benchmark = json.String(root, "benchmark", "$"),
            Dataset = json.String(root, "dataset", "$"),
            Status = json.String(root, "status", "$") ?? ResultStatus.Success,
        }, scores);
    }

    private static ResultScore Score(ImportJson json, JsonElement score, string? reference, string at)
    {
        var metric = json.String(score, "name", at) ?? reference ?? throw json.Error(at, "missing `name`");
        double N(string key) => json.Number(ImportJson.Optional(score, key), at + "." + key) ?? double.NaN;
        long L(string key) => (long)(json.Number(ImportJson.Optional(score, key), at + "." + key) ?? 0);
        if (json.String(score, "score_type", at) == "rubric")
        {
            var distribution = ImportJson.Optional(score, "rubric_distribution") switch
            {
                { ValueKind: JsonValueKind.Object } o => o.EnumerateObject().Select(p => new LabelCount(p.Name, (long)(json.Number(p.Value, $"{at}.rubric_distribution.{p.Name}") ?? 0))).ToList(),
                { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select((d, k) => new LabelCount(json.String(d, "label", $"{at}.rubric_distribution[{k}]") ?? "",
                    (long)(json.Number(ImportJson.Optional(d, "count"), $"{at}.rubric_distribution[{k}].count") ?? 0))).ToList(),
                _ => new List<LabelCount>(),
            };
            return new ResultScore { Metric = metric, Rubric = new RubricSummary(L("count"), L("nan_count"), distribution.OrderBy(d => d.Label, StringComparer.Ordinal).ToList(), json.String(score, "mode_category", at)) };
        }
        var percentiles = ImportJson.Optional(score, "percentiles");
        var histogram = ImportJson.Optional(score, "histogram") is { ValueKind: JsonValueKind.Array } bins
            ? bins.EnumerateArray().Select((b, k) => new HistogramBin(
                json.Number(ImportJson.Optional(b, "lower_bound") ?? ImportJson.Optional(b, "lower"), $"{at}.histogram[{k}].lower_bound") ?? double.NaN,
                json.Number(ImportJson.Optional(b, "upper_bound") ?? ImportJson.Optional(b, "upper"), $"{at}.histogram[{k}].upper_bound") ?? double.NaN,
                (long)(json.Number(ImportJson.Optional(b, "count"), $"{at}.histogram[{k}].count") ?? 0))).ToList()
            : new List<HistogramBin>();
        var summary = new ScoreSummary(L("count"), L("nan_count"), N("sum"), N("mean"), N("min"), N("max"), N("variance"), N("std_dev"),
            N("sample_variance"), N("sample_std_dev"), N("median"),
            ScoreStatistics.PercentilePoints.Select(p => new Percentile("p" + p,
                percentiles is { } ps ? json.Number(ImportJson.Optional(ps, "p" + p), $"{at}.percentiles.p{p}") ?? double.NaN : double.NaN)).ToList(),
            histogram);
        return new ResultScore { Metric = metric, Score = summary.Mean, Summary = summary };
    }

    private static SavedResult FromRows(ImportJson json, string text, string name)
    {
        var values = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        var rows = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            using var document = json.Parse(lines[i], i + 1);
            var at = $"line {i + 1}: $";
            var metrics = json.Required(document.RootElement, "metrics", at);
            foreach (var metric in metrics.EnumerateObject())
                foreach (var (score, k) in metric.Value.EnumerateArray().Select((s, k) => (s, k)))
                {
                    var key = json.String(score, "name", $"{at}.metrics.{metric.Name}[{k}]") ?? metric.Name;
                    var value = ImportJson.Optional(score, "value");
                    if (!values.TryGetValue(key, out var list)) values[key] = list = Enumerable.Repeat<object?>(null, rows).ToList();
                    list.Add(value switch
                    {
                        null => null,
                        { ValueKind: JsonValueKind.String } s when s.GetString() is not ("NaN" or "Infinity" or "-Infinity") => s.GetString(),
                        { } v => json.Number(v, $"{at}.metrics.{metric.Name}[{k}].value"),
                    });
                }
            rows++;
            foreach (var list in values.Values) while (list.Count < rows) list.Add(null); // a metric absent from a row is missing there
        }
        var scores = values.Select(kv => kv.Value.Any(v => v is string)
            ? new ResultScore { Metric = kv.Key, Rubric = ScoreStatistics.Summarise(kv.Value.Select(v => v as string ?? (v is double d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : null))) }
            : ScoreOf(kv.Key, ScoreStatistics.Summarise(kv.Value.Select(v => (double?)v)))).ToList();
        return new SavedResult(new ResultRun { Name = name, System = "nemo", CreatedAt = DateTime.UtcNow }, scores);
    }

    private static ResultScore ScoreOf(string metric, ScoreSummary summary) => new() { Metric = metric, Score = summary.Mean, Summary = summary };
}
