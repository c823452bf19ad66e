using NodaTime;
using PerfRules.Data;
using PerfRules.Diagnostics;
using PerfRules.Periods;
using static PerfRules.Tests.Data.DataTesting;

namespace PerfRules.Tests.Data;

/// <summary>
/// Daily rows (spec 12.6) rolled up into a plan's weeks and months by every rollup, with empty cells left out (spec
/// 11), and the rows that cannot be rolled up. Cases/plans/daily-rollups.perf and Cases/data/daily-rollups.csv; e's
/// days, in period order ("-" empty):
/// <code>
///              s  a  lo hi l   p    d_last      d_min       d_max       f      t
///   07-07 Mon  1  1  1  1  1   10%  2025-06-20  2025-06-20  2025-06-20  false  seven
///   07-08 Tue  -  -  -  -  -   -    -           -           -           -      -
///   07-09 Wed  3  3  3  3  3   50%  2025-05-01  2025-05-01  2025-05-01  true   nine     (written first in the file)
///   07-13 Sun  5  5  5  5  -   -    -           2025-06-25  2025-06-25  -      -
///   07-14 Mon 10 10 10 10 10   90%  2025-07-01  2025-07-01  2025-07-01  false  fourteen (the next week)
///   07-31 Thu  2  2  2  2  -   -    -           -           -           -      -
/// </code>
/// g's two days are empty in every cell.
/// </summary>
public class DailyRowTests
{
    private static readonly string WeekPlan = PlanRunner.Case("plans/daily-rollups.perf");
    private static readonly string MonthPlan = WeekPlan.Replace("period week", "period month", StringComparison.Ordinal);
    private static readonly string Days = PlanRunner.Case("data/daily-rollups.csv");

    /// <summary>A header and rows that give only s, leaving every other (optional) input empty.</summary>
    private static string OnlyS(params (string Employee, string Period, int S)[] rows) =>
        "employee,period,s,a,lo,hi,l,p,d_last,d_min,d_max,f,t\n" + string.Concat(rows.Select(r => $"{r.Employee},{r.Period},{r.S},,,,,,,,,,\n"));

    private static (PerfPlan Plan, Roster Roster) Read(string planText, string csv)
    {
        var plan = PlanRunner.Compile(planText);
        return (plan, plan.ReadCsv(new StringReader(csv), "days.csv"));
    }

    private static object? Value(PerfPlan plan, Roster roster, string period, string employee, string input) =>
        DataTesting.Value(roster.Find(PerfPeriod.Parse(period))!, plan.Inputs, employee, input);

    [Fact]
    public void Daily_rows_roll_up_into_their_iso_week_by_every_rollup_leaving_empty_cells_out()
    {
        var (plan, roster) = Read(WeekPlan, Days);
        Assert.Empty(roster.Diagnostics);
        Assert.Equal(["2025-W28", "2025-W29", "2025-W31"], roster.Periods.Select(p => p.Period.ToString()));

        // 2025-W28 is 07-07 to 07-13.
        object?[] expected =
        [
            9m,                          // s: 1 + 3 + 5
            3m,                          // a: (1 + 3 + 5) / 3 days with a value
            1m,                          // lo
            5m,                          // hi
            3m,                          // l: the last value in period order is 07-09's (07-13 is empty)
            0.3m,                        // p: (10% + 50%) / 2
            new LocalDate(2025, 5, 1),   // d_last: 07-09's, though 07-07 comes later in the file
            new LocalDate(2025, 5, 1),   // d_min
            new LocalDate(2025, 6, 25),  // d_max: 07-13's
            true,                        // f: 07-09's
            "nine",                      // t: 07-09's
        ];
        Assert.Equal(expected, plan.Inputs.Select(i => Value(plan, roster, "2025-W28", "e", i.Name)));
    }

    [Fact]
    public void Daily_rows_roll_up_into_their_month_by_every_rollup_leaving_empty_cells_out()
    {
        var (plan, roster) = Read(MonthPlan, Days);
        Assert.Empty(roster.Diagnostics);
        Assert.Equal(["2025-07"], roster.Periods.Select(p => p.Period.ToString()));

        object?[] expected =
        [
            21m,                         // s: 1 + 3 + 5 + 10 + 2
            4.2m,                        // a: 21 / 5 days with a value
            1m,                          // lo
            10m,                         // hi
            10m,                         // l: 07-14's (07-31 is empty)
            0.5m,                        // p: (10% + 50% + 90%) / 3
            new LocalDate(2025, 7, 1),   // d_last: 07-14's
            new LocalDate(2025, 5, 1),   // d_min: 07-09's
            new LocalDate(2025, 7, 1),   // d_max: 07-14's
            false,                       // f: 07-14's
            "fourteen",                  // t: 07-14's
        ];
        Assert.Equal(expected, plan.Inputs.Select(i => Value(plan, roster, "2025-07", "e", i.Name)));
    }

    [Fact]
    public void Days_that_are_all_empty_roll_up_to_missing_values_for_every_rollup_and_the_employee_is_still_scored()
    {
        foreach (var (planText, period) in new[] { (WeekPlan, "2025-W28"), (MonthPlan, "2025-07") })
        {
            var (plan, roster) = Read(planText, Days);
            Assert.All(plan.Inputs, i => Assert.Null(Value(plan, roster, period, "g", i.Name)));

            // Its only KPI is missing and skipped, so its score is missing too; e is still ranked ahead of it.
            var result = plan.Evaluate(roster, PerfPeriod.Parse(period));
            Assert.Null(result.Find("g")!.Score);
            Assert.Equal(2, result.Find("g")!.Rank);
        }
    }

    [Theory]
    [InlineData("month", "months")]
    [InlineData("quarter", "quarters")]
    [InlineData("year", "years")]
    public void Weekly_rows_for_a_plan_of_months_quarters_or_years_ask_for_daily_rows(string cadence, string plural)
    {
        var (_, roster) = Read(WeekPlan.Replace("period week", "period " + cadence, StringComparison.Ordinal),
            OnlyS(("e", "2025-07-07", 1), ("e", "2025-W28", 1)));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal(
            $"days.csv(3,2): error PR2018: employee 'e' has a row for week 2025-W28, which cannot be combined into the plan's {plural} because a week can straddle two of them: give daily rows instead",
            error.ToString());
    }

    [Fact]
    public void Daily_and_weekly_rows_of_one_employee_inside_one_week_are_a_data_error()
    {
        // Two days of 2025-W28 and a row for the week itself: the days outnumber it, so the week row is left out.
        var (plan, roster) = Read(WeekPlan, OnlyS(("e", "2025-07-07", 1), ("e", "2025-W28", 50), ("e", "2025-07-08", 2), ("f", "2025-W28", 7)));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal(
            "days.csv(3,2): error PR2011: employee 'e' has day rows and week rows inside 2025-W28: rows of one cadence only can be combined, so the week rows are left out",
            error.ToString());
        Assert.Equal(3m, Value(plan, roster, "2025-W28", "e", "s")); // 1 + 2
        Assert.Equal(7m, Value(plan, roster, "2025-W28", "f", "s")); // another employee may give the week
    }

    [Fact]
    public void Daily_and_monthly_rows_of_one_employee_inside_one_month_are_a_data_error()
    {
        // One day and one month row: a tie, so the row that comes first (the day) wins.
        var (_, roster) = Read(MonthPlan, OnlyS(("e", "2025-07-31", 1), ("e", "2025-07", 50)));

        Assert.Equal(["(3,2) PR2011"], Positions(roster));
        Assert.Equal(DiagnosticCode.MixedCadence, roster.Diagnostics[0].Code);
        Assert.Contains("so the month rows are left out", roster.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}
