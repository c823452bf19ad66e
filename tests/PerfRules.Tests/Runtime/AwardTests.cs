using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Awards (spec 12.3, 12.9) on Cases/plans/awards.perf and Cases/data/awards.csv, worked by hand.
/// Team t ranks by revenue: t1 900, t2 800, t3 700, t4 600, t6 400, t7 300 are ranks 1-6; t5 (500) is vetoed and
/// ranks 7th. Multipliers: t1 3 (0/7 under 10%), t2 2 (1/7 under 30%), t4, t6, t7 1, t3 0 (collection 90%), t5 0.
/// The pool: rank &lt;= 5 and attainment &gt;= 200% keeps t1 (225%, excess 500), t2 (228.57%, 100), t3 (233.33%, 50)
/// and t6 (400%, 100); t4 is at 150% and t7 (300%) ranks 6th. Their excess: 750. The team's excess: 500 + 100 + 50
/// + 300 + 200 + 100 + 50 = 1300, of which 15% is shared.
/// </summary>
public class AwardTests
{
    private static readonly string Plan = PlanRunner.Case("plans/awards.perf");
    private static readonly string Data = PlanRunner.Case("data/awards.csv");

    private static decimal? Award(EmployeeResult employee, string name) => employee.Awards.Single(a => a.Name == name).Amount;

    [Fact]
    public void The_pool_share_is_capped_at_40_percent()
    {
        // t1: 500 / 750 = 0.667, capped: 0.4 x 1300 x 0.15 = 78.
        Assert.Equal(78m, Award(PlanRunner.Score(Plan, Data).Employee("t1"), "excess_share"));
    }

    [Fact]
    public void The_pool_share_under_the_cap_is_rounded_to_2_decimals()
    {
        // t2 and t6: 100 / 750 = 0.1333333333333333333333333333; x 1300 = 173.33333333333333333333333329;
        // x 0.15 = 25.999999999999999999999999994 (System.Decimal's last digit); shown 26.00.
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal(26.00m, Award(result.Employee("t2"), "excess_share"));
        Assert.Equal(26.00m, Award(result.Employee("t6"), "excess_share"));
    }

    [Fact]
    public void Where_keeps_only_the_top_five_at_twice_the_target_once_ranks_are_known()
    {
        // t7 (300%) ranks 6th and t4 (150%) misses 200%: both 0. u1 is alone in team u: 10 / 10 = 1, capped at 0.4:
        // 0.4 x 10 x 0.15 = 0.6.
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal(0m, Award(result.Employee("t7"), "excess_share"));
        Assert.Equal(0m, Award(result.Employee("t4"), "excess_share"));
        Assert.Equal(0.60m, Award(result.Employee("u1"), "excess_share"));
    }

    [Fact]
    public void Awards_read_the_multiplier_and_other_awards_whatever_their_order_in_the_file()
    {
        // base_bonus = multiplier x 1000; total_bonus = base_bonus + excess_share.
        // t1 3000 + 78 = 3078; t2 2000 + 26 = 2026; t4 1000 + 0; t6 1000 + 26 = 1026; u1 3000 + 0.60 = 3000.60.
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal(
            [("t1", 3078m), ("t2", 2026m), ("t4", 1000m), ("t6", 1026m), ("t7", 1000m), ("u1", 3000.60m)],
            new[] { "t1", "t2", "t4", "t6", "t7", "u1" }.Select(id => (id, Award(result.Employee(id), "total_bonus")!.Value)));
    }

    [Fact]
    public void Awards_are_listed_in_file_order()
    {
        var plan = PlanRunner.Compile(Plan);
        Assert.Equal(["total_bonus", "excess_share", "base_bonus", "loyalty"], plan.Awards.ToArray());
        var t1 = PlanRunner.Score(plan, Data).Employee("t1");
        Assert.Equal(["total_bonus", "excess_share", "base_bonus", "loyalty"], t1.Awards.Select(a => a.Name));
        Assert.Equal([3078m, 78m, 3000m, 250m], t1.Awards.Select(a => a.Amount!.Value));
        Assert.Equal("Share of the team's excess profit", t1.Awards[1].Label);
    }

    [Fact]
    public void A_vetoed_employee_and_one_whose_requirement_fails_get_0_for_every_award()
    {
        // t3 qualifies for the pool (50 / 750 x 1300 x 0.15 = 13) and loyalty pays 250, but its collection is 90%.
        // t5 is vetoed. Everyone else gets the loyalty payment.
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal([0m, 0m, 0m, 0m], result.Employee("t3").Awards.Select(a => a.Amount!.Value));
        Assert.Equal([0m, 0m, 0m, 0m], result.Employee("t5").Awards.Select(a => a.Amount!.Value));
        Assert.Equal(250m, Award(result.Employee("t7"), "loyalty"));
    }

    [Fact]
    public void Awards_round_halves_away_from_zero_and_are_read_as_shown()
    {
        // half = 1 x 0.005 = 0.005, shown 0.01; twice = half + half reads the shown 0.01 twice: 0.02 (the exact
        // values would give 0.01). claw = -0.005, shown -0.01 (away from zero); gap = 1 / 0 is missing.
        const string plan = """
            period month
            input x number
            dimension d weight 100% { kpi x weight 100% linear from 0 to 1 }
            award half  = x * 0.005 "Half a cent"
            award twice = half + half "Two halves"
            award claw  = -x * 0.005 "Claw-back"
            award gap   = x / 0 "Nothing to divide"
            flag paid_twice when twice == 0.02 "Two cents"
            """;
        var e = PlanRunner.Score(plan, "employee,period,x\ne,2025-07,1\n").Employee("e");
        Assert.Equal([0.01m, 0.02m, -0.01m, null], e.Awards.Select(a => a.Amount));
        Assert.Equal(["paid_twice"], e.Flags.Select(f => f.Name));
    }
}
