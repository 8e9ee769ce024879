using System.Diagnostics;
using System.Globalization;
using Evaluation.Engine;

namespace Evaluation.Cli.Output;

/// <summary>
/// A one-line progress bar on standard error for a query that has run longer than a second
/// (LANGUAGE.md §9), redrawn in place; cleared when the query ends.
/// </summary>
internal sealed class ProgressLine : IProgress<QueryProgress>, IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly TextWriter _error;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly object _gate = new();
    private bool _shown;

    public ProgressLine(TextWriter error) => _error = error;

    public void Report(QueryProgress value)
    {
        if (_watch.Elapsed < Delay) return;
        var filled = (int)Math.Round(Math.Clamp(value.Percentage, 0, 100) / 5);
        var rows = value.TotalRows > 0 ? $" {Count(value.RowsProcessed)} / {Count(value.TotalRows)} rows" : "";
        var line = string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string(' ', 20 - filled)}] {value.Percentage,5:F1}%{rows}  {_watch.Elapsed.TotalSeconds:F0} s ");
        lock (_gate)
        {
            _error.Write(line);
            _error.Flush();
            _shown = true;
        }
    }

    private static string Count(long n) => n >= 1_000_000
        ? (n / 1e6).ToString("F1", CultureInfo.InvariantCulture) + "M"
        : n.ToString("N0", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        lock (_gate)
        {
            if (!_shown) return;
            _error.Write("\r" + new string(' ', 72) + "\r");
            _error.Flush();
        }
    }
}
