using PerfRules.Authoring;
using static PerfRules.Tests.Authoring.AuthoringCases;

namespace PerfRules.Tests.Authoring;

/// <summary>
/// The worked example's plan against a proposed revision (Cases/authoring/worked-example-new.perf): customer weighs
/// 50% instead of 40%, grades are S top 40% at 60, A top 70%, B; the requirement drops to 80%; 2 for the top 20%.
/// </summary>
public class PlanDiffTests
{
    private static PlanDiff Diff(string data = "authoring/worked-example-bases.csv", string? baseColumn = "base_bonus") =>
        PlanDiff.Compare(WorkedPlan, NewPlan, CasePath(data), new PlanDiffOptions { BaseColumn = baseColumn });

    private static PerfPlan NewPlan { get; } = PlanRunner.Compile(PlanRunner.Case("authoring/worked-example-new.perf"));

    [Fact]
    public void The_grade_migration_matrix_is_the_one_worked_by_hand()
    {
        // New totals, 0.5 x result + 0.5 x customer: e1 100; e2, e5 0.5 x 65 + 0.5 x 60 = 62.50; e3 0 + 50 = 50.00;
        // e6 0.5 x 39.1245 + 30 = 49.56225 (49.56); e4 36.25 + 0 = 36.25.
        // New ranks 1, 2, 2, 4 (e3), 5 (e6), 6 (e4); (rank - 1) / 6 = 0, .17, .17, .5, .67, .83.
        // New grades: S (top 40% and 60 or more): e1, e2, e5; A (top 70%): e3, e6; B: e4.
        // Old grades (spec section 13): e1 S; e2, e5 A; e6, e4, e3 B.
        var migration = Diff().Migration;

        Assert.Equal(["S", "A", "B"], migration.Before.AsEnumerable());
        Assert.Equal(["S", "A", "B"], migration.After.AsEnumerable());
        int[][] expected = [[1, 0, 0], [2, 0, 0], [0, 2, 1]];
        int[][] actual = [.. migration.Before.Select(row => migration.After.Select(column => migration.Count(row, column)).ToArray())];
        Assert.Equal(expected, actual);
        Assert.Equal(9, migration.Moves.Length);
        Assert.Equal(new GradeMove("B", "A", 2), migration.Moves[7]);
    }

    [Fact]
    public void Each_employee_shows_old_and_new_score_rank_grade_and_multiplier()
    {
        var diff = Diff();

        Assert.Equal(["e1", "e2", "e3", "e4", "e5", "e6"], diff.Employees.Select(e => e.Employee));
        var e6 = diff.Employees[5];
        Assert.Equal(new EmployeeStanding(47.47m, 4, 6, "", "B", 0m, 0m), e6.Before);
        Assert.Equal(new EmployeeStanding(49.56m, 5, 6, "", "A", 1m, 700m), e6.After);
        Assert.Equal(2.09m, e6.ScoreChange);
        Assert.True(e6.ScoreChanged && e6.RankChanged && e6.GradeChanged && e6.MultiplierChanged);
        var e1 = diff.Employees[0];
        Assert.False(e1.IsChanged);
        Assert.Equal(0m, e1.ScoreChange);
        Assert.Equal([-0.50m, 10.00m, -7.25m], new[] { diff.Employees[1], diff.Employees[2], diff.Employees[3] }.Select(e => e.ScoreChange!.Value));
    }

    [Fact]
    public void Only_e6_changes_multiplier_and_the_payout_totals_follow()
    {
        // Old: 2, 2, 0 (e3 fails 90%), 1, 2, 0 (e6 fails 90%). New: 2 for the top 20% (e1, e2, e5), e6 passes 80%: 1;
        // e4 1; e3's collection is missing, so it still fails: 0.
        // Bases 1000, 800, -, 600, 800, 700. Before: 2000 + 1600 + 600 + 1600 + 0 = 5800; after: + 700 = 6500.
        var diff = Diff();

        Assert.Equal(["e6"], diff.MultiplierChanges.Select(e => e.Employee));
        Assert.Equal(5800m, diff.PayoutBefore);
        Assert.Equal(6500m, diff.PayoutAfter);
        Assert.Equal(1, diff.WithoutBaseAmount);
        Assert.Null(diff.Employees[2].BaseAmount);
        Assert.Equal("base_bonus", diff.BaseColumn);
    }

    [Fact]
    public void The_base_column_is_not_reported_as_an_ignored_column()
    {
        Assert.Empty(Diff().Diagnostics);
        Assert.Equal("2025-Q1", Diff().Period.ToString());
    }

    [Fact]
    public void Without_a_base_column_there_are_no_payout_totals()
    {
        var diff = Diff("data/worked-example.csv", baseColumn: null);

        Assert.Null(diff.PayoutBefore);
        Assert.Null(diff.Employees[0].After!.Payout);
        Assert.Equal(5, diff.Employees.Count(e => e.IsChanged));
    }

    [Fact]
    public void A_base_column_the_data_lacks_is_PR4051()
    {
        var diff = Diff("data/worked-example.csv", baseColumn: "bonus");

        var diagnostic = Assert.Single(diff.Diagnostics);
        Assert.Equal(("PR4051", 1, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Equal("the data has no column 'bonus' for the base amount", diagnostic.Message);
        Assert.Empty(diff.Employees);
    }

    [Fact]
    public void A_base_amount_that_is_not_a_number_is_PR4052_at_its_row_and_cell()
    {
        var csv = File.ReadAllText(CasePath("authoring/worked-example-bases.csv")).Replace("e4,2025-Q1,125,95,100,29,600", "e4,2025-Q1,125,95,100,29,6OO", StringComparison.Ordinal);
        var path = Cli.CliRunner.TempFile("bases.csv", csv);

        var diff = PlanDiff.Compare(WorkedPlan, NewPlan, path, new PlanDiffOptions { BaseColumn = "base_bonus" });

        var diagnostic = Assert.Single(diff.Diagnostics);
        Assert.Equal($"{path}(5,7): error PR4052: '6OO' is not an amount in column 'base_bonus' for employee 'e4': write digits with '.' as the decimal point, such as 12000 or 12000.50", diagnostic.ToString());
    }

    [Fact]
    public void Plans_of_different_cadences_are_PR4050()
    {
        var monthly = PerfPlan.CompileFile(CasePath("authoring/monthly.perf")).Plan!;

        var diff = PlanDiff.Compare(WorkedPlan, monthly, CasePath("data/worked-example.csv"));

        var diagnostic = Assert.Single(diff.Diagnostics);
        Assert.Equal(("PR4050", 1, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Equal(monthly.SourceName, diagnostic.Source);
        Assert.EndsWith("monthly.perf' scores months: a diff needs plans of one cadence", diff.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.True(diff.HasErrors);
    }

    [Fact]
    public void A_host_can_compare_results_it_evaluated_with_its_own_base_amounts()
    {
        var roster = PlanRunner.Case("data/worked-example.csv");
        var before = PlanRunner.Score(WorkedPlan, roster);
        var after = PlanRunner.Score(NewPlan, roster);

        var diff = PlanDiff.Compare(WorkedPlan, before, NewPlan, after, new Dictionary<string, decimal> { ["e6"] = 700m });

        Assert.Equal(0m, diff.PayoutBefore);
        Assert.Equal(700m, diff.PayoutAfter);
        Assert.Equal(5, diff.WithoutBaseAmount);
        Assert.Equal(2, diff.Migration.Count("A", "S"));
    }
}
