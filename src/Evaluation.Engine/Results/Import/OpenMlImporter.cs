using System.Globalization;
using System.Text.Json;
using Evaluation.Engine.Results.Store;

namespace Evaluation.Engine.Results.Import;

/// <summary>
/// OpenML's evaluation listing (<c>evaluation/list</c>): records of run_id, task_id, setup_id,
/// flow_id, flow_name, data_id, data_name, function, upload_time, uploader, uploader_name, value,
/// per-fold <c>values</c> (repeats × folds) and per-class <c>array_data</c>; as a plain list or
/// wrapped in <c>{"evaluations": {"evaluation": [...]}}</c>. One result per run
/// (<c>openml-run-ID</c>): the flow is the model, the dataset is the data name, the benchmark the
/// task; each function is a metric with its per-fold values, and one row per fold besides.
/// </summary>
internal static class OpenMlImporter
{
    public static IReadOnlyList<SavedResult> Read(ImportJson json, string text)
    {
        using var document = json.Parse(text);
        var root = document.RootElement;
        var path = "$";
        if (root.ValueKind == JsonValueKind.Object)
        {
            root = json.Required(json.Required(root, "evaluations", "$"), "evaluation", "$.evaluations");
            path = "$.evaluations.evaluation";
        }
        if (root.ValueKind != JsonValueKind.Array) throw json.Error(path, "expected a list of evaluations");
        var records = root.EnumerateArray().Select((e, i) => (Element: e, Path: $"{path}[{i}]")).ToList();
        return records.GroupBy(r => json.String(r.Element, "run_id", r.Path) ?? throw json.Error(r.Path, "missing `run_id`"))
            .Select(run => Run(json, run.Key, run.ToList())).ToList();
    }

    private static SavedResult Run(ImportJson json, string runId, IReadOnlyList<(JsonElement Element, string Path)> records)
    {
        var (first, at) = records[0];
        var scores = new List<ResultScore>();
        foreach (var (record, path) in records)
        {
            var metric = json.String(record, "function", path) ?? throw json.Error(path, "missing `function`");
            var value = json.Number(ImportJson.Optional(record, "value"), path + ".value");
            var perFold = Folds(json, ImportJson.Optional(record, "values"), path + ".values");
            IReadOnlyList<ClassValue>? perClass = null;
            var classes = json.List(ImportJson.Optional(record, "array_data"), path + ".array_data", out var owned);
            using (owned)
            {
                perClass = classes?.Select((c, i) => new ClassValue(i.ToString(CultureInfo.InvariantCulture), json.Number(c, $"{path}.array_data[{i}]") ?? double.NaN)).ToList();
            }
            scores.Add(new ResultScore { Metric = metric, Score = value, PerFold = perFold, ArrayData = perClass });
            if (perFold is not null)
                scores.AddRange(perFold.Select((v, fold) => new ResultScore { Metric = metric, Fold = fold, Score = v }));
        }
        var ids = new Dictionary<string, string?>
        {
            ["task_id"] = json.String(first, "task_id", at),
            ["setup_id"] = json.String(first, "setup_id", at),
            ["flow_id"] = json.String(first, "flow_id", at),
            ["data_id"] = json.String(first, "data_id", at),
            ["uploader"] = json.String(first, "uploader", at),
        };
        return new SavedResult(new ResultRun
        {
            Name = "openml-run-" + ResultNames.From(runId),
            RunId = runId,
            System = "openml",
            CreatedAt = json.Time(first, "upload_time", at) ?? throw json.Error(at, "missing `upload_time`"),
            Model = json.String(first, "flow_name", at),
            Dataset = json.String(first, "data_name", at),
            Benchmark = ids["task_id"] is { } task ? "openml-task-" + task : null,
            Params = ids.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!),
            Metadata = JsonSerializer.Serialize(new Dictionary<string, string?> { ["uploader_name"] = json.String(first, "uploader_name", at) }),
        }, scores);
    }

    /// <summary>The per-fold values, repeats flattened in order (repeat 0's folds, then repeat 1's).</summary>
    private static IReadOnlyList<double>? Folds(ImportJson json, JsonElement? values, string path)
    {
        var outer = json.List(values, path, out var owned);
        using (owned)
        {
            if (outer is null) return null;
            var flat = new List<double>();
            for (var r = 0; r < outer.Count; r++)
            {
                if (outer[r].ValueKind == JsonValueKind.Array)
                    flat.AddRange(outer[r].EnumerateArray().Select((v, f) => json.Number(v, $"{path}[{r}][{f}]") ?? double.NaN));
                else flat.Add(json.Number(outer[r], $"{path}[{r}]") ?? double.NaN);
            }
            return flat;
        }
    }
}
