using Evaluation.Cli;

// Ctrl-C cancels the running query (DuckDB stops it) instead of killing the process mid-write.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return EvalqCommand.Run(args, Console.In, Console.Out, Console.Error,
    outputIsTerminal: !Console.IsOutputRedirected, errorIsTerminal: !Console.IsErrorRedirected, cancellation: cancellation.Token);
