using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Profiles (spec 12.1) on Cases/plans/profiles.perf and Cases/data/profiles.csv, worked by hand.
/// key_account: results 60% (sales on 0..200), value 40% (clv on 0..50). any_role (role not empty): results 100%
/// (sales on 0..50). default: results 100% (sales on 0..100). A missing role makes both conditions missing, so
/// neither holds.
/// </summary>
public class ProfileTests
{
    private static readonly string Plan = PlanRunner.Case("plans/profiles.perf");
    private static readonly string Data = PlanRunner.Case("data/profiles.csv");

    private static EmployeeResult Score(string employee, string period) => PlanRunner.Score(Plan, Data, period).Employee(employee);

    [Fact]
    public void The_first_profile_in_file_order_whose_condition_holds_scores_the_employee()
    {
        var q1 = PlanRunner.Score(Plan, Data, "2025-Q1");
        // a: role "key" holds for key_account and any_role; key_account is first.
        // results 100 / 200 x 100 = 50, value 25 / 50 x 100 = 50; 0.6 x 50 + 0.4 x 50 = 50.
        Assert.Equal("key_account", q1.Employee("a").Profile);
        Assert.Equal(["results", "value"], q1.Employee("a").Dimensions.Select(d => d.Name));
        Assert.Equal(50m, q1.Employee("a").ExactScore);
        // c: role "new" holds only for any_role: sales 20 on 0..50 = 40.
        Assert.Equal("any_role", q1.Employee("c").Profile);
        Assert.Equal(40m, q1.Employee("c").ExactScore);
    }

    [Fact]
    public void A_missing_role_holds_for_no_profile_and_falls_to_the_default()
    {
        // b in Q1: role empty (missing); role == "key" and role != "" are both not true. Default: sales 50 on 0..100 = 50.
        var b = PlanRunner.Score(Plan, Data, "2025-Q1").Employee("b");
        Assert.Equal("default", b.Profile);
        Assert.Equal(["results"], b.Dimensions.Select(d => d.Name));
        Assert.Equal(50m, b.ExactScore);
    }

    [Fact]
    public void An_employee_leaving_a_profile_still_reads_the_scores_of_the_earlier_profile()
    {
        // a moves from key_account (Q1: total 50, results 50, value 50, clv 50) to default in Q2: sales 80 = 80.
        var a = Score("a", "2025-Q2");
        Assert.Equal("default", a.Profile);
        Assert.Equal(80m, a.ExactScore);
        Assert.Equal(50m, a.Metric("previous_total"));
        Assert.Equal(50m, a.Metric("previous_results"));
        Assert.Equal(50m, a.Metric("previous_value"));
        Assert.Equal(50m, a.Metric("previous_clv_kpi"));
    }

    [Fact]
    public void An_employee_joining_a_profile_finds_no_earlier_score_of_a_dimension_the_old_profile_lacked()
    {
        // b moves from default (Q1: results 50) to key_account in Q2: results 150 / 200 x 100 = 75,
        // value 40 / 50 x 100 = 80; 0.6 x 75 + 0.4 x 80 = 45 + 32 = 77. Q1 had no value dimension: missing.
        var b = Score("b", "2025-Q2");
        Assert.Equal("key_account", b.Profile);
        Assert.Equal(77m, b.ExactScore);
        Assert.Equal(50m, b.Metric("previous_total"));
        Assert.Equal(50m, b.Metric("previous_results"));
        Assert.Null(b.Metric("previous_value"));
        Assert.Null(b.Metric("previous_clv_kpi"));
    }

    [Fact]
    public void Score_of_a_dimension_or_kpi_the_profile_lacks_is_missing()
    {
        // Q2: a (default) and c (any_role) have no value dimension and no clv KPI; b (key_account) has both.
        var q2 = PlanRunner.Score(Plan, Data, "2025-Q2");
        Assert.Equal(["no_value_dimension", "no_clv_kpi"], q2.Employee("a").Flags.Select(f => f.Name));
        Assert.Equal(["no_value_dimension", "no_clv_kpi"], q2.Employee("c").Flags.Select(f => f.Name));
        Assert.Empty(q2.Employee("b").Flags);
    }

    [Fact]
    public void Employees_of_every_profile_share_one_ranking()
    {
        // Q2: c 60 on 0..50 = 120, clamped to 100; a 80; b 77.
        var q2 = PlanRunner.Score(Plan, Data, "2025-Q2");
        Assert.Equal(["c", "a", "b"], q2.Employees.Select(e => e.Employee));
        Assert.Equal([100m, 80m, 77m], q2.Employees.Select(e => e.Score!.Value));
        Assert.Equal([1, 2, 3], q2.Employees.Select(e => e.Rank));
    }
}
