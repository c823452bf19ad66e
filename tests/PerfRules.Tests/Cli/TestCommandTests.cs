namespace PerfRules.Tests.Cli;

public class TestCommandTests
{
    private static readonly string WorkedPlan = CliRunner.Case("plans/worked-example.perf");
    private static readonly string Failing = CliRunner.Case("authoring/worked-example-failing.perf.tests");

    [Fact]
    public void A_failing_test_prints_its_position_and_the_summary_and_exits_1()
    {
        var outcome = CliRunner.Run("test", WorkedPlan, Failing);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
        Assert.Equal($"""
            {Failing}
              FAILED  e6 keeps its pay
                {Failing}(6,26): e6 multiplier: expected 1, actual 0
              passed  e1 is the star
            1 passed, 1 failed

            """.ReplaceLineEndings("\n"), outcome.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Without_a_tests_file_the_one_beside_the_plan_runs_and_all_passing_exits_0()
    {
        var plan = CliRunner.TempFile("plan.perf", File.ReadAllText(WorkedPlan));
        File.WriteAllText(plan + ".tests", "test \"star\"\n  rows\n    employee,period,sales,collected,receivable,nps\n    e1,2025-Q1,200,100,100,50\n  end\n  expect e1 flags = star\n");

        var outcome = CliRunner.Run("test", plan);

        Assert.Equal(0, outcome.ExitCode);
        Assert.EndsWith("  passed  star\n1 passed, 0 failed\n", outcome.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_tests_files_add_up_in_one_summary_line()
    {
        var passing = CliRunner.TempFile("more.perf.tests", "test \"e1\"\n  data " + CliRunner.Case("data/worked-example.csv") + "\n  expect e1 grade = S\n");

        var outcome = CliRunner.Run("test", WorkedPlan, Failing, passing);

        Assert.Equal(1, outcome.ExitCode);
        Assert.EndsWith("2 passed, 1 failed\n", outcome.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_in_the_tests_file_goes_to_stderr_and_exits_1()
    {
        var tests = CliRunner.TempFile("bad.perf.tests", "test \"typo\"\n  data " + CliRunner.Case("data/worked-example.csv") + "\n  expect e1 grde = S\n");

        var outcome = CliRunner.Run("test", WorkedPlan, tests);

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"{tests}(3,13): error PR4013: unknown result value 'grde'", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("  FAILED  typo (1 error, on stderr)\n", outcome.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed\n", outcome.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tests_file_that_does_not_exist_is_a_usage_error()
    {
        var outcome = CliRunner.Run("test", WorkedPlan, "nothere.perf.tests");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("perfrules: no such tests file: nothere.perf.tests\n", outcome.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_plan_with_errors_exits_1_before_any_test_runs()
    {
        var plan = CliRunner.TempFile("broken.perf", "period quarter\n");

        var outcome = CliRunner.Run("test", plan, Failing);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error PR", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("", outcome.Out);
    }
}
