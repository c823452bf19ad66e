using PerfRules.Results;

namespace PerfRules.Tests.Results;

/// <summary>
/// The History section of an explanation: every history call with its value and the periods it covers, on the
/// hand-worked cases of WindowTests, WeeklyPlanTests and DateTests (the tables of values are there).
/// </summary>
public class HistoryExplanationTests
{
    private static string[] History(string plan, string data, string employee, string? period = null) =>
    [
        .. PlanRunner.Score(PlanRunner.Case(plan), PlanRunner.Case(data), period).Employee(employee).Explain().Lines
            .Where(l => l.Step == ExplanationStep.History && l.Depth == 1)
            .Select(l => l.Text),
    ];

    [Fact]
    public void Windows_list_each_period_they_cover_and_whole_history_windows_name_the_period_of_their_value()
    {
        Assert.Equal(
            [
                "highest(sales) = 80, from 2025-06, over every period given (2025-01 to 2025-06)",
                "lowest(sales) = 10, from 2025-02, over every period given (2025-01 to 2025-06)",
                "highest(sales, 3) = 80, over 2025-04 to 2025-06: 2025-04 30, 2025-05 55, 2025-06 80",
                "lowest(sales, 3) = 30, over 2025-04 to 2025-06: 2025-04 30, 2025-05 55, 2025-06 80",
                "sum(sales, 3) = 165, over 2025-04 to 2025-06: 2025-04 30, 2025-05 55, 2025-06 80",
                "times(sales >= target, 4) = 3, over 2025-03 to 2025-06: 2025-03 held, 2025-04 did not hold, 2025-05 held, 2025-06 held",
                "streak(sales >= target) = 2, held from 2025-05 to 2025-06; did not hold in 2025-04",
                "latest(survey) = 5, 2025-06's own value",
                "highest(sales - previous(sales)) = 50, from 2025-03, over every period given (2025-01 to 2025-06)",
                "previous(sales) = 55, from 2025-05",
                "times(top(50%), 4) = 4, over 2025-03 to 2025-06: 2025-03 held, 2025-04 held, 2025-05 held, 2025-06 held",
            ],
            History("plans/windows.perf", "data/windows.csv", "b"));
    }

    [Fact]
    public void Periods_without_a_row_and_missing_values_are_named_as_such()
    {
        var a = History("plans/windows.perf", "data/windows.csv", "a");
        Assert.Contains("highest(sales, 3) = 50, over 2025-04 to 2025-06: 2025-04 20, 2025-06 50; no row in 2025-05", a);
        Assert.Contains("streak(sales >= target) = 1, held in 2025-06; no row in 2025-05", a);
        Assert.Contains("previous(sales) = missing: the employee has no row in 2025-05", a);
        Assert.Contains("latest(survey) = missing: no period up to 2025-06 has a value", a);

        var d = History("plans/windows.perf", "data/windows.csv", "d");
        Assert.Contains("sum(sales, 3) = missing, over 2025-04 to 2025-06: 2025-05 missing, 2025-06 missing; no row in 2025-04", d);
        Assert.Contains("times(sales >= target, 4) = 0, over 2025-03 to 2025-06: 2025-05 did not hold, 2025-06 did not hold; no row in 2025-03, 2025-04", d);
        Assert.Contains("streak(sales >= target) = 0: it does not hold in 2025-06", d);
        Assert.Contains("previous(sales) = missing: 2025-05 has no value", d);
        Assert.Contains("highest(sales - previous(sales)) = missing: no period given (2025-01 to 2025-06) has a value", d);
    }

    [Fact]
    public void Latest_names_the_period_its_value_comes_from()
    {
        Assert.Contains(
            "latest(survey) = 6, from 2025-05, the most recent period before 2025-06 with a value",
            History("plans/windows.perf", "data/windows.csv", "c"));
    }

    [Fact]
    public void A_weekly_plan_is_explained_in_iso_weeks_across_the_year_boundary_and_each_call_once()
    {
        // previous(calls) is written twice in the plan (a metric and the flag): it is explained once.
        Assert.Equal(
            [
                "previous(calls) = 8, from 2020-W53",
                "previous(calls, 2) = 7, from 2020-W52",
                "sum(calls, 4) = 31, over 2020-W51 to 2021-W01: 2020-W51 6, 2020-W52 7, 2020-W53 8, 2021-W01 10",
                "avg(calls, 4) = 7.75, over 2020-W51 to 2021-W01: 2020-W51 6, 2020-W52 7, 2020-W53 8, 2021-W01 10",
                "streak(calls >= 5) = 4, held from 2020-W51 to 2021-W01, since the first period given",
            ],
            History("plans/weekly-calls.perf", "data/weeks-2020-2021.csv", "a", "2021-W01"));
    }

    [Fact]
    public void Dates_in_the_history_section_are_written_as_dates()
    {
        Assert.Equal(
            [
                "previous(visited) = missing: 2025-02 has no value",
                "lowest(visited) = 2025-01-20, from 2025-01, over every period given (2025-01 to 2025-03)",
                "highest(visited) = 2025-01-20, from 2025-01, over every period given (2025-01 to 2025-03)",
                "highest(visited, 2) = missing, over 2025-02 to 2025-03: 2025-02 missing, 2025-03 missing",
                "latest(visited) = 2025-01-20, from 2025-01, the most recent period before 2025-03 with a value",
            ],
            History("plans/date-history.perf", "data/date-history.csv", "e1", "2025-03"));
    }
}
