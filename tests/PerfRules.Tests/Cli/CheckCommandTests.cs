namespace PerfRules.Tests.Cli;

public class CheckCommandTests
{
    [Fact]
    public void A_clean_plan_exits_0_with_a_one_line_summary()
    {
        var outcome = CliRunner.Run("check", CliRunner.Case("plans/acme-sales.perf"));
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
        Assert.Equal(
            "\"Acme field sales\" (acme-sales.perf): ok, quarter plan with 9 inputs, 3 dimensions, 6 KPIs, 5 grades, 2 flags\n",
            outcome.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_plan_with_mistakes_exits_1_with_every_diagnostic_on_stderr()
    {
        var plan = CliRunner.TempFile("bad.perf", """
            period quarter
            input a number
            dimension d weight 90% {
              kpi a weight 100% linear from 1 to 1
            }
            """);
        var outcome = CliRunner.Run("check", plan);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("", outcome.Out);
        Assert.Equal(
            [plan + "(3,11): error PR0104", plan + "(4,21): error PR0110"],
            outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..(l.IndexOf(": error ", StringComparison.Ordinal) + 14)]));
    }
}
