namespace Evaluation.Cli.Repl;

/// <summary>Gives each query a cancellation token that Ctrl-C cancels, so Ctrl-C stops that query and not the REPL.</summary>
internal interface IQueryInterrupts
{
    /// <summary>A token for one query; disposing the scope stops listening.</summary>
    QueryScope Begin();
}

/// <summary>One query's cancellation.</summary>
internal sealed class QueryScope : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly Action<QueryScope>? _end;

    public QueryScope(Action<QueryScope>? end = null) => _end = end;

    public CancellationToken Token => _source.Token;

    public void Cancel() => _source.Cancel();

    public void Dispose()
    {
        _end?.Invoke(this);
        _source.Dispose();
    }
}

/// <summary>Ctrl-C (SIGINT) on the process's console cancels the query running at that moment.</summary>
internal sealed class ConsoleInterrupts : IQueryInterrupts
{
    public QueryScope Begin()
    {
        QueryScope? scope = null;
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            e.Cancel = true;
            scope?.Cancel();
        };
        scope = new QueryScope(_ => Console.CancelKeyPress -= handler);
        Console.CancelKeyPress += handler;
        return scope;
    }
}
