using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Group aggregates (spec 12.2, 12.9) on Cases/plans/aggregates.perf and Cases/data/aggregates.csv, worked by hand.
/// north: revenue a1 100, a2 50, a3 missing; targets 100 each. south: b1 and b2 both missing, targets 200 each.
/// "" (empty team): c1 30, c2 90, targets 60 each.
/// </summary>
public class AggregateTests
{
    private static readonly string Plan = PlanRunner.Case("plans/aggregates.perf");
    private static readonly string Data = PlanRunner.Case("data/aggregates.csv");

    private static EvaluationResult Result(EvaluationOptions? options = null) =>
        PlanRunner.Score(PlanRunner.Compile(Plan), Data, options: options);

    [Fact]
    public void Aggregates_by_team_leave_out_members_whose_value_is_missing()
    {
        // north: sum 100 + 50 = 150, avg 150 / 2 = 75, min 50, max 100, 2 reporting (a3 left out);
        // attainment 150 / (100 + 100 + 100) = 0.5: the target of a3 still counts, since target is not missing.
        foreach (var id in new[] { "a1", "a2", "a3" })
        {
            var e = Result().Employee(id);
            Assert.Equal(150m, e.Metric("team_revenue"));
            Assert.Equal(75m, e.Metric("team_average"));
            Assert.Equal(50m, e.Metric("team_smallest"));
            Assert.Equal(100m, e.Metric("team_largest"));
            Assert.Equal(2m, e.Metric("team_reporting"));
            Assert.Equal(0.5m, e.Metric("team_attainment"));
        }
    }

    [Fact]
    public void A_group_whose_every_member_is_missing_gives_missing_and_a_count_of_0()
    {
        var b1 = Result().Employee("b1");
        Assert.Null(b1.Metric("team_revenue"));
        Assert.Null(b1.Metric("team_average"));
        Assert.Null(b1.Metric("team_smallest"));
        Assert.Null(b1.Metric("team_largest"));
        Assert.Equal(0m, b1.Metric("team_reporting"));
        Assert.Null(b1.Metric("team_attainment")); // missing / 400
        Assert.Null(b1.Metric("share"));
        Assert.Null(b1.Metric("best_share"));
    }

    [Fact]
    public void An_empty_team_is_the_group_of_the_empty_value()
    {
        // c1 and c2: sum 120, avg 60, attainment 120 / 120 = 1, shares 30 / 120 = 0.25 and 90 / 120 = 0.75.
        var c1 = Result().Employee("c1");
        Assert.Equal(120m, c1.Metric("team_revenue"));
        Assert.Equal(60m, c1.Metric("team_average"));
        Assert.Equal(1m, c1.Metric("team_attainment"));
        Assert.Equal(0.25m, c1.Metric("share"));
        Assert.Equal(0.75m, c1.Metric("best_share"));
    }

    [Fact]
    public void Without_by_the_group_is_the_whole_roster()
    {
        // 100 + 50 + 30 + 90 = 270; revenue >= 100: a1 only; a team value on the five rows that have one.
        foreach (var e in Result().Employees)
        {
            Assert.Equal(270m, e.Metric("all_revenue"));
            Assert.Equal(1m, e.Metric("big_sellers"));
            Assert.Equal(5m, e.Metric("named_teams"));
        }
    }

    [Fact]
    public void A_metric_that_aggregates_another_aggregating_metric_sees_it_for_every_employee()
    {
        // share = revenue / team sum: a1 100 / 150, a2 50 / 150, c1 0.25, c2 0.75. best_share is the team's largest,
        // best_share_all the roster's: 0.75 (c2) beats 0.6666666666666666666666666667 (a1).
        var result = Result();
        var twoThirds = 100m / 150m;
        Assert.Equal(0.6666666666666666666666666667m, twoThirds);
        Assert.Equal(twoThirds, result.Employee("a1").Metric("share"));
        Assert.Equal(50m / 150m, result.Employee("a2").Metric("share"));
        Assert.Null(result.Employee("a3").Metric("share"));
        foreach (var id in new[] { "a1", "a2", "a3" }) Assert.Equal(twoThirds, result.Employee(id).Metric("best_share"));
        foreach (var e in result.Employees) Assert.Equal(0.75m, e.Metric("best_share_all"));
    }

    [Fact]
    public void A_comparison_with_an_aggregate_is_false_for_a_missing_value()
    {
        // team averages: north 75, "" 60. a1 100 > 75; c2 90 > 60; a3 has no revenue: false, not missing.
        var result = Result();
        Assert.Equal(true, result.Employee("a1").Metric("above_average"));
        Assert.Equal(false, result.Employee("a2").Metric("above_average"));
        Assert.Equal(false, result.Employee("a3").Metric("above_average"));
        Assert.Equal(true, result.Employee("c2").Metric("above_average"));
    }

    [Fact]
    public void An_aggregate_of_scores_waits_for_every_employees_score()
    {
        // Scores equal revenue (0..100): north average of 100 and 50 (a3 has none) is 75, "" average 60, south none.
        var result = Result();
        Assert.Equal(["a1", "c2"], result.Employees.Where(e => e.Flags.Length > 0).Select(e => e.Employee).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Aggregates_give_the_same_values_on_several_threads()
    {
        var single = Result();
        var parallel = Result(new EvaluationOptions { MaxDegreeOfParallelism = 4, ParallelRowThreshold = 1 });
        foreach (var e in single.Employees)
        {
            Assert.Equal(e.Metrics.Select(m => $"{m.Key}={m.Value}"), parallel.Employee(e.Employee).Metrics.Select(m => $"{m.Key}={m.Value}"));
            Assert.Equal(e.Flags.Select(f => f.Name), parallel.Employee(e.Employee).Flags.Select(f => f.Name));
        }
    }

    [Fact]
    public void Members_are_added_in_ordinal_order_of_employee_id_whatever_the_order_of_the_rows()
    {
        // Ordinal order puts "B" (66) before "a1" and "a2" (97). 10^28 + 0.5 cannot be held (29 digits), so decimal
        // rounds it half to even, back to 10^28; so does the second + 0.5: the sum is 10^28. Adding in file order
        // (a1, a2, B) would give 0.5 + 0.5 = 1, then 10^28 + 1 = 10000000000000000000000000001.
        const string plan = """
            period month
            input x number
            metric total = group_sum(x)
            dimension d weight 100% { kpi x weight 100% linear from 0 to 1 }
            """;
        const string data = "employee,period,x\na1,2025-07,0.5\na2,2025-07,0.5\nB,2025-07,10000000000000000000000000000\n";
        Assert.Equal(10000000000000000000000000001m, 0.5m + 0.5m + 10000000000000000000000000000m);
        var total = (decimal)PlanRunner.Score(plan, data).Employee("a1").Metric("total")!;
        Assert.Equal(10000000000000000000000000000m, total);
    }

    [Fact]
    public void Where_keeps_only_the_members_for_whom_the_condition_is_true()
    {
        // Members with rank <= 2 by x: a (30) and c (20). b (10) is left out, and d's missing x would be anyway.
        // Sum 30 + 20 = 50 for everyone; counts: 2. Read in a flag, where ranks are known.
        const string plan = """
            period month
            input x number optional
            dimension d weight 100% { kpi x weight 100% linear from 0 to 100 missing skip }
            flag half_of_top_two when x * 2 >= group_sum(x where rank <= 2) "At least half the top two's sum"
            flag two_counted when group_count(x where rank <= 2) == 2 "Two counted"
            """;
        var result = PlanRunner.Score(plan, "employee,period,x\na,2025-07,30\nb,2025-07,10\nc,2025-07,20\nd,2025-07,\n");
        Assert.Equal(["half_of_top_two", "two_counted"], result.Employee("a").Flags.Select(f => f.Name)); // 60 >= 50
        Assert.Equal(["two_counted"], result.Employee("c").Flags.Select(f => f.Name)); // 40 < 50
        Assert.Equal(["two_counted"], result.Employee("d").Flags.Select(f => f.Name)); // missing * 2: false
    }

    [Fact]
    public void Group_count_counts_values_of_any_type_and_only_it_takes_a_date()
    {
        // north joined 2024-03-01 and 2023-11-15 (and one empty): 2 dates; the flag star is given for all three;
        // south has no date at all: 0 dates. Spec 12.7: no aggregate but group_count takes a date.
        const string plan = """
            period month
            input team   text last
            input joined date last optional
            input star   flag
            input x      number
            metric dated        = group_count(joined by team)
            metric flagged      = group_count(star by team)
            dimension d weight 100% { kpi x weight 100% linear from 0 to 1 }
            """;
        const string data = """
            employee,period,team,joined,star,x
            n1,2025-07,north,2024-03-01,yes,1
            n2,2025-07,north,2023-11-15,no,1
            n3,2025-07,north,,no,1
            s1,2025-07,south,,yes,1
            """;
        var result = PlanRunner.Score(plan, data);
        Assert.Equal(2m, result.Employee("n3").Metric("dated"));
        Assert.Equal(3m, result.Employee("n3").Metric("flagged"));
        Assert.Equal(0m, result.Employee("s1").Metric("dated"));
        Assert.False(PerfPlan.Compile(plan.Replace("group_count(joined by team)", "group_min(joined by team)")).Success);
    }

    [Fact]
    public void Only_employees_with_a_row_in_the_scored_period_are_members()
    {
        // July: a 10, b 20, c 30. August: a 1, b 2; c has no August row, so the August sum is 1 + 2 = 3.
        const string plan = """
            period month
            input x number
            metric total = group_sum(x)
            metric last_total = previous(total)
            dimension d weight 100% { kpi x weight 100% linear from 0 to 100 }
            """;
        const string data = "employee,period,x\na,2025-07,10\nb,2025-07,20\nc,2025-07,30\na,2025-08,1\nb,2025-08,2\n";
        var a = PlanRunner.Score(plan, data).Employee("a");
        Assert.Equal(3m, a.Metric("total"));
        Assert.Equal(60m, a.Metric("last_total")); // July's own group: 10 + 20 + 30
    }

    [Fact]
    public void An_aggregate_of_an_award_adds_the_0_of_a_vetoed_employee()
    {
        // bonus = x: a 100, b 50, c 30 but vetoed, so 0. pool = group_sum(bonus) = 100 + 50 + 0 = 150 for everyone.
        const string plan = """
            period month
            input x   number
            input bad flag
            dimension d weight 100% { kpi x weight 100% linear from 0 to 100 }
            veto bad "Bad"
            award bonus = x "Bonus"
            award pool  = group_sum(bonus) "Everyone's bonus"
            """;
        var result = PlanRunner.Score(plan, "employee,period,x,bad\na,2025-07,100,no\nb,2025-07,50,no\nc,2025-07,30,yes\n");
        Assert.Equal([100m, 150m], result.Employee("a").Awards.Select(w => w.Amount!.Value));
        Assert.Equal([0m, 0m], result.Employee("c").Awards.Select(w => w.Amount!.Value));
    }
}
