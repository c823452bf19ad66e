namespace PerfRules.Tests.Cli;

public class FmtCommandTests
{
    private const string Messy = "period   month\ninput a number // the only input\ndimension d weight 100% { kpi a weight 100% linear from 0 to 10 }\n";

    private const string Canonical = """
        period month

        input a number // the only input

        dimension d weight 100% {
          kpi a weight 100% linear from 0 to 10
        }

        """;

    [Fact]
    public void Fmt_prints_the_canonical_layout_and_leaves_the_file_alone()
    {
        var plan = CliRunner.TempFile("plan.perf", Messy);

        var outcome = CliRunner.Run("fmt", plan);

        Assert.Equal((0, Canonical, ""), (outcome.ExitCode, outcome.Out, outcome.Error));
        Assert.Equal(Messy, File.ReadAllText(plan));
    }

    [Fact]
    public void Fmt_check_exits_1_without_output_when_the_file_is_not_formatted()
    {
        var outcome = CliRunner.Run("fmt", CliRunner.TempFile("plan.perf", Messy), "--check");

        Assert.Equal((1, "", ""), (outcome.ExitCode, outcome.Out, outcome.Error));
    }

    [Fact]
    public void Fmt_check_exits_0_without_output_when_the_file_is_formatted()
    {
        var outcome = CliRunner.Run("fmt", "--check", CliRunner.TempFile("plan.perf", Canonical));

        Assert.Equal((0, "", ""), (outcome.ExitCode, outcome.Out, outcome.Error));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_plan_with_syntax_errors_is_not_formatted_its_diagnostics_go_to_stderr_and_fmt_exits_1(bool check)
    {
        var plan = CliRunner.TempFile("broken.perf", "period month\nmetric = 1\n");

        var outcome = check ? CliRunner.Run("fmt", plan, "--check") : CliRunner.Run("fmt", plan);

        Assert.Equal((1, ""), (outcome.ExitCode, outcome.Out));
        Assert.StartsWith(plan + "(2,8): error PR0006: ", outcome.Error, StringComparison.Ordinal);
        Assert.Single(outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_plan_file_that_does_not_exist_is_a_usage_error()
    {
        var outcome = CliRunner.Run("fmt", Path.Combine(Path.GetTempPath(), "no-such-plan.perf"));

        Assert.Equal((2, ""), (outcome.ExitCode, outcome.Out));
        Assert.Contains("no such plan file", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fmt")]
    [InlineData("fmt", "a.perf", "b.perf")]
    [InlineData("fmt", "a.perf", "--write")]
    public void Missing_or_extra_arguments_are_usage_errors(params string[] args)
    {
        var outcome = CliRunner.Run(args);

        Assert.Equal((2, ""), (outcome.ExitCode, outcome.Out));
    }
}
