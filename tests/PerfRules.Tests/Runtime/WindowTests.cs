using PerfRules.Diagnostics;
using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Window extremes and counts (spec 12.5) worked by hand on Cases/plans/windows.perf and Cases/data/windows.csv.
/// Sales by month (target 50 for everyone; "-" an empty cell, "." no row):
/// <code>
///       Jan  Feb  Mar  Apr  May  Jun
///   a    40   70   -    20   .    50
///   b    10   10   60   30   55   80      survey: Jun 5
///   c    20   20   20   20   20   20      survey: Jan 8, Feb 9, May 6
///   d    30   .    .    .    -    -
/// </code>
/// </summary>
public class WindowTests
{
    private static readonly string Plan = PlanRunner.Case("plans/windows.perf");
    private static readonly string Data = PlanRunner.Case("data/windows.csv");
    // Evaluated for each test (xunit makes an instance per test), never cached in a static: mutation testing runs the
    // tests of many mutants in one process, and a cached result would hide a mutant from them.
    private readonly EvaluationResult _june = PlanRunner.Score(Plan, Data);

    private static object? Metric(EvaluationResult result, string employee, string metric) =>
        result.Employee(employee).Metrics.Single(m => m.Key == metric).Value;

    [Theory]
    // a: 40, 70, -, 20, ., 50: the empty March and the May without a row are left out.
    [InlineData("a", 70, 20)]
    // b: 10, 10, 60, 30, 55, 80.
    [InlineData("b", 80, 10)]
    [InlineData("c", 20, 20)]
    // d: only January's 30 is a value.
    [InlineData("d", 30, 30)]
    public void Highest_and_lowest_without_a_count_cover_every_period_given(string employee, int highest, int lowest)
    {
        Assert.Equal((decimal)highest, Metric(_june, employee, "best_ever"));
        Assert.Equal((decimal)lowest, Metric(_june, employee, "worst_ever"));
    }

    [Fact]
    public void Highest_without_a_count_covers_only_the_periods_up_to_the_one_scored()
    {
        var march = PlanRunner.Score(Plan, Data, "2025-03");
        Assert.Equal(60m, Metric(march, "b", "best_ever"));   // 10, 10, 60: June's 80 is later
        Assert.Equal(10m, Metric(march, "b", "worst_ever"));

        var january = PlanRunner.Score(Plan, Data, "2025-01");
        Assert.Equal(30m, Metric(january, "d", "best_ever")); // the first period: its own value
    }

    [Fact]
    public void Highest_and_lowest_over_n_periods_leave_out_gaps_and_empty_values()
    {
        // a, April to June: 20, no row, 50.
        Assert.Equal(50m, Metric(_june, "a", "best_3"));
        Assert.Equal(20m, Metric(_june, "a", "worst_3"));
        Assert.Equal(70m, Metric(_june, "a", "sum_3"));  // 20 + 50
        // b, April to June: 30, 55, 80.
        Assert.Equal(80m, Metric(_june, "b", "best_3"));
        Assert.Equal(30m, Metric(_june, "b", "worst_3"));
        // d, April to June: no row, empty, empty: nothing to compare, so missing, like sum.
        Assert.Null(Metric(_june, "d", "best_3"));
        Assert.Null(Metric(_june, "d", "worst_3"));
        Assert.Null(Metric(_june, "d", "sum_3"));
    }

    [Fact]
    public void Times_counts_every_period_the_condition_held_in_while_streak_stops_at_the_first_that_it_did_not()
    {
        // b against target 50, March to June: 60 held, 30 not, 55 held, 80 held: times 3, streak 2.
        Assert.Equal(3m, Metric(_june, "b", "hits_4"));
        Assert.Equal(2m, Metric(_june, "b", "run"));
        // a, March to June: empty (a comparison with missing is false), 20 not, no row, 50 held: times 1;
        // the streak is 1, as May had no row.
        Assert.Equal(1m, Metric(_june, "a", "hits_4"));
        Assert.Equal(1m, Metric(_june, "a", "run"));
        // c never reaches 50 and d has no value: both 0, never missing.
        Assert.Equal(0m, Metric(_june, "c", "hits_4"));
        Assert.Equal(0m, Metric(_june, "d", "hits_4"));
        Assert.Equal(0m, Metric(_june, "d", "run"));
    }

    [Fact]
    public void Latest_reaches_back_over_two_empty_periods_to_the_last_value()
    {
        // c's survey: 8, 9, -, -: in April, March and April are empty, February has 9.
        Assert.Equal(9m, Metric(PlanRunner.Score(Plan, Data, "2025-04"), "c", "last_survey"));
        // In June it is empty again, May has 6; b's own June value is 5.
        Assert.Equal(6m, Metric(_june, "c", "last_survey"));
        Assert.Equal(5m, Metric(_june, "b", "last_survey"));
        // a and d never had a survey.
        Assert.Null(Metric(_june, "a", "last_survey"));
        Assert.Null(Metric(_june, "d", "last_survey"));
    }

    [Fact]
    public void A_window_may_contain_previous_and_sees_each_periods_own_previous()
    {
        // b: sales - previous(sales) is -, 0, 50, -30, 25, 25: the highest is March's 50.
        Assert.Equal(50m, Metric(_june, "b", "best_growth"));
        // a: -, 30, - (March empty), - (previous empty), no row, - (May had no row): only February's 30.
        Assert.Equal(30m, Metric(_june, "a", "best_growth"));
        Assert.Null(Metric(_june, "d", "best_growth"));
    }

    [Fact]
    public void Times_of_top_counts_the_months_in_the_top_half()
    {
        // rank by sales desc, missing last; top(50%) holds when (rank - 1) / group_size < 0.5:
        // Mar: b 60 (1), c 20 (2), a empty (3) of 3: b, c. Apr: b 30 (1), a = c 20 (2) of 3: all three.
        // May: b 55 (1), c 20 (2), d empty (3) of 3: b, c. Jun: b 80 (1), a 50 (2), c 20 (3), d (4) of 4: b, a.
        // March to June: a 2 (Apr, Jun), b 4, c 3, d 0.
        Assert.Equal(["b", "c"], _june.Employees.Where(e => e.Flags.Any()).Select(e => e.Employee).Order());

        // Jan: a 40 (1), d 30 (2), c 20 (3), b 10 (4) of 4: a, d. Feb: a 70 (1), c 20 (2), b 10 (3) of 3: a, c.
        // January to April: a 3 (Jan, Feb, Apr), b 2 (Mar, Apr), c 3 (Feb, Mar, Apr).
        var april = PlanRunner.Score(Plan, Data, "2025-04");
        Assert.Equal(["a", "c"], april.Employees.Where(e => e.Flags.Any()).Select(e => e.Employee).Order());
    }

    [Fact]
    public void The_fast_track_of_the_spec_compares_revenue_with_the_peak_up_to_the_quarter_before()
    {
        var plan = PlanRunner.Case("plans/fast-track.perf");
        var data = PlanRunner.Case("data/fast-track.csv");
        var q4 = PlanRunner.Score(plan, data);

        // f1: 100, 120, 90, 180: the peak up to Q3 is 120, and 180 >= 120 x 150% = 180 (exactly at the line).
        Assert.Equal(["fast_track"], q4.Employee("f1").Flags.Select(f => f.Name));
        Assert.Equal(180m, Metric(q4, "f1", "peak"));
        // f2: 100, no row, 400, 160: 160 is under 400 x 150% = 600.
        Assert.Empty(q4.Employee("f2").Flags);
        Assert.Equal(400m, Metric(q4, "f2", "peak"));
        // f3: 200, 100, 250, 299: 299 is under 250 x 150% = 375. f4 has no earlier quarter: previous(peak) is missing.
        Assert.Empty(q4.Employee("f3").Flags);
        Assert.Empty(q4.Employee("f4").Flags);
        Assert.Equal(500m, Metric(q4, "f4", "peak"));

        // In Q3 f2's 400 is 4 times its Q1 peak, but it had no Q2 row: previous(peak) is missing, so no fast track.
        var q3 = PlanRunner.Score(plan, data, "2025-Q3");
        Assert.Empty(q3.Employee("f2").Flags);
        Assert.Equal(400m, Metric(q3, "f2", "peak"));
    }

    [Fact]
    public void A_window_inside_previous_does_not_compile_but_previous_inside_a_window_does()
    {
        const string Head = "period month\ninput x number\ndimension d weight 100% { kpi x weight 100% linear from 0 to 1 }\n";
        Assert.True(PerfPlan.Compile(Head + "metric m = highest(x - previous(x), 3)\n").Success);

        var nested = PerfPlan.Compile(Head + "metric m = previous(1 + highest(x))\n");
        var error = Assert.Single(nested.Diagnostics);
        Assert.Equal((DiagnosticCode.InvalidHistoryNesting, 4, 25), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Whole_history_windows_reach_back_past_a_long_gap_and_a_newcomer_has_only_its_own_period()
    {
        // Weekly: g has 9 in 2025-W01, no row for 30 weeks, then an empty week and 4 in 2025-W33. h first appears in W33.
        var plan = """
            period week
            input x number optional
            metric best = highest(x)
            metric least = lowest(x)
            metric last_x = latest(x)
            dimension d weight 100% { kpi x weight 100% linear from 0 to 10 missing skip }
            """;
        var data = "employee,period,x\ng,2025-W01,9\nh,2025-W01,1\ng,2025-W32,\nh,2025-W32,\ng,2025-W33,4\nk,2025-W33,\n";
        var w32 = PlanRunner.Score(plan, data, "2025-W32");
        var w33 = PlanRunner.Score(plan, data);

        Assert.Equal(9m, Metric(w32, "g", "last_x"));  // W32 is empty: back over 30 weeks without a row to W01
        Assert.Equal(9m, Metric(w33, "g", "best"));    // 9 (W01), empty (W32), 4 (W33)
        Assert.Equal(4m, Metric(w33, "g", "least"));
        Assert.Equal(4m, Metric(w33, "g", "last_x"));
        Assert.Null(Metric(w33, "k", "best"));         // k's only week is empty
        Assert.Null(Metric(w33, "k", "last_x"));
    }

    [Fact]
    public void Windows_give_the_same_values_on_many_threads_as_on_one()
    {
        var plan = PlanRunner.Compile(Plan);
        var parallel = PlanRunner.Score(plan, Data, null, new EvaluationOptions { MaxDegreeOfParallelism = 4, ParallelRowThreshold = 1 });

        Assert.Equal(
            _june.Employees.Select(e => e.Explain().ToString()),
            parallel.Employees.Select(e => e.Explain().ToString()));
    }

    [Fact]
    public void A_window_longer_than_the_data_covers_every_period_given()
    {
        // b over all six months: 10, 10, 60, 30, 55, 80 against 50: held 3 times; highest 80, lowest 10.
        var plan = Plan.Replace("metric run ", "metric decade = times(sales >= target, 520)\nmetric top_520 = highest(sales, 520)\nmetric run ", StringComparison.Ordinal);
        var june = PlanRunner.Score(plan, Data);

        Assert.Equal(3m, Metric(june, "b", "decade"));
        Assert.Equal(80m, Metric(june, "b", "top_520"));
        Assert.Contains(
            "times(sales >= target, 520) = 3, over 2025-01 to 2025-06 (every period given): 2025-01 did not hold, 2025-02 did not hold, 2025-03 held, 2025-04 did not hold, 2025-05 held, 2025-06 held",
            june.Employee("b").Explain().Lines.Select(l => l.Text));
    }
}
