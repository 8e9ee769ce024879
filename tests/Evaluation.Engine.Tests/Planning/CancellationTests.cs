using System.Collections.Concurrent;
using System.Diagnostics;
using DuckDB.NET.Data;
using Xunit;

namespace Evaluation.Engine.Tests.Planning;

/// <summary>A long query reports DuckDB's progress and really stops when cancelled; the engine keeps working.</summary>
public class CancellationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("evalq-long-").FullName;

    private sealed class Recorder : IProgress<QueryProgress>
    {
        public ConcurrentQueue<QueryProgress> Reports { get; } = new();
        public void Report(QueryProgress value) => Reports.Enqueue(value);
    }

    [Fact]
    public void A_cancelled_query_stops_promptly_and_the_next_one_runs()
    {
        var file = Path.Combine(_folder, "long.parquet");
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT range AS id, random() AS x, (range % 1000)::VARCHAR AS g FROM range(8000000)) TO '{file.Replace("'", "''")}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }
        using var engine = EvaluationEngine.Open(new EngineOptions { Threads = 1 });
        var from = $"from '{file.Replace("'", "''")}'";
        var slow = $"{from} | group by g | select a = count_distinct(x), b = count_distinct(id) | order by a desc";

        var recorder = new Recorder();
        using var cancellation = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        var task = Task.Run(() => engine.Query(slow, cancellation.Token, recorder));
        // Cancel once DuckDB has reported progress: the query runs about 5 s alone on one thread
        // (longer on a loaded machine, where the first report comes later too).
        while (recorder.Reports.IsEmpty && !task.IsCompleted && watch.Elapsed < TimeSpan.FromSeconds(20)) Thread.Sleep(20);
        Assert.False(task.IsCompleted, $"the query finished in {watch.Elapsed.TotalSeconds:F1} s without reporting progress");
        cancellation.Cancel();
        var cancelledAt = watch.Elapsed;
        Assert.ThrowsAny<OperationCanceledException>(() => task.GetAwaiter().GetResult());
        Assert.True(watch.Elapsed - cancelledAt < TimeSpan.FromSeconds(3), $"the query went on for {(watch.Elapsed - cancelledAt).TotalSeconds:F1} s after cancel");
        Assert.NotEmpty(recorder.Reports);
        Assert.All(recorder.Reports, p => Assert.InRange(p.Percentage, 0, 100));

        Assert.Equal(8000000L, engine.Query($"{from} | select n = count()").Rows[0][0]);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
