using System.Globalization;
using DuckDB.NET.Data;

// Writes samples/data/credit/2026-01.parquet and 2026-02.parquet: a credit model's inferences.
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
