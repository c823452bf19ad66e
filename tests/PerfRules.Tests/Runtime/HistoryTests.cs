namespace PerfRules.Tests.Runtime;

/// <summary>History functions over calendar periods (spec sections 6 and 11), worked by hand.</summary>
public class HistoryTests
{
    private const string Plan = """
        period quarter
        input revenue money
        metric growth   = revenue / previous(revenue) - 1
        metric two_back = previous(revenue, 2)
        metric total3   = sum(revenue, 3)
        metric mean3    = avg(revenue, 3)
        metric growing  = streak(growth > 0)
        metric last_rank = previous(rank)
        dimension d weight 100% {
          kpi revenue weight 50% linear from 0 to 100
          kpi growth  weight 50% linear from 0% to 30% missing skip
        }
        flag climbing when streak(growth > 0) >= 2 "Two quarters of growth"
        """;

    // e1 has no row in Q3 (a gap); e2 grows 20%, 10%, 10%.
    private const string Data = """
        employee,period,revenue
        e1,2025-Q1,100
        e2,2025-Q1,50
        e1,2025-Q2,110
        e2,2025-Q2,60
        e2,2025-Q3,66
        e1,2025-Q4,121
        e2,2025-Q4,72.6
        """;

    private static Dictionary<string, object?> Metrics(string employee, string? period = null) =>
        PlanRunner.Score(Plan, Data, period).Employee(employee).Metrics.ToDictionary(m => m.Key, m => m.Value);

    [Fact]
    public void A_gap_makes_previous_missing_and_the_window_leaves_it_out()
    {
        // Q4 for e1: Q3 has no row, so previous(revenue) and growth are missing; previous(revenue, 2) is Q2's 110;
        // sum over Q2..Q4 = 110 + 121 = 231; avg = 231 / 2 values = 115.5; the growth streak is 0.
        var m = Metrics("e1");
        Assert.Null(m["growth"]);
        Assert.Equal(110m, m["two_back"]);
        Assert.Equal(231m, m["total3"]);
        Assert.Equal(115.5m, m["mean3"]);
        Assert.Equal(0m, m["growing"]);
    }

    [Fact]
    public void Windows_and_streaks_count_back_from_the_current_period()
    {
        // Q4 for e2: growth 72.6 / 66 - 1 = 0.1; previous(revenue, 2) = 60; sum 60 + 66 + 72.6 = 198.6, avg 66.2;
        // growth held in Q2 (0.2), Q3 (0.1) and Q4 (0.1), but is missing in Q1: streak 3.
        var m = Metrics("e2");
        Assert.Equal(0.1m, m["growth"]);
        Assert.Equal(60m, m["two_back"]);
        Assert.Equal(198.6m, m["total3"]);
        Assert.Equal(66.2m, m["mean3"]);
        Assert.Equal(3m, m["growing"]);
    }

    [Fact]
    public void The_first_period_has_no_previous_value_and_its_growth_kpi_is_skipped()
    {
        var e1 = PlanRunner.Score(Plan, Data, "2025-Q1").Employee("e1");
        Assert.True(e1.Dimensions[0].Kpis[1].IsSkipped);
        Assert.Equal(100m, e1.ExactScore); // revenue 100 scores 100, growth left out: (0.5 x 100) / 0.5
    }

    [Fact]
    public void Previous_rank_reads_the_earlier_periods_complete_ranking()
    {
        // Q3 has only e2, so it ranks 1 there; in Q4 previous(rank) is 1 for e2 and missing for e1 (no Q3 row).
        // In Q2 both have a Q1 rank: e1 (100) is 1, e2 (50) is 2.
        Assert.Equal(1m, Metrics("e2")["last_rank"]);
        Assert.Null(Metrics("e1")["last_rank"]);
        Assert.Equal(1m, Metrics("e1", "2025-Q2")["last_rank"]);
        Assert.Equal(2m, Metrics("e2", "2025-Q2")["last_rank"]);
    }

    [Fact]
    public void Flags_read_streaks_and_a_later_period_never_changes_an_earlier_result()
    {
        var q4 = PlanRunner.Score(Plan, Data);
        Assert.Equal(["climbing"], q4.Employee("e2").Flags.Select(f => f.Name));
        Assert.Empty(q4.Employee("e1").Flags);

        var onlyUpToQ2 = Data[..Data.IndexOf("e2,2025-Q3", StringComparison.Ordinal)];
        var early = PlanRunner.Score(Plan, onlyUpToQ2);
        var withLater = PlanRunner.Score(Plan, Data, "2025-Q2");
        Assert.Equal(early.Employees.Select(e => e.Explain().ToString()), withLater.Employees.Select(e => e.Explain().ToString()));
        Assert.Equal(["2025-Q1"], withLater.HistoryPeriods.Select(p => p.ToString()));
    }

    [Fact]
    public void Streak_of_top_is_broken_by_a_period_without_a_row()
    {
        // Monthly: a is first in Jan, Feb, (no row in Mar), Apr: streak(top(50%)) in Apr is 1, not 3.
        // b is first... never: b is second of two each month, (2 - 1) / 2 = 0.5 is not under 50%.
        var plan = """
            period month
            input s number
            dimension d weight 100% { kpi s weight 100% linear from 0 to 100 }
            flag steady when streak(top(50%)) >= 2 "Top half two months running"
            """;
        var data = """
            employee,period,s
            a,2025-01,90
            b,2025-01,10
            a,2025-02,90
            b,2025-02,10
            b,2025-03,10
            a,2025-04,90
            b,2025-04,10
            """;
        Assert.Empty(PlanRunner.Score(plan, data).Employee("a").Flags);
        Assert.Equal(["steady"], PlanRunner.Score(plan, data, "2025-02").Employee("a").Flags.Select(f => f.Name));
        Assert.Equal(2, PlanRunner.Score(plan, data, "2025-04").Employee("b").Rank);
    }

    [Fact]
    public void Monthly_rows_roll_up_into_a_quarter_by_each_inputs_rollup()
    {
        // Jan 10, Feb empty, Mar 20 for every input: sum 30, avg (10 + 20) / 2 = 15, min 10, max 20, last 20.
        var plan = """
            period quarter
            input s number sum optional
            input a number avg optional
            input lo number min optional
            input hi number max optional
            input l number last optional
            metric check = s * 10000 + a * 100 + lo + hi / 100 + l / 10000
            dimension d weight 100% { kpi s weight 100% linear from 0 to 100 }
            """;
        var data = """
            employee,period,s,a,lo,hi,l
            e,2025-01,10,10,10,10,10
            e,2025-02,,,,,
            e,2025-03,20,20,20,20,20
            """;
        var m = PlanRunner.Score(plan, data).Employee("e").Metrics.Single().Value;
        Assert.Equal(30m * 10000 + 15m * 100 + 10m + 20m / 100 + 20m / 10000, m);
    }

    [Fact]
    public void A_yearly_plan_sums_twelve_months()
    {
        var plan = """
            period year
            input sales number sum
            dimension d weight 100% { kpi sales weight 100% linear from 0 to 1000 }
            """;
        var rows = string.Concat(Enumerable.Range(1, 12).Select(m => $"e,2025-{m:D2},{m * 10}\n"));
        var result = PlanRunner.Score(plan, "employee,period,sales\n" + rows);
        // 10 + 20 + ... + 120 = 780, which scores 78 on 0..1000
        Assert.Equal(78m, result.Employee("e").ExactScore);
        Assert.Equal("2025", result.Period.ToString());
    }
}
