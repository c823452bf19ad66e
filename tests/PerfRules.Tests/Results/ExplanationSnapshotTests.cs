using System.Globalization;
using PerfRules.Results;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfRules.Tests.Results;

/// <summary>
/// The explanation an employee would be shown in an appeal, pinned as snapshots. Each snapshot was read line by line
/// and every number in it redone by hand; the comments here give the arithmetic the snapshot must show.
/// </summary>
public sealed class ExplanationSnapshotTests
{
    private static readonly string AcmePlan = PlanRunner.Case("plans/acme-sales.perf");

    /// <summary>The explanation's text, one array element per line, so that a snapshot reads like the trace itself.</summary>
    private static string[] Text(EmployeeResult employee) => employee.Explain().ToString().TrimEnd('\n').Split('\n');

    private static EmployeeResult Explained(string plan, string data, string employee) =>
        PlanRunner.Score(PlanRunner.Case(plan), PlanRunner.Case(data)).Employee(employee);

    [Theory]
    // No history, so growth is left out everywhere: performance = (0.5 x revenue + 0.3 x collection) / 0.8.
    // a1: revenue 2,000,000 reaches every line (100), collection 100%: 100; customer 100, teamwork 100: total 100.00,
    //     rank 1 of 4 in east: S (0% under 5%, 100 >= 85), top(10%): multiplier 3.
    [InlineData("a1")]
    // a2: revenue 1,800,000 reaches base and challenge, 15 x 0 toward stretch: 85; collection 95%: 75;
    //     performance (42.5 + 22.5) / 0.8 = 81.25; nps 40: 70, new customers 15: 50, customer 60; 1 complaint: 80;
    //     total 48.75 + 12 + 16 = 76.75, rank 2 of 4: (2 - 1) / 4 = 25% fails S and A, B; top(30%): multiplier 2.
    [InlineData("a2")]
    // a3: revenue 1,650,000: 60 + 25 x 150,000 / 300,000 = 72.5; collection 90%: 50; performance 51.25 / 0.8 =
    //     64.0625; customer 20 + 10 = 30; 2 complaints: 60; total 38.4375 + 6 + 12 = 56.4375, shown 56.44;
    //     rank 3: 50%, B; collection under 95%: multiplier 0.
    [InlineData("a3")]
    // a6: revenue 1,400,000 below base: 0; collection 80%: 0; nps 10: otherwise 0; no new customers: 0;
    //     5 complaints: 0; total 0.00, rank 4: 75% is not under 70%, C; collection under 95%: multiplier 0.
    [InlineData("a6")]
    // b3: revenue 1,234,567.89 below base: 0, 265,432.11 from it; collection 1,000,000 / 900,000 = 111.11...%:
    //     155.55... clamped to 100; performance 30 / 0.8 = 37.5; nps 100: 100, 40 new customers: 133.33... clamped
    //     to 100; 4 complaints: 20; total 22.5 + 20 + 4 = 46.50; alone in west: rank 1 of 1, A (S needs 85), 3.
    [InlineData("b3")]
    public void Each_seller_of_a_five_person_quarter_is_explained_from_inputs_to_payout(string employee)
    {
        var result = Explained("plans/acme-sales.perf", "data/acme-5.csv", employee);

        Snapshot.Match(Text(result), SnapshotNameExtension.Create(employee));
    }

    [Fact]
    public void A_vetoed_seller_is_explained_with_the_veto_its_forced_grade_and_a_zero_multiplier()
    {
        // a5 scores 100.00 on every KPI but has one data violation: ranked 6th of 6 in east below everyone not
        // vetoed ((6 - 1) / 6 = 83.33...%), grade D forced, multiplier 0 although collection is 100%.
        var result = Explained("plans/acme-sales.perf", "data/acme-12.csv", "a5");

        Assert.True(result.IsVetoed);
        Snapshot.Match(Text(result));
    }

    [Fact]
    public void Two_employees_tied_at_a_grade_boundary_are_explained_alike_and_both_miss_the_grade()
    {
        // n4 and n5 both score 70.00 with r = 5: equal on every key, they share rank 4 of 6 in north.
        // B needs top 50%: (4 - 1) / 6 = 50% is not under 50%, so both get C, and top(50%) fails: multiplier 1.
        var result = PlanRunner.Score(PlanRunner.Case("plans/standing.perf"), PlanRunner.Case("data/standing.csv"));
        var n4 = Text(result.Employee("n4"));
        var n5 = Text(result.Employee("n5"));

        // Apart from the employee's name in the first line, the two traces are the same.
        Assert.Equal(n4.Skip(1), n5.Skip(1));
        Snapshot.Match(new { n4, n5 });
    }

    [Fact]
    public void A_seller_with_a_previous_quarter_is_explained_with_growth_and_a_complaint_spike()
    {
        // h2 in 2025-Q3: previous(revenue) = 1,500,000.00, from 2025-Q2, growth 1,650,000 / 1,500,000 - 1 = 10%:
        // (0.1 - 0) / (0.3 - 0) x 100 = 33.333333...; revenue 60 + 25 x 0.5 = 72.5, collection 97%: 85;
        // performance 36.25 + 25.5 + 6.666666... = 68.416666...; customer 35 + 25 = 60; 3 complaints: 40;
        // total 41.05 + 12 + 8 = 61.05, rank 3 of 4 (50%): B, multiplier 1.
        // complaint_spike: 3 > 2 x 1.2 = 2.4 holds.
        var result = Explained("plans/acme-sales.perf", "data/acme-history.csv", "h2");

        Assert.Equal(61.05m, result.Score);
        Assert.Contains(result.Flags, f => f.Name == "complaint_spike");
        Snapshot.Match(Text(result));
    }

    [Fact]
    public void A_seller_first_two_quarters_running_is_explained_with_the_streak_that_makes_promotion_ready()
    {
        // h1 was first of 4 in 2025-Q2 (88.13) and is first in 2025-Q3: streak(top(20%)) = 2 with no complaint.
        // Q3: revenue 1,840,000: 85 + 15 x 40,000 / 200,000 = 88; collection 100%; growth 15%: 50;
        // performance 44 + 30 + 10 = 84; customer 100, teamwork 100: total 50.4 + 20 + 20 = 90.40: S, multiplier 3.
        var result = Explained("plans/acme-sales.perf", "data/acme-history.csv", "h1");

        Assert.Contains(result.Flags, f => f.Name == "promotion_ready");
        Snapshot.Match(Text(result));
    }

    [Fact]
    public void A_missing_metric_that_scores_zero_and_a_failed_requirement_are_explained()
    {
        // Spec section 13, e3: sales 99 is below the first line: 0; coll = 0 / 0 is missing and scores 0;
        // nps 70: 100; total 0.6 x 0 + 0.4 x 100 = 40.00; require coll >= 90% fails on a missing value.
        var result = Explained("plans/worked-example.perf", "data/worked-example.csv", "e3");

        Snapshot.Match(Text(result));
    }

    [Fact]
    public void The_worked_example_is_explained_from_exact_values_never_from_rounded_ones()
    {
        // Spec section 13, e6: sales 60 + 40 x 0.331225 = 73.249; coll 81%: 5; result 39.1245 (shown 39.12);
        // total 0.6 x 39.1245 + 0.4 x 60 = 47.4747, shown 47.47; rank 4 of 6: 50% fails top 50%: B; coll fails.
        var result = Explained("plans/worked-example.perf", "data/worked-example.csv", "e6");

        Snapshot.Match(Text(result));
    }

    [Fact]
    public void An_employee_whose_every_dimension_is_left_out_is_explained_without_a_score()
    {
        // x2 has no s: its only KPI is skipped, so its dimension and the total are left out. With no score it ranks
        // after x1 (50.00) and before the vetoed x3 in the group of the empty team: 2 of 3; the grade is the
        // catch-all C; top(50%) holds on (2 - 1) / 3 = 33.33...%, so the multiplier is 2.
        var result = Explained("plans/standing.perf", "data/standing.csv", "x2");

        Assert.Null(result.Score);
        Snapshot.Match(Text(result));
    }

    [Fact]
    public void Employees_of_a_version_1_1_plan_are_explained_with_profile_aggregates_levels_awards_and_rankings()
    {
        // k1 (2025-06) is a key account of long standing: profile key_account; attainment 150% reaches every line
        // (100), no complaint (100), knowledge 75: 37.5; total 60 + 20 + 7.5 = 87.50, 2nd of t1; B because
        // rank(revenue_board) = 2 <= 3; level trainee; multiplier 1; fast_track as 150,000 >= 100,000 x 150%.
        // k2 is an agent (default profile): attainment 350%: 100, team attainment 500,000 / 200,000: 100,
        // 1 complaint: 60; total 70 + 18 = 88.00, 1st of t1: S; city_partner (2 months, 56.45...% share);
        // multiplier min(97%, 100%) x 3 = 2.91; excess_share min(80,000 / 80,000, 40%) x 80,000 x 15% = 4,800.00;
        // base_bonus 2.91 x 1000 + 4,800.00 = 7,710.00.
        var result = PlanRunner.Score(PlanRunner.Case("plans/version-1-1-tour.perf"), PlanRunner.Case("data/tour.csv"));
        var k1 = Text(result.Employee("k1"));
        var k2 = Text(result.Employee("k2"));

        Snapshot.Match(new { k1, k2 });
    }

    [Fact]
    public void An_explanation_reads_the_same_under_a_comma_decimal_culture()
    {
        var invariant = Explained("plans/acme-sales.perf", "data/acme-history.csv", "h2").Explain().ToString();
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var german = Explained("plans/acme-sales.perf", "data/acme-history.csv", "h2").Explain().ToString();
            Assert.Equal(invariant, german);
            Assert.Contains("previous(revenue) = 1,500,000.00, from 2025-Q2", german, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void The_lines_of_an_explanation_carry_their_step_and_depth()
    {
        var result = Explained("plans/worked-example.perf", "data/worked-example.csv", "e6");

        var lines = result.Explain().Lines.Select(l => new { Step = l.Step.ToString(), l.Depth, l.Text });
        Snapshot.Match(lines);
    }
}
