using System.Diagnostics;
using DuckDB.NET.Data;
using Evaluation.Engine;

namespace Evaluation.Benchmarks;

/// <summary>
/// The C# aggregates (issue 5) on the 10-million-row file of <see cref="EngineBenchmarks"/> (3
/// models): each metric through the engine with the aggregates against the same query on the
/// portable path (its pure-SQL formulation), and against the plain scan of the columns; AUC's
/// peak memory per row, measured in a fresh process; and mAP over 100,000 images.
/// </summary>
internal static class AggregateBenchmarks
{
    private static string ImagesFile => Path.Combine(Path.GetTempPath(), "evalq-bench", "100k-images.parquet");
    private static string GroupsFile => Path.Combine(Path.GetTempPath(), "evalq-bench", "100k-groups.parquet");

    /// <summary>Every case, or only those whose name contains <paramref name="only"/> (mAP included when it matches).</summary>
    public static IEnumerable<Harness.Figure> Run(string? only = null)
    {
        EngineBenchmarks.EnsureData();
        var from = $"from '{EngineBenchmarks.DataFile}'";
        using var native = EvaluationEngine.Open();
        using var portable = EvaluationEngine.Open(new EngineOptions { PortableSql = true });
        using var scan = new DuckDBConnection("DataSource=:memory:");
        scan.Open();
        var scanSql = $"SELECT sum(score), sum(label) FROM read_parquet('{EngineBenchmarks.DataFile.Replace("'", "''")}')";

        var cases = new (string Name, string Query)[]
        {
            ("exact AUC, ungrouped", $"{from} | select a = auc(label, score)"),
            ("exact AUC by model (3 groups)", $"{from} | group by model | select a = auc(label, score)"),
            ("exact AUC, 10M distinct scores (y_true as the score)", $"{from} | select a = auc(label, y_true)"),
            ("exact AUC by model, 10M distinct scores", $"{from} | group by model | select a = auc(label, y_true)"),
            ("average precision, ungrouped", $"{from} | select a = average_precision(label, score)"),
            ("average precision by model (3 groups)", $"{from} | group by model | select a = average_precision(label, score)"),
            ("spearman(y_true, y_pred), ungrouped", $"{from} | select r = spearman(y_true, y_pred)"),
        };
        foreach (var (name, query) in cases.Where(c => only is null || c.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            yield return Harness.CompareCalls(name + ": C# aggregate vs pure SQL", () => native.Query(query),
                "the same query, --portable-sql", () => portable.Query(query), rounds: 5);
            yield return Harness.CompareCalls(name + ": C# aggregate vs plain scan", () => native.Query(query),
                "SELECT sum(score), sum(label)", () => EngineBenchmarks.ReadAll(scan, scanSql), rounds: 5);
        }

        const string manyGroups = "exact AUC by 100,000 groups of 100 rows (distinct scores)";
        if (only is null || manyGroups.Contains(only, StringComparison.OrdinalIgnoreCase))
        {
            EnsureGroups();
            var groups = $"from '{GroupsFile}' | group by g | select a = auc(label, score) | limit 1";
            yield return Harness.CompareCalls(manyGroups + ": C# aggregate vs pure SQL", () => native.Query(groups),
                "the same query, --portable-sql", () => portable.Query(groups), rounds: 3);
        }

        if (only is not null && !"mAP".Contains(only, StringComparison.OrdinalIgnoreCase)) yield break;
        EnsureImages();
        var images = $"from '{ImagesFile}'";
        var map = $"{images} | select m = meanAveragePrecision(threshold: 0.5, predicted_property: objects_detected, ground_truth_property: label)";
        var coco = $"{images} | select m = meanAveragePrecision(threshold: '0.5:0.95', predicted_property: objects_detected, ground_truth_property: label)";
        var boxScan = $"SELECT sum(len(objects_detected)), sum(len(label)) FROM read_parquet('{ImagesFile.Replace("'", "''")}')";
        yield return Harness.CompareCalls("mAP@0.5, 100k images × (10 detected, 8 true)", () => native.Query(map),
            "scan of both lists' lengths", () => EngineBenchmarks.ReadAll(scan, boxScan), rounds: 5);
        yield return Harness.CompareCalls("mAP@0.5:0.95, 100k images × (10 detected, 8 true)", () => native.Query(coco),
            "scan of both lists' lengths", () => EngineBenchmarks.ReadAll(scan, boxScan), rounds: 5);
    }

    /// <summary>
    /// Peak memory of the AUC query per row: run in a fresh process (<c>memory</c> mode), the
    /// process's peak resident set (VmHWM) after the scan query, then after the AUC query.
    /// </summary>
    public static string MeasureAucMemory()
    {
        EnsureGroups();
        string Child(string mode)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!, mode) { RedirectStandardOutput = true };
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            return output.Trim();
        }
        return Child("memory-child") + Environment.NewLine + Child("memory-child-groups");
    }

    /// <summary>The child of <see cref="MeasureAucMemory"/> for many small groups: 100,000 groups of 100 rows with distinct scores.</summary>
    public static void GroupsMemoryChild()
    {
        using var engine = EvaluationEngine.Open();
        var from = $"from '{GroupsFile}' | group by g";
        engine.Query($"{from} | select s = sum(score), l = sum(label) | limit 1");
        var afterScan = PeakResidentBytes();
        engine.Query($"{from} | select a = auc(label, score) | limit 1");
        var afterAuc = PeakResidentBytes();
        Console.WriteLine($"AUC peak memory, 100,000 groups of 100 rows (10M distinct scores): {(afterAuc - afterScan) / 10_000_000.0:F1} bytes/row " +
            $"above the grouped sums' peak resident set ({afterScan / 1048576.0:F0} MiB → {afterAuc / 1048576.0:F0} MiB)");
    }

    /// <summary>10M rows in 100,000 groups (g) of 100, each score distinct, labels 0/1 (30% positive).</summary>
    private static void EnsureGroups()
    {
        if (File.Exists(GroupsFile)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(GroupsFile)!);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT setseed(0.42);
            COPY (SELECT (i % 100000)::INTEGER AS g, random() AS score, (random() < 0.3)::INTEGER AS label FROM range(10000000) r(i))
            TO '{GroupsFile.Replace("'", "''")}' (FORMAT parquet);
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>The child of <see cref="MeasureAucMemory"/>.</summary>
    public static void AucMemoryChild()
    {
        using var engine = EvaluationEngine.Open();
        var from = $"from '{EngineBenchmarks.DataFile}'";
        engine.Query($"{from} | select s = sum(score), l = sum(label)");
        var afterScan = PeakResidentBytes();
        engine.Query($"{from} | select a = auc(label, score)");
        var afterCounted = PeakResidentBytes();
        engine.Query($"{from} | select a = auc(label, y_true)");
        var afterDistinct = PeakResidentBytes();
        const double rows = 10_000_000;
        Console.WriteLine($"AUC peak memory, 10M rows: scores with 10,001 distinct values (counted) {(afterCounted - afterScan) / rows:F1} bytes/row, " +
            $"10M distinct scores (collected and sorted) {(afterDistinct - afterScan) / rows:F1} bytes/row, above the scan's peak resident set " +
            $"({afterScan / 1048576.0:F0} MiB → {afterCounted / 1048576.0:F0} MiB → {afterDistinct / 1048576.0:F0} MiB)");
    }

    private static long PeakResidentBytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0]) * 1024;
    }

    /// <summary>
    /// 100,000 images: 8 true boxes each over 10 classes, and 10 detections: 8 jittered copies of the
    /// true boxes (one in ten with the wrong class) and 2 strays, confidences on a 0.01 grid.
    /// </summary>
    private static void EnsureImages()
    {
        if (File.Exists(ImagesFile)) return;
        var watch = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            COPY (
              SELECT image, label,
                list_transform(range(10), k -> CASE WHEN k < 8 THEN {"{"}
                    'class_id': CASE WHEN hash(image, k, 9) % 10 = 0 THEN (label[k + 1].class_id + 1) % 10 ELSE label[k + 1].class_id END,
                    'confidence': ((hash(image, k, 4) % 100) / 100.0)::DOUBLE,
                    'top_left_x': label[k + 1].top_left_x + (hash(image, k, 5) % 11)::DOUBLE - 5,
                    'top_left_y': label[k + 1].top_left_y + (hash(image, k, 6) % 11)::DOUBLE - 5,
                    'width': label[k + 1].width * (0.8 + (hash(image, k, 7) % 40) / 100.0),
                    'height': label[k + 1].height * (0.8 + (hash(image, k, 8) % 40) / 100.0){"}"}
                  ELSE {"{"}
                    'class_id': (hash(image, k, 10) % 10)::BIGINT,
                    'confidence': ((hash(image, k, 11) % 100) / 100.0)::DOUBLE,
                    'top_left_x': (hash(image, k, 12) % 600)::DOUBLE, 'top_left_y': (hash(image, k, 13) % 400)::DOUBLE,
                    'width': 20 + (hash(image, k, 14) % 100)::DOUBLE, 'height': 20 + (hash(image, k, 15) % 100)::DOUBLE{"}"} END) AS objects_detected
              FROM (
                SELECT i AS image, list_transform(range(8), k -> {"{"}
                    'class_id': ((hash(i, k) % 10))::BIGINT,
                    'top_left_x': (hash(i, k, 1) % 600)::DOUBLE, 'top_left_y': (hash(i, k, 2) % 400)::DOUBLE,
                    'width': 20 + (hash(i, k, 3) % 100)::DOUBLE, 'height': 20 + (hash(i, k, 16) % 100)::DOUBLE{"}"}) AS label
                FROM range(100000) t(i))
            ) TO '{ImagesFile.Replace("'", "''")}' (FORMAT parquet)
            """;
        command.ExecuteNonQuery();
        Console.Error.WriteLine($"generated {ImagesFile} in {watch.Elapsed.TotalSeconds:F1} s");
    }
}
