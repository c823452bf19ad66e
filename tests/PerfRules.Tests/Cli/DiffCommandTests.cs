using System.Text.Json;

namespace PerfRules.Tests.Cli;

/// <summary>The worked example's plan against its proposed revision; the numbers are worked in Authoring/PlanDiffTests.</summary>
public class DiffCommandTests
{
    private static readonly string OldPlan = CliRunner.Case("plans/worked-example.perf");
    private static readonly string NewPlan = CliRunner.Case("authoring/worked-example-new.perf");
    private static readonly string Data = CliRunner.Case("authoring/worked-example-bases.csv");

    [Fact]
    public void Csv_lists_every_employee_old_and_new_with_what_changed()
    {
        var outcome = CliRunner.Run("diff", OldPlan, NewPlan, Data, "--base", "base_bonus", "--format", "csv");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
        Assert.Equal("""
            employee,score_before,score_after,score_change,rank_before,rank_after,grade_before,grade_after,multiplier_before,multiplier_after,changed,base,payout_before,payout_after
            e1,100.00,100.00,0.00,1,1,S,S,2,2,,1000.00,2000.00,2000.00
            e2,63.00,62.50,-0.50,2,2,A,S,2,2,score;grade,800.00,1600.00,1600.00
            e3,40.00,50.00,+10.00,6,4,B,A,0,0,score;rank;grade,,,
            e4,43.50,36.25,-7.25,5,6,B,B,1,1,score;rank,600.00,600.00,600.00
            e5,63.00,62.50,-0.50,2,2,A,S,2,2,score;grade,800.00,1600.00,1600.00
            e6,47.47,49.56,+2.09,4,5,B,A,0,1,score;rank;grade;multiplier,700.00,0.00,700.00

            """.ReplaceLineEndings("\n"), outcome.Out);
    }

    [Fact]
    public void Json_carries_the_migration_matrix_and_payout_totals()
    {
        var outcome = CliRunner.Run("diff", OldPlan, NewPlan, Data, "--base", "base_bonus", "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Out);
        var root = json.RootElement;
        var counts = root.GetProperty("migration").GetProperty("counts").EnumerateArray()
            .Select(row => row.EnumerateArray().Select(c => c.GetInt32()).ToArray()).ToArray();
        Assert.Equal([[1, 0, 0], [2, 0, 0], [0, 2, 1]], counts);
        Assert.Equal(["e6"], root.GetProperty("multiplierChanges").EnumerateArray().Select(e => e.GetString()));
        var payout = root.GetProperty("payout");
        Assert.Equal((5800m, 6500m, 700m), (payout.GetProperty("before").GetDecimal(), payout.GetProperty("after").GetDecimal(), payout.GetProperty("change").GetDecimal()));
        Assert.Equal(5, root.GetProperty("changedCount").GetInt32());
    }

    [Fact]
    public void Table_shows_changed_employees_the_matrix_and_the_totals()
    {
        var outcome = CliRunner.Run("diff", OldPlan, NewPlan, Data, "--base", "base_bonus", "--format", "table");

        Assert.Equal(0, outcome.ExitCode);
        var text = outcome.Out.ReplaceLineEndings("\n");
        Assert.Contains("│ e6       │ 47.47 -> 49.56 │  +2.09 │ 4/6 -> 5/6 │ B -> A │ 0 -> 1     │ 0.00 -> 700.00 │", text, StringComparison.Ordinal);
        Assert.Contains("│ B         │ 0 │ 2 │ 1 │", text, StringComparison.Ordinal);
        Assert.Contains("5 of 6 employees changed; 1 unchanged.", text, StringComparison.Ordinal);
        Assert.Contains("Multiplier changed for 1: e6 0 -> 1", text, StringComparison.Ordinal);
        Assert.Contains("Payout (base x multiplier, base from 'base_bonus'): 5,800.00 -> 6,500.00 (+700.00)", text, StringComparison.Ordinal);
        Assert.Contains("1 employee has no base amount and is not in the totals.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("│ e1 ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plans_of_different_cadences_exit_1_with_PR4050()
    {
        var outcome = CliRunner.Run("diff", OldPlan, CliRunner.Case("authoring/monthly.perf"), Data);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error PR4050:", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("", outcome.Out);
    }

    [Fact]
    public void A_missing_data_file_or_a_bad_period_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("diff", OldPlan, NewPlan, "nothere.csv").ExitCode);
        Assert.Equal(2, CliRunner.Run("diff", OldPlan, NewPlan, Data, "--period", "Q3").ExitCode);
        Assert.Equal(2, CliRunner.Run("diff", OldPlan, "nothere.perf", Data).ExitCode);
    }
}
