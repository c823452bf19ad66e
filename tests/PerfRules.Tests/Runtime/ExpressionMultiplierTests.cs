using PerfRules.Tests.Cli;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Multipliers that are expressions (spec 12.3, 12.9): the first line whose condition holds decides; a missing or
/// negative value gives 0 without falling through to the next line; the value is not rounded.
/// </summary>
public class ExpressionMultiplierTests
{
    private const string Plan = """
        period month
        input coll percent optional
        input adj  number  optional
        dimension d weight 100% { kpi coll weight 100% linear from 0% to 100% missing skip }
        payout {
          multiplier adj when coll >= 90%
          multiplier min(coll, 100%) * 3 when coll >= 50%
          multiplier 1
        }
        """;

    // m1: line 1 holds, adj -1: 0 (line 2 would give 2.85). m2: line 1 holds, adj missing: 0.
    // m3: adj 1.50: 1.50, printed 1.5. m4: line 2, 0.6666666666666666666666666667 x 3 = 2.0000000000000000000000000001.
    // m5: line 2, 0.8550 x 3 = 2.5650, printed 2.565 (not rounded to 2.57). m6: 40%, line 3: 1. m7: coll missing: 1.
    private const string Data = """
        employee,period,coll,adj
        m1,2025-07,95%,-1
        m2,2025-07,95%,
        m3,2025-07,95%,1.50
        m4,2025-07,0.6666666666666666666666666667,
        m5,2025-07,85.50%,
        m6,2025-07,40%,
        m7,2025-07,,
        """;

    [Fact]
    public void A_negative_or_missing_value_of_the_first_holding_line_gives_0_without_falling_through()
    {
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal(0m, result.Employee("m1").Multiplier);
        Assert.Equal(0m, result.Employee("m2").Multiplier);
        Assert.Equal(1.50m, result.Employee("m3").Multiplier);
        Assert.Equal(1m, result.Employee("m6").Multiplier);
        Assert.Equal(1m, result.Employee("m7").Multiplier);
    }

    [Fact]
    public void The_explanation_says_why_the_multiplier_is_0()
    {
        var result = PlanRunner.Score(Plan, Data);
        Assert.Contains("multiplier adj when coll >= 90% holds (95% >= 90%): -1 = -1, below 0, so the multiplier is 0",
            result.Employee("m1").Explain().ToString(), StringComparison.Ordinal);
        Assert.Contains("multiplier adj when coll >= 90% holds (95% >= 90%): missing = missing, so the multiplier is 0",
            result.Employee("m2").Explain().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Expression_multipliers_are_printed_with_all_their_digits_and_no_trailing_zeros()
    {
        var plan = CliRunner.TempFile("multipliers.perf", Plan);
        var data = CliRunner.TempFile("multipliers.csv", Data);
        var outcome = CliRunner.Run("score", plan, data, "--format", "csv");
        Assert.Equal(0, outcome.ExitCode);
        var multipliers = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(',')).ToDictionary(cells => cells[0], cells => cells[7]);
        Assert.Equal("0", multipliers["m1"]);
        Assert.Equal("0", multipliers["m2"]);
        Assert.Equal("1.5", multipliers["m3"]);
        Assert.Equal("2.0000000000000000000000000001", multipliers["m4"]);
        Assert.Equal("2.565", multipliers["m5"]);
        Assert.Equal("1", multipliers["m6"]);
    }
}
