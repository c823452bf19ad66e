using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Window functions over three months (spec 6 and 12.5), for an employee who is the first row of every period and
/// one with a gap: a period without a row adds nothing to a window and breaks a streak, and whole-history windows
/// look past it.
/// </summary>
public class HistoryAccessTests
{
    private const string Plan = """
        period month
        input v number optional
        metric best3      = highest(v, 3)
        metric worst3     = lowest(v, 3)
        metric best_ever  = highest(v)
        metric worst_ever = lowest(v)
        metric last_known = latest(v)
        metric run        = streak(v >= 10)
        metric recent     = avg(v, 2)
        dimension d weight 100% { kpi v weight 100% linear from 0 to 100 }
        """;

    // a: 40 in May, 10 in June, missing in July. b: 5 in May, no row in June, 25 in July. July is scored.
    private const string Data = """
        employee,period,v
        a,2025-05,40
        b,2025-05,5
        a,2025-06,10
        a,2025-07,
        b,2025-07,25
        """;

    private static readonly EvaluationResult Result = PlanRunner.Score(Plan, Data);

    [Fact]
    public void Windows_of_an_employee_whose_value_is_missing_now_read_the_earlier_periods()
    {
        var a = Result.Employee("a");
        Assert.Equal(40m, a.Metric("best3"));      // 40, 10, missing
        Assert.Equal(10m, a.Metric("worst3"));
        Assert.Equal(40m, a.Metric("best_ever"));  // May's 40, found through June's row
        Assert.Equal(10m, a.Metric("worst_ever"));
        Assert.Equal(10m, a.Metric("last_known")); // missing now: June's 10
        Assert.Equal(0m, a.Metric("run"));         // v >= 10 is false on a missing v
        Assert.Equal(10m, a.Metric("recent"));     // June 10, July missing: 10 / 1
    }

    [Fact]
    public void A_period_without_a_row_adds_nothing_to_a_window_and_breaks_a_streak()
    {
        var b = Result.Employee("b");
        Assert.Equal(25m, b.Metric("best3"));      // May 5, June no row, July 25
        Assert.Equal(5m, b.Metric("worst3"));
        Assert.Equal(25m, b.Metric("best_ever"));
        Assert.Equal(5m, b.Metric("worst_ever"));  // May's 5, past the gap
        Assert.Equal(25m, b.Metric("last_known"));
        Assert.Equal(1m, b.Metric("run"));         // 25 >= 10 now; June has no row, so the streak is 1
        Assert.Equal(25m, b.Metric("recent"));     // June no row, July 25: 25 / 1
    }
}
