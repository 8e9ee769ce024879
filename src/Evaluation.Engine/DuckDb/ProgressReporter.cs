namespace Evaluation.Engine.DuckDb;

/// <summary>
/// Polls DuckDB's progress of the running query every 200 ms and reports it, until disposed.
/// Polls on a thread of its own rather than a thread-pool timer: a busy pool (a server, a test
/// run) would delay the reports, and the query being watched never waits for them.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly ManualResetEventSlim? _stop;
    private readonly Thread? _thread;

    private ProgressReporter(DuckDbSession session, IProgress<QueryProgress> progress)
    {
        var stop = _stop = new ManualResetEventSlim();
        _thread = new Thread(() =>
        {
            while (!stop.Wait(Interval))
                if (session.Progress() is { } p) progress.Report(p);
        })
        { IsBackground = true, Name = "evalq progress" };
        _thread.Start();
    }

    private ProgressReporter() { }

    public static ProgressReporter Start(DuckDbSession session, IProgress<QueryProgress>? progress) =>
        progress is null ? new ProgressReporter() : new ProgressReporter(session, progress);

    public void Dispose()
    {
        if (_stop is null) return;
        _stop.Set();
        _thread!.Join();
        _stop.Dispose();
    }
}
