using NodaTime;
using PerfRules.Diagnostics;
using PerfRules.Results;
using PerfRules.Tests.Cli;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Weekly plans (spec 12.6) on Cases/plans/weekly-calls.perf, worked by hand across ISO week-year boundaries.
/// Cases/data/weeks-2020-2021.csv, calls per ISO week (2020 has 53 weeks; 2020-W53 runs 2020-12-28 to 2021-01-03):
/// <code>
///            2020-W51   2020-W52   2020-W53        2021-W01   2021-W02
///   a days   6 (5 + 1)  7          8 (3 + 5)       10         4 (2 + 2)
///   b weeks  .          6          8               3          9
/// </code>
/// a gives daily rows: 2020-12-20 (a Sunday) still belongs to W51, 2021-01-03 (a Sunday) to 2020-W53.
/// </summary>
public class WeeklyPlanTests
{
    private static readonly string Plan = PlanRunner.Case("plans/weekly-calls.perf");
    private static readonly string Data = PlanRunner.Case("data/weeks-2020-2021.csv");

    private static object? Metric(EvaluationResult result, string employee, string metric) =>
        result.Employee(employee).Metrics.Single(m => m.Key == metric).Value;

    [Fact]
    public void Without_a_period_the_latest_week_is_scored_and_the_weeks_before_it_are_history()
    {
        var result = PlanRunner.Score(Plan, Data);

        Assert.Equal("2021-W02", result.Period.ToString());
        Assert.Equal(["2020-W51", "2020-W52", "2020-W53", "2021-W01"], result.HistoryPeriods.Select(p => p.ToString()));
    }

    [Fact]
    public void Previous_is_the_week_before_even_across_a_year_with_53_weeks()
    {
        var w01 = PlanRunner.Score(Plan, Data, "2021-W01");

        Assert.Equal(10m, w01.Employee("a").Dimensions[0].Kpis[0].Value); // calls: the one day 2021-01-04
        Assert.Equal(8m, Metric(w01, "a", "last_week"));                  // 2020-W53: 3 + 5
        Assert.Equal(7m, Metric(w01, "a", "two_back"));                   // 2020-W52
        Assert.Equal(8m, Metric(w01, "b", "last_week"));                  // b's weekly row for 2020-W53
        Assert.Equal(6m, Metric(w01, "b", "two_back"));
    }

    [Fact]
    public void Sum_of_four_is_four_weeks_across_the_year_boundary()
    {
        var w01 = PlanRunner.Score(Plan, Data, "2021-W01");
        var w02 = PlanRunner.Score(Plan, Data);

        Assert.Equal(31m, Metric(w01, "a", "four_weeks"));   // 2020-W51..2021-W01: 6 + 7 + 8 + 10
        Assert.Equal(7.75m, Metric(w01, "a", "mean_4"));     // 31 / 4
        Assert.Equal(29m, Metric(w02, "a", "four_weeks"));   // 2020-W52..2021-W02: 7 + 8 + 10 + 4
        Assert.Equal(17m, Metric(w01, "b", "four_weeks"));   // no 2020-W51 row: 6 + 8 + 3
        Assert.Equal(17m / 3m, Metric(w01, "b", "mean_4"));  // 17 / 3 values
        Assert.Equal(26m, Metric(w02, "b", "four_weeks"));   // 6 + 8 + 3 + 9
    }

    [Fact]
    public void A_streak_counts_weeks_and_flags_compare_with_the_week_before()
    {
        var w01 = PlanRunner.Score(Plan, Data, "2021-W01");
        var w02 = PlanRunner.Score(Plan, Data);

        Assert.Equal(4m, Metric(w01, "a", "busy_run"));  // 10, 8, 7, 6 are all >= 5; 2020-W50 has no row
        Assert.Equal(0m, Metric(w02, "a", "busy_run"));  // 4 < 5
        Assert.Equal(1m, Metric(w02, "b", "busy_run"));  // 9, then 3 < 5
        Assert.Equal(["slump"], w01.Employee("b").Flags.Select(f => f.Name)); // 3 < 8 x 50% = 4
        Assert.Equal(["slump"], w02.Employee("a").Flags.Select(f => f.Name)); // 4 < 10 x 50% = 5
        Assert.Empty(w02.Employee("b").Flags);                                // 9 is not under 1.5
    }

    [Fact]
    public void Daily_ratings_average_the_days_that_have_one()
    {
        // a's 2020-W51 days rate 4 and (empty); 2021-W02 days rate (empty) and 2: the empty days are left out.
        var w51 = PlanRunner.Score(Plan, Data, "2020-W51");
        Assert.Equal(6m, w51.Employee("a").Dimensions[0].Kpis[0].Value);
        var input = PlanRunner.Score(Plan, Data).Employee("a").Explain().Lines.Single(l => l.Text.StartsWith("rating = ", StringComparison.Ordinal));
        Assert.Equal("rating = 2", input.Text);
    }

    [Fact]
    public void Period_start_and_end_of_a_week_are_its_monday_and_sunday()
    {
        var w53 = PlanRunner.Score(Plan, Data, "2020-W53");
        Assert.Equal(new LocalDate(2020, 12, 28), Metric(w53, "a", "first_day"));
        Assert.Equal(new LocalDate(2021, 1, 3), Metric(w53, "a", "last_day"));
    }

    [Fact]
    public void The_last_days_of_december_can_belong_to_the_first_week_of_the_next_year()
    {
        // c: 2024-12-23 (Mon) and 2024-12-29 (Sun) are 2024-W52: 4 + 1; 2024-12-30 (Mon) and 2025-01-05 (Sun) are
        // 2025-W01: 2 + 3; 2025-01-06 is 2025-W02: 4.
        var data = PlanRunner.Case("data/weeks-2024-2025.csv");
        var w01 = PlanRunner.Score(Plan, data, "2025-W01");

        Assert.Equal("2025-W01", w01.Period.ToString());
        Assert.Equal(["2024-W52"], w01.HistoryPeriods.Select(p => p.ToString()));
        Assert.Equal(5m, w01.Employee("c").Dimensions[0].Kpis[0].Value);
        Assert.Equal(5m, Metric(w01, "c", "last_week"));
        Assert.Equal(new LocalDate(2024, 12, 30), Metric(w01, "c", "first_day"));
        Assert.Equal(new LocalDate(2025, 1, 5), Metric(w01, "c", "last_day"));
        Assert.Equal(14m, Metric(PlanRunner.Score(Plan, data), "c", "four_weeks")); // 5 + 5 + 4
    }

    [Fact]
    public void Week_53_of_a_year_with_52_weeks_is_a_data_error_at_its_cell()
    {
        var plan = PlanRunner.Compile(Plan);
        var roster = plan.ReadCsv(new StringReader("employee,period,calls,rating\na,2020-W53,1,\na,2025-W53,1,\n"), "weeks.csv");

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("weeks.csv(3,2): error PR2007: '2025-W53' is not a period: 2025 has 52 ISO weeks", error.ToString());
        Assert.Equal(["2020-W53"], roster.Periods.Select(p => p.Period.ToString()));
    }

    [Fact]
    public void A_week_asked_for_on_the_command_line_is_scored_with_the_weeks_before_it()
    {
        var outcome = CliRunner.Run("score", CliRunner.Case("plans/weekly-calls.perf"), CliRunner.Case("data/weeks-2020-2021.csv"),
            "--period", "2021-W01", "--format", "csv");

        // a: 10 calls of 20 = 50.00, rank 1; b: 3 of 20 = 15.00, rank 2, slump (3 < 8 x 50%).
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("""
            employee,period,group,score,rank,group_size,grade,multiplier,flags
            a,2021-W01,,50.00,1,2,,1,
            b,2021-W01,,15.00,2,2,,1,slump

            """.ReplaceLineEndings("\n"), outcome.Out);
    }

    [Fact]
    public void A_month_asked_of_a_weekly_plan_is_not_a_week()
    {
        var plan = PlanRunner.Compile(Plan);
        var roster = plan.ReadCsv(new StringReader(Data), "weeks.csv");
        var result = plan.Evaluate(roster, PerfRules.Periods.PerfPeriod.Parse("2021-01"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCode.WrongCadence, error.Code);
        Assert.Equal("period 2021-01 is not a week", error.Message);
    }
}
