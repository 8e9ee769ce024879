using Xunit;

namespace Evaluation.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void A_valid_script_passes_with_exit_code_zero()
    {
        var result = CliRunner.InProcess("", "check", Path.Combine(CliRunner.RepositoryRoot(), "samples", "queries", "quickstart.evq"));
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("quickstart.evq: ok.\n", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Errors_go_to_stderr_with_position_caret_and_suggestion_and_exit_code_one()
    {
        var result = CliRunner.InProcess("", "check", "-c", "from t | select rmsee(a, b)");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(
            "<command line>:1:17: error EVQ020: unknown function `rmsee`\n" +
            "  | from t | select rmsee(a, b)\n" +
            "  |                 ^^^^^\n" +
            "  = help: did you mean `rmse`?\n" +
            "\n" +
            "<command line>: 1 error, 0 warnings.\n",
            result.Error);
    }

    [Fact]
    public void Json_from_standard_input_reports_the_json_path()
    {
        var result = CliRunner.InProcess("{\"select\": [{\"function\": \"rmse\", \"parameters\": {\"ground_truth_property\": \"y\", \"predicted_property\": \"p\", \"threshold\": 2}}]}", "check", "-");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("<stdin>:1:106: error EVQ021 ($.select[0].parameters.threshold): `rmse` has no parameter `threshold`", result.Error);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error_not_a_stack_trace()
    {
        var result = CliRunner.InProcess("", "check", "no/such/file.evq");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("evalq: cannot read no/such/file.evq:", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Unknown_commands_and_options_exit_with_two()
    {
        Assert.Equal(2, CliRunner.InProcess("", "bogus").ExitCode);
        Assert.Equal(2, CliRunner.InProcess("", "check", "--nope", "x").ExitCode);
        Assert.Equal(2, CliRunner.InProcess("", "check").ExitCode);
    }

    [Fact]
    public void The_real_process_keeps_the_exit_codes_and_streams()
    {
        var ok = CliRunner.AsProcess("select n = count()", "check", "-");
        Assert.Equal(0, ok.ExitCode);
        Assert.Equal("<stdin>: ok.\n", ok.Out);
        var bad = CliRunner.AsProcess("select n = count(", "check", "-");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("error EVQ001", bad.Error);
    }
}
