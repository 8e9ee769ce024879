using System.Diagnostics;

namespace Evaluation.Cli.Tests;

/// <summary>Runs evalq in-process (fast, most tests) or as a real process (exit codes, streams).</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome InProcess(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = EvalqCommand.Run(args, new StringReader(stdin), stdout, stderr);
        return new Outcome(code, stdout.ToString().Replace("\r\n", "\n"), stderr.ToString().Replace("\r\n", "\n"));
    }

    public static Outcome AsProcess(string stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "evalq.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot(),
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000)) process.Kill(entireProcessTree: true);
        return new Outcome(process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result.Replace("\r\n", "\n"));
    }

    public static string RepositoryRoot() => Evaluation.Tests.Shared.RepositoryRoot.Path;
}
