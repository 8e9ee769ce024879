namespace Evaluation.Engine.DuckDb;

/// <summary>Polls DuckDB's progress of the running query every 200 ms and reports it, until disposed.</summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly Timer? _timer;

    private ProgressReporter(DuckDbSession session, IProgress<QueryProgress> progress) =>
        _timer = new Timer(_ =>
        {
            if (session.Progress() is { } p) progress.Report(p);
        }, null, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200));

    private ProgressReporter() { }

    public static ProgressReporter Start(DuckDbSession session, IProgress<QueryProgress>? progress) =>
        progress is null ? new ProgressReporter() : new ProgressReporter(session, progress);

    public void Dispose() => _timer?.Dispose();
}
