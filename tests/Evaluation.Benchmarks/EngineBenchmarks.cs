using System.Diagnostics;
using DuckDB.NET.Data;
using Evaluation.Engine;

namespace Evaluation.Benchmarks;

/// <summary>
/// The engine against hand-written DuckDB SQL for the same result, in one process, on a
/// generated 10-million-row Parquet file (PERFORMANCE.md): medians of 5 warm runs each,
/// alternating, plus the cost of parsing, validating and planning a query.
/// </summary>
internal static class EngineBenchmarks
{
    public static string DataFile => Path.Combine(Path.GetTempPath(), "evalq-bench", "10m.parquet");

    public static IEnumerable<Harness.Figure> Run()
    {
        EnsureData();
        var from = $"from '{DataFile}'";
        using var engine = EvaluationEngine.Open();
        using var baseline = new DuckDBConnection("DataSource=:memory:");
        baseline.Open();
        var file = DataFile.Replace("'", "''");

        // Each baseline is the SQL a DuckDB user would write by hand for the same result, including
        // what §6 requires of the result (NULL and NaN rows left out of each metric): the engine may
        // not skip that work, so a fair baseline does it too. Plain versions without it are measured
        // as well, to show what the semantics cost.
        var ok = "y_true IS NOT NULL AND NOT isnan(y_true) AND y_pred IS NOT NULL AND NOT isnan(y_pred)";
        var okScore = "label IS NOT NULL AND score IS NOT NULL AND NOT isnan(score)";
        var cases = new (string Name, string Query, string Sql)[]
        {
            ("scan: sum(score), sum(label)",
                $"{from} | select s = sum(score), l = sum(label)",
                $"SELECT sum(score) FILTER (WHERE NOT isnan(score)), sum(label) FROM read_parquet('{file}')"),
            ("rmse + mae + r2 by model",
                $"{from} | group by model | select rmse = rmse(y_true, y_pred), mae = mae(y_true, y_pred), r2 = r2(y_true, y_pred)",
                $"SELECT model, sqrt(avg((y_pred - y_true) ^ 2) FILTER (WHERE {ok})), avg(abs(y_pred - y_true)) FILTER (WHERE {ok}), 1 - sum((y_true - y_pred) ^ 2) FILTER (WHERE {ok}) / (count(*) FILTER (WHERE {ok}) * var_pop(y_true) FILTER (WHERE {ok})) FROM read_parquet('{file}') GROUP BY model ORDER BY model"),
            ("rmse + mae + r2 by model (plain baseline, no §6)",
                $"{from} | group by model | select rmse = rmse(y_true, y_pred), mae = mae(y_true, y_pred), r2 = r2(y_true, y_pred)",
                $"SELECT model, sqrt(avg((y_pred - y_true) ^ 2)), avg(abs(y_pred - y_true)), 1 - sum((y_true - y_pred) ^ 2) / (count(*) * var_pop(y_true)) FROM read_parquet('{file}') GROUP BY model ORDER BY model"),
            ("confusion matrix at 0.5",
                $"{from} | select cm = confusionMatrix(label, score, threshold: 0.5)",
                $"SELECT count(*) FILTER (WHERE {okScore} AND label = 1 AND score >= 0.5), count(*) FILTER (WHERE {okScore} AND label = 0 AND score >= 0.5), count(*) FILTER (WHERE {okScore} AND label = 0 AND score < 0.5), count(*) FILTER (WHERE {okScore} AND label = 1 AND score < 0.5) FROM read_parquet('{file}')"),
            ("confusion matrix at 0.5 (plain baseline, no §6)",
                $"{from} | select cm = confusionMatrix(label, score, threshold: 0.5)",
                $"SELECT count(*) FILTER (WHERE label = 1 AND score >= 0.5), count(*) FILTER (WHERE label = 0 AND score >= 0.5), count(*) FILTER (WHERE label = 0 AND score < 0.5), count(*) FILTER (WHERE label = 1 AND score < 0.5) FROM read_parquet('{file}')"),
            ("score percentiles p10..p100, ungrouped",
                $"{from} | select p = percentiles(score)",
                $"SELECT quantile_cont(score, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]) FILTER (WHERE NOT isnan(score)) FROM read_parquet('{file}')"),
            ("score percentiles p10..p100 by model",
                $"{from} | group by model | select p = percentiles(score)",
                $"SELECT model, quantile_cont(score, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]) FILTER (WHERE NOT isnan(score)) FROM read_parquet('{file}') GROUP BY model ORDER BY model"),
            ("exact AUC, ungrouped (C# aggregate vs hand-written rank-sum SQL)",
                $"{from} | select a = auc(label, score)",
                $"SELECT (sum(r) FILTER (WHERE label = 1) - count(*) FILTER (WHERE label = 1) * (count(*) FILTER (WHERE label = 1) + 1)) / (2.0 * count(*) FILTER (WHERE label = 1) * count(*) FILTER (WHERE label = 0)) FROM (SELECT label, rank() OVER (ORDER BY score) + count(*) OVER (ORDER BY score) AS r FROM read_parquet('{file}') WHERE {okScore})"),
        };
        foreach (var (name, query, sql) in cases)
        {
            yield return Harness.CompareCalls(name, () => engine.Query(query), "hand-written DuckDB SQL", () => ReadAll(baseline, sql), rounds: 5);
        }

        // Parse + validate + plan (schema read included) of a 10-line query: per call, in microseconds.
        var planned = $"""
            {from}
            | where label == 1 and score >= 0.2
            | group by model
            | select error = rmse(y_true, y_pred),
                     abs = mae(y_true, y_pred),
                     fit = r2(y_true, y_pred),
                     cm = confusionMatrix(label, score, threshold: 0.5),
                     n = count()
            | order by error desc
            | limit 10
            """;
        yield return Harness.Compare("parse + validate + plan (10 lines, schema read included)", () => engine.Sql(planned),
            "DuckDB DESCRIBE of the file alone", () => ReadAll(baseline, $"DESCRIBE SELECT * FROM read_parquet('{file}')"), rounds: 11, callsPerRound: 50);
    }

    public static void ReadAll(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            for (var i = 0; i < reader.FieldCount; i++) _ = reader.GetValue(i);
    }

    /// <summary>10M rows: model (3 values), score and label (label more often 1 where the score is high), y_true/y_pred.</summary>
    public static void EnsureData()
    {
        if (File.Exists(DataFile)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(DataFile)!);
        var watch = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT setseed(0.42);
            COPY (
              SELECT ['a', 'b', 'c'][1 + (i % 3)::INTEGER] AS model,
                     round(s, 4) AS score,
                     (random() < s)::INTEGER AS label,
                     yt AS y_true,
                     yt + 15 * (random() + random() + random() - 1.5) AS y_pred
              FROM (SELECT i, random() AS s, 300 + 550 * random() AS yt FROM range(10000000) r(i))
            ) TO '{DataFile.Replace("'", "''")}' (FORMAT parquet)
            """;
        command.ExecuteNonQuery();
        Console.Error.WriteLine($"generated {DataFile} in {watch.Elapsed.TotalSeconds:F1} s");
    }
}
