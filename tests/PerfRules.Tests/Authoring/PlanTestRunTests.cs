using PerfRules.Authoring;
using static PerfRules.Tests.Authoring.AuthoringCases;

namespace PerfRules.Tests.Authoring;

/// <summary>Running plan tests: what passes, what fails and where, and what keeps a test from running.</summary>
public class PlanTestRunTests
{
    [Fact]
    public void A_failing_expectation_reports_its_position_and_expected_against_actual()
    {
        // e6 collected 81 of 100: under the 90% the plan requires, so its multiplier is 0 (spec section 13).
        var path = CasePath("authoring/worked-example-failing.perf.tests");
        var report = PlanTestSuite.ParseFile(path).Run(WorkedPlan);

        Assert.Equal("1 passed, 1 failed", report.Summary);
        var failed = report.Tests[0];
        Assert.False(failed.Passed);
        Assert.Equal("e6 keeps its pay", failed.Name);
        var failure = Assert.Single(failed.Failures);
        // line 6 is "  expect e6 multiplier = 1": the expected value 1 stands at column 26
        Assert.Equal((6, 26), (failure.Line, failure.Column));
        Assert.Equal("e6 multiplier: expected 1, actual 0", failure.Message);
        Assert.Equal($"{path}(6,26): e6 multiplier: expected 1, actual 0", failure.ToString());
        Assert.True(report.Tests[1].Passed);
        Assert.False(report.Success);
    }

    [Fact]
    public void Every_expectation_of_the_worked_example_holds()
    {
        var report = Run("test \"worked\"\n" + WorkedRows + """
              expect e1 score = 100
              expect e6 score = 47.47
              expect e6 score(result) = 39.12
              expect e6 score(sales) = 73.25
              expect e6 score(customer) = 60
              expect e5 rank = 2
              expect e4 rank = 5
              expect e4 group_size = 6
              expect e4 group = none
              expect e2 grade = A
              expect e1 multiplier = 2
              expect e6 multiplier = 0
              expect e1 flags = star
              expect e2 flags = none
              expect e6 requirements = "Collection under 90%"
              expect e3 requirements has "Collection under 90%"
              expect e1 requirements = none
              expect e1 vetoed = false
              expect e1 vetoes = none
              expect e1 profile = default
              expect e2 metric(coll) = 90%
              expect e3 metric(coll) = missing
              expect e6 score >= 47.47
              expect e6 score < 47.48
              expect e6 grade != A
              expect e2 flags lacks star
            """);

        Assert.Empty(report.Diagnostics);
        Assert.True(report.Success, string.Join("\n", report.Tests[0].Failures));
    }

    [Fact]
    public void Expectations_the_plan_meets_pass_and_the_summary_counts_them()
    {
        var report = Run("test \"one\"\n" + WorkedRows + "  expect e1 grade = S\n  expect e6 score = 47.47\n" +
                         "test \"two\"\n" + WorkedRows + "  expect e6 multiplier = 0\n");

        Assert.True(report.Success);
        Assert.Equal("2 passed, 0 failed", report.Summary);
        Assert.All(report.Tests, t => Assert.Empty(t.Failures));
    }

    [Fact]
    public void Each_failing_expectation_of_a_test_is_reported_in_file_order()
    {
        var report = Run("test \"t\"\n" + WorkedRows + """
              expect e2 score < 63
              expect e1 flags has star
              expect e1 flags lacks star
              expect e6 requirements = none
              expect e4 metric(coll) > 95%
            """);

        var messages = report.Tests[0].Failures.Select(f => $"({f.Line},{f.Column}) {f.Message}").ToArray();
        Assert.Equal(
        [
            "(11,21) e2 score: expected < 63, actual 63.00",
            "(13,25) e1 flags: expected not to have star, actual star",
            "(14,28) e6 requirements: expected none, actual Collection under 90%",
            "(15,28) e4 metric(coll): expected > 95%, actual 0.95",
        ], messages);
        Assert.Equal("0 passed, 1 failed", report.Summary);
    }

    [Fact]
    public void Names_the_plan_does_not_have_are_PR4016_and_the_test_does_not_run()
    {
        var report = Run("test \"typos\"\n" + WorkedRows + """
              expect e1 score(revenu) = 80
              expect e1 flags has starr
              expect e1 grade = X
              expect e1 award(bonus) = 1
            """);

        Assert.Equal(["PR4016 (11,13)", "PR4016 (12,23)", "PR4016 (13,21)", "PR4016 (14,13)"], Positions(report.Diagnostics));
        Assert.Equal(
            ["the plan has no dimension or KPI named 'revenu'", "the plan has no flag named 'starr'", "the plan has no grade named 'X'", "the plan has no award named 'bonus'"],
            report.Diagnostics.Select(d => d.Message));
        Assert.Empty(report.Tests[0].Failures);
        Assert.False(report.Tests[0].Passed);
    }

    [Fact]
    public void A_metric_the_plan_lacks_is_PR4016_and_a_value_its_type_cannot_take_is_PR4018()
    {
        var report = Run("test \"metrics\"\n" + WorkedRows + "  expect e1 metric(growth) = 1\n  expect e1 metric(coll) = high\n");

        Assert.Equal(["PR4016 (11,13)", "PR4018 (12,28)"], Positions(report.Diagnostics));
        Assert.Equal("metric(coll) takes a number or missing, not 'high'", report.Diagnostics[1].Message);
    }

    [Fact]
    public void A_data_error_in_the_rows_points_at_the_row_and_cell_in_the_tests_file()
    {
        var report = Run("""
            test "bad cell"
              rows
                employee,period,sales,collected,receivable,nps
                e1,2025-Q1,abc,100,100,50
              end
              expect e1 grade = S
            """);

        var diagnostic = Assert.Single(report.Diagnostics);
        // line 4 holds the row; sales is its third cell
        Assert.StartsWith($"{Source}(4,3): error PR2003: 'abc' is not a valid number value for input 'sales' of employee 'e1'", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Equal("0 passed, 1 failed", report.Summary);
    }

    [Fact]
    public void Text_cells_of_the_rows_are_trimmed_like_the_others_so_that_columns_can_be_aligned()
    {
        // The padding around North is layout: a is in team "North", so the flag holds and the group reads North.
        // The spaces inside the quotes of " South " belong to the value. Each is alone in its team: rank 1 of 1.
        var plan = PlanRunner.Compile("""
            period quarter
            input sales number
            input team  text
            dimension d weight 100% { kpi sales weight 100% linear from 0 to 100 }
            rank by score desc within team
            flag north when team == "North" "In the north"
            """);
        var report = Run("""
            test "aligned"
              rows
                employee, period,  team,      sales
                a,        2025-Q1, North,     40
                b,        2025-Q1, " South ", 60
              end
              expect a group = North
              expect a flags = north
              expect a rank = 1
              expect b group = " South "
              expect b group_size = 1
            """, plan);

        Assert.Empty(report.Diagnostics);
        Assert.True(report.Success, string.Join("\n", report.Tests.SelectMany(t => t.Failures)));
    }

    [Fact]
    public void An_employee_with_no_row_in_the_scored_period_is_PR4021()
    {
        var report = Run("""
            test "newcomer"
              period 2025-Q2
              rows
                employee,period,sales,collected,receivable,nps
                e9,2025-Q1,120,95,100,40
                e1,2025-Q2,200,100,100,50
              end
              expect e9 grade = B
              expect e1 grade = S
            """);

        Assert.Equal(["PR4021 (8,10)"], Positions(report.Diagnostics));
        Assert.Equal("employee 'e9' has no row in 2025-Q2, the period the test scores", report.Diagnostics[0].Message);
        Assert.False(report.Tests[0].Passed);
    }

    [Fact]
    public void A_period_the_rows_do_not_have_is_reported_at_the_period_line()
    {
        var report = Run("test \"later\"\n  period 2025-Q3\n" + WorkedRows + "  expect e1 grade = S\n");

        Assert.Equal([$"{Source}(2,10): error PR3001: no rows for period 2025-Q3"], report.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Earlier_periods_in_the_rows_are_history_for_the_one_scored()
    {
        var plan = PlanRunner.Compile("""
            period quarter
            input sales number
            metric growth = sales / previous(sales) - 1
            dimension all weight 100% { kpi growth weight 100% linear from 0% to 50% missing skip }
            """);
        var tests = """
            test "growth over last quarter"
              rows
                employee, period,  sales
                e1,       2025-Q1, 100
                e1,       2025-Q2, 125
              end
              expect e1 metric(growth) = 25%
              expect e1 score = 50       // 0.25 of the way from 0% to 50%: 50

            test "the first quarter has no growth to score"
              period 2025-Q1
              rows
                employee, period,  sales
                e1,       2025-Q1, 100
                e1,       2025-Q2, 125
              end
              expect e1 metric(growth) = missing
              expect e1 score = missing  // its only KPI is left out
            """;

        var report = Run(tests, plan);

        Assert.Empty(report.Diagnostics);
        Assert.True(report.Success, string.Join("\n", report.Tests.SelectMany(t => t.Failures)));
    }

    [Fact]
    public void Version_1_1_values_can_be_expected_profiles_rankings_levels_and_awards()
    {
        // Worked in Results/ExplanationSnapshotTests: k1 is a key account, 2nd of t1 and 2nd on the revenue board,
        // trainee, multiplier 1; k2 scores 88.00, city_partner, multiplier min(97%, 100%) x 3 = 2.91,
        // excess_share 4,800.00 and base_bonus 2.91 x 1000 + 4,800.00 = 7,710.00.
        var plan = PlanRunner.Compile(PlanRunner.Case("plans/version-1-1-tour.perf"));
        var report = Run("""
            test "the tour"
              data ../data/tour.csv
              expect k1 profile = key_account
              expect k1 rank(revenue_board) = 2
              expect k1 level(agent_level) = trainee
              expect k1 flags has fast_track
              expect k2 profile = default
              expect k2 score = 88
              expect k2 level(agent_level) = city_partner
              expect k2 multiplier = 2.91
              expect k2 award(excess_share) = 4800
              expect k2 award(base_bonus) = 7_710.00
              expect k2 rank(tenure_board) >= 2
            """, plan);

        Assert.Empty(report.Diagnostics);
        Assert.True(report.Success, string.Join("\n", report.Tests.SelectMany(t => t.Failures)));
    }

    [Fact]
    public void A_tests_file_that_cannot_be_read_is_one_diagnostic()
    {
        var suite = PlanTestSuite.ParseFile(CasePath("authoring/no-such.perf.tests"));

        Assert.Equal("PR3005", Assert.Single(suite.Diagnostics).Id);
        Assert.Equal("0 passed, 0 failed", suite.Run(WorkedPlan).Summary);
        Assert.False(suite.Run(WorkedPlan).Success);
    }
}
