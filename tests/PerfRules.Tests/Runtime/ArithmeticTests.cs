using System.Globalization;
using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// The number functions of expressions (spec sections 3, 5 and 11) on one small roster: unary minus, <c>round</c>
/// with the whole range of decimals it accepts, <c>clamp</c> on each side of its bounds, and <c>min</c>/<c>max</c>
/// whichever argument is the smaller.
/// </summary>
public class ArithmeticTests
{
    private const string Plan = """
        period month
        input x number
        input y number optional
        metric neg    = -y
        metric whole  = round(y, 0)
        metric most   = round(y / 3, 28)
        metric beyond = round(y, 29)
        metric below  = round(y, -1)
        metric part   = round(y, 0.5)
        metric kept   = clamp(x, 10, 20)
        metric low    = min(x, y)
        metric high   = max(x, y)
        dimension d weight 100% { kpi x weight 100% linear from 0 to 100 }
        """;

    private const string Data = """
        employee,period,x,y
        a,2025-07,5,2.5
        b,2025-07,15,20
        c,2025-07,25,1
        d,2025-07,20,
        """;

    // Evaluated for each test (xunit makes an instance per test), never cached in a static: mutation testing runs the
    // tests of many mutants in one process, and a cached result would hide a mutant from them.
    private readonly EvaluationResult _result = PlanRunner.Score(Plan, Data);

    private object? Metric(string employee, string metric) => _result.Employee(employee).Metric(metric);

    [Fact]
    public void Unary_minus_negates_and_keeps_a_missing_value_missing()
    {
        Assert.Equal(-2.5m, Metric("a", "neg"));
        Assert.Equal(-20m, Metric("b", "neg"));
        Assert.Null(Metric("d", "neg"));
    }

    [Fact]
    public void Round_takes_0_to_28_decimals_and_rounds_halves_away_from_zero()
    {
        // round(2.5, 0) = 3 (halves away from zero; to even would give 2). 0 decimals is allowed.
        Assert.Equal(3m, Metric("a", "whole"));
        // 1 / 3 = 0.3333333333333333333333333333 (28 threes, System.Decimal's last digit); 28 decimals are allowed.
        Assert.Equal(0.3333333333333333333333333333m, Metric("c", "most"));
        // 20 / 3 = 6.6666666666666666666666666667 (29 digits, 28 of them decimals) rounded to 28: unchanged.
        Assert.Equal(6.6666666666666666666666666667m, Metric("b", "most"));
    }

    [Fact]
    public void Round_with_a_count_of_decimals_outside_0_to_28_or_not_whole_is_missing()
    {
        foreach (var employee in new[] { "a", "b", "c" })
        {
            Assert.Null(Metric(employee, "beyond")); // 29
            Assert.Null(Metric(employee, "below"));  // -1
            Assert.Null(Metric(employee, "part"));   // 0.5
        }
    }

    [Theory]
    // clamp(x, 10, 20): 5 is below 10: 10; 15 lies inside: 15; 25 is above 20: 20; 20 is the upper bound itself: 20.
    [InlineData("a", 10)]
    [InlineData("b", 15)]
    [InlineData("c", 20)]
    [InlineData("d", 20)]
    public void Clamp_limits_a_value_to_its_bounds(string employee, int expected) =>
        Assert.Equal((decimal)expected, Metric(employee, "kept"));

    [Theory]
    // a: min(5, 2.5) = 2.5 (the second), max = 5 (the first); b: min(15, 20) = 15 (the first), max = 20 (the second);
    // c: min(25, 1) = 1, max = 25; d: y missing is ignored: 20 both.
    [InlineData("a", "2.5", "5")]
    [InlineData("b", "15", "20")]
    [InlineData("c", "1", "25")]
    [InlineData("d", "20", "20")]
    public void Min_and_max_pick_the_smaller_and_larger_argument_whichever_comes_first(string employee, string low, string high)
    {
        Assert.Equal(decimal.Parse(low, CultureInfo.InvariantCulture), Metric(employee, "low"));
        Assert.Equal(decimal.Parse(high, CultureInfo.InvariantCulture), Metric(employee, "high"));
    }
}
