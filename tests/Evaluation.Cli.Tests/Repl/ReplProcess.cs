using System.Diagnostics;

namespace Evaluation.Cli.Tests.Repl;

/// <summary>Runs <c>evalq</c> with no command as a real process, its standard input a script of lines.</summary>
public static class ReplProcess
{
    /// <summary>How to start <c>evalq</c> with <paramref name="args"/>, every stream redirected, from the repository root.</summary>
    public static ProcessStartInfo StartInfo(string? historyFile, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = CliRunner.RepositoryRoot(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "evalq.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Never the user's own history: a file of the test's, or none.
        start.Environment["EVALQ_HISTORY"] = historyFile ?? "";
        return start;
    }

    public static CliRunner.Outcome Run(string script, string? historyFile = null, params string[] args)
    {
        using var process = Process.Start(StartInfo(historyFile, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000)) process.Kill(entireProcessTree: true);
        return new CliRunner.Outcome(process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result.Replace("\r\n", "\n"));
    }
}
