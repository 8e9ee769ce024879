using System.Globalization;
using DuckDB.NET.Data;

// Writes the sample datasets under samples/data/ (run from the repository root):
// credit/2026-01.parquet and 2026-02.parquet: a credit model's inferences.
// Seeded, so the files are the same on every run. Columns: inference_id, inference_timestamp,
// model_version (v1, v2), SEX (1, 2), region, FICO_actual / FICO_predicted (a regression
// head), score (probability of default) and label (1 = defaulted, the binary head).
var root = args.Length > 0 ? args[0] : Path.Combine("samples", "data");
var folder = Path.Combine(root, "credit");
Directory.CreateDirectory(folder);
var random = new Random(20260101);
double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
string[] regions = { "north", "south", "east", "west" };

using var connection = new DuckDBConnection("DataSource=:memory:");
connection.Open();
using (var create = connection.CreateCommand())
{
    create.CommandText = """
        CREATE TABLE credit (inference_id VARCHAR, inference_timestamp TIMESTAMP, model_version VARCHAR, SEX INTEGER,
                             region VARCHAR, FICO_actual DOUBLE, FICO_predicted DOUBLE, score DOUBLE, label INTEGER)
        """;
    create.ExecuteNonQuery();
}
var id = 0;
foreach (var (month, days) in new[] { (1, 31), (2, 28) })
{
    using (var appender = connection.CreateAppender("credit"))
    {
        for (var i = 0; i < 5000; i++)
        {
            var version = random.NextDouble() < 0.5 ? "v1" : "v2";
            var sex = random.NextDouble() < 0.52 ? 1 : 2;
            var actual = Math.Round(Math.Clamp(680 + 60 * Normal(), 300, 850));
            var predicted = Math.Round(Math.Clamp(actual + (version == "v1" ? 22 : 16) * Normal() + (sex == 2 ? 4 : 0), 300, 850), 1);
            var risk = 1 / (1 + Math.Exp((actual - 620) / 40));
            var label = random.NextDouble() < risk ? 1 : 0;
            var noise = version == "v1" ? 1.1 : 0.8;
            var score = Math.Round(1 / (1 + Math.Exp(-(Math.Log(risk / (1 - risk)) + noise * Normal()))), 4);
            var timestamp = new DateTime(2026, month, 1).AddSeconds(random.NextDouble() * days * 86400);
            appender.CreateRow()
                .AppendValue($"inf-{++id:D6}").AppendValue(new DateTime(timestamp.Ticks - timestamp.Ticks % TimeSpan.TicksPerSecond))
                .AppendValue(version).AppendValue(sex).AppendValue(regions[random.Next(regions.Length)])
                .AppendValue(actual).AppendValue(predicted).AppendValue(score).AppendValue(label)
                .EndRow();
        }
    }
    var path = Path.Combine(folder, $"2026-{month:D2}.parquet");
    using var copy = connection.CreateCommand();
    copy.CommandText = "COPY (SELECT * FROM credit WHERE month(inference_timestamp) = $1 ORDER BY inference_timestamp) TO $2 (FORMAT parquet)";
    copy.Parameters.Add(new DuckDBParameter(month));
    copy.Parameters.Add(new DuckDBParameter(path));
    copy.ExecuteNonQuery();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({new FileInfo(path).Length / 1024} KiB)"));
}

WriteClassifier(connection, root, new Random(3));
WriteDetector(connection, root, new Random(8));

// classifier/inferences.parquet: a 3-class model in Arthur's shapes: per-class probability columns
// predicted_class_A..C with one-hot ground truth gt_predicted_class_A..C (its confusionMatrixMulticlass
// examples) and plain label columns true_class / predicted_class. multiclass-f1/inferences.parquet: the
// same rows under the multiclass-F1 walk-through's names: class-1..3 / class-1-gt..3-gt,
// multiclass_model_ground_truth_class, and labels class-1..3.
static void WriteClassifier(DuckDBConnection connection, string root, Random random)
{
    var folder = Path.Combine(root, "classifier");
    var walkthrough = Path.Combine(root, "multiclass-f1");
    Directory.CreateDirectory(folder);
    Directory.CreateDirectory(walkthrough);
    var lines = new List<string>();
    var walkthroughLines = new List<string>();
    string[] names = { "A", "B", "C" };
    for (var i = 0; i < 3000; i++)
    {
        var truth = random.Next(3);
        var logits = Enumerable.Range(0, 3).Select(k => (k == truth ? 1.2 : 0.0) + 1.1 * (random.NextDouble() * 2 - 1)).ToArray();
        var exp = logits.Select(Math.Exp).ToArray();
        var p = exp.Select(e => Math.Round(e / exp.Sum(), 4)).ToArray();
        var predicted = Array.IndexOf(p, p.Max());
        var day = new DateTime(2026, 1, 1).AddDays(random.Next(31));
        string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        lines.Add("{" + string.Join(", ", new[]
        {
            $"\"inference_id\": \"clf-{i + 1:D5}\"",
            $"\"inference_timestamp\": \"{day:yyyy-MM-dd}T{random.Next(24):D2}:{random.Next(60):D2}:00\"",
            $"\"true_class\": \"{names[truth]}\"", $"\"predicted_class\": \"{names[predicted]}\"",
            $"\"predicted_class_A\": {F(p[0])}", $"\"predicted_class_B\": {F(p[1])}", $"\"predicted_class_C\": {F(p[2])}",
            $"\"gt_predicted_class_A\": {(truth == 0 ? 1 : 0)}", $"\"gt_predicted_class_B\": {(truth == 1 ? 1 : 0)}", $"\"gt_predicted_class_C\": {(truth == 2 ? 1 : 0)}",
        }) + "}");
        walkthroughLines.Add("{" + string.Join(", ", new[]
        {
            $"\"inference_id\": \"clf-{i + 1:D5}\"",
            $"\"true_class\": \"class-{truth + 1}\"", $"\"predicted_class\": \"class-{predicted + 1}\"",
            $"\"class-1\": {F(p[0])}", $"\"class-2\": {F(p[1])}", $"\"class-3\": {F(p[2])}",
            $"\"class-1-gt\": {(truth == 0 ? 1 : 0)}", $"\"class-2-gt\": {(truth == 1 ? 1 : 0)}", $"\"class-3-gt\": {(truth == 2 ? 1 : 0)}",
            $"\"multiclass_model_ground_truth_class\": \"class-{truth + 1}-gt\"",
        }) + "}");
    }
    WriteParquet(connection, lines, Path.Combine(folder, "inferences.parquet"), "inference_timestamp");
    WriteParquet(connection, walkthroughLines, Path.Combine(walkthrough, "inferences.parquet"), "inference_id");
}

// detector/inferences.parquet: an object detector. objects_detected is a list of predicted boxes
// (class_id, confidence, top_left_x, top_left_y, width, height); label the true boxes (class_id,
// top_left_x, top_left_y, width, height). About 10 predicted and 8 true boxes per image.
static void WriteDetector(DuckDBConnection connection, string root, Random random)
{
    var folder = Path.Combine(root, "detector");
    Directory.CreateDirectory(folder);
    var lines = new List<string>();
    string F(double v) => Math.Round(v, 1).ToString("R", CultureInfo.InvariantCulture);
    for (var i = 0; i < 500; i++)
    {
        var truths = Enumerable.Range(0, 4 + random.Next(9)).Select(_ => (Class: random.Next(3), X: random.NextDouble() * 600, Y: random.NextDouble() * 400, W: 20 + random.NextDouble() * 80, H: 20 + random.NextDouble() * 80)).ToList();
        var predictions = new List<string>();
        foreach (var t in truths)
        {
            if (random.NextDouble() < 0.15) continue; // a missed object
            var cls = random.NextDouble() < 0.9 ? t.Class : random.Next(3);
            predictions.Add($"{{\"class_id\": {cls}, \"confidence\": {F(0.5 + random.NextDouble() * 0.5)}, \"top_left_x\": {F(t.X + random.NextDouble() * 10 - 5)}, \"top_left_y\": {F(t.Y + random.NextDouble() * 10 - 5)}, \"width\": {F(t.W * (0.9 + random.NextDouble() * 0.2))}, \"height\": {F(t.H * (0.9 + random.NextDouble() * 0.2))}}}");
        }
        for (var k = random.Next(4); k > 0; k--) // false alarms
            predictions.Add($"{{\"class_id\": {random.Next(3)}, \"confidence\": {F(random.NextDouble() * 0.7)}, \"top_left_x\": {F(random.NextDouble() * 600)}, \"top_left_y\": {F(random.NextDouble() * 400)}, \"width\": {F(20 + random.NextDouble() * 80)}, \"height\": {F(20 + random.NextDouble() * 80)}}}");
        var labels = truths.Select(t => $"{{\"class_id\": {t.Class}, \"top_left_x\": {F(t.X)}, \"top_left_y\": {F(t.Y)}, \"width\": {F(t.W)}, \"height\": {F(t.H)}}}");
        lines.Add($"{{\"inference_id\": \"img-{i + 1:D4}\", \"objects_detected\": [{string.Join(", ", predictions)}], \"label\": [{string.Join(", ", labels)}]}}");
    }
    WriteParquet(connection, lines, Path.Combine(folder, "inferences.parquet"), "inference_id");
}

// Rows written as JSON lines, read by DuckDB (types inferred), written as Parquet in a stable order.
static void WriteParquet(DuckDBConnection connection, List<string> lines, string path, string orderBy)
{
    var jsonl = Path.ChangeExtension(path, ".jsonl");
    File.WriteAllLines(jsonl, lines);
    using var copy = connection.CreateCommand();
    copy.CommandText = $"COPY (SELECT * FROM read_json($1) ORDER BY \"{orderBy}\") TO $2 (FORMAT parquet)";
    copy.Parameters.Add(new DuckDBParameter(jsonl));
    copy.Parameters.Add(new DuckDBParameter(path));
    copy.ExecuteNonQuery();
    File.Delete(jsonl);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({new FileInfo(path).Length / 1024} KiB)"));
}
