namespace PerfRules.Tests.Cli;

/// <summary>
/// The version 1.1 columns of <c>--format csv</c> (spec 12.8) on Cases/plans/output-columns.perf, worked by hand.
/// Scores: p3 80 and p2 60 (default: sales on 0..100), p4 100 / 200 = 50 and p1 90 / 200 = 45 (senior: 0..200).
/// sales_board (within region): north p1 90, p2 60; south p4 100, p3 80. region_board (region asc, sales desc):
/// p1, p2, p4, p3. tier: sales &gt;= 80 is high. band: top 50% of the main ranking, ranks 1 and 2 of 4.
/// multiplier 1.25 when high. zeta = sales x 10; alpha = zeta / 3: 800 / 3 = 266.666... shows 266.67.
/// </summary>
public class OutputColumnTests
{
    private static readonly string Plan = CliRunner.Case("plans/output-columns.perf");
    private static readonly string Data = CliRunner.Case("data/output-columns.csv");

    [Fact]
    public void Csv_adds_profile_then_rankings_then_levels_then_awards_each_in_file_order()
    {
        var outcome = CliRunner.Run("score", Plan, Data, "--format", "csv");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
        Assert.Equal("""
            employee,period,group,score,rank,group_size,grade,multiplier,flags,profile,rank_sales_board,rank_region_board,tier,band,zeta,alpha
            p3,2025-07,,80.00,1,4,,1.25,,default,2,4,high,top_half,800.00,266.67
            p2,2025-07,,60.00,2,4,,1,,default,2,2,low,top_half,600.00,200.00
            p4,2025-07,,50.00,3,4,,1.25,strong,senior,1,3,high,rest,1000.00,333.33
            p1,2025-07,,45.00,4,4,,1.25,strong,senior,1,1,high,rest,900.00,300.00

            """.ReplaceLineEndings("\n"), outcome.Out);
    }

    [Fact]
    public void Csv_has_no_profile_column_when_the_plan_has_no_profiles()
    {
        var text = File.ReadAllText(Plan);
        var withoutProfile = text.Remove(text.IndexOf("profile senior", StringComparison.Ordinal),
            text.IndexOf("award zeta", StringComparison.Ordinal) - text.IndexOf("profile senior", StringComparison.Ordinal));
        var outcome = CliRunner.Run("score", CliRunner.TempFile("plan.perf", withoutProfile), Data, "--format", "csv");
        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Out.Split('\n');
        Assert.Equal("employee,period,group,score,rank,group_size,grade,multiplier,flags,rank_sales_board,rank_region_board,tier,band,zeta,alpha", lines[0]);
        // Everyone is scored on 0..100 now: p4 100, p1 90, p3 80, p2 60.
        Assert.Equal("p4,2025-07,,100.00,1,4,,1.25,strong,1,3,high,top_half,1000.00,333.33", lines[1]);
    }

    [Fact]
    public void Table_shows_profile_named_ranks_levels_and_awards_after_the_multiplier()
    {
        var outcome = CliRunner.Run("score", Plan, Data, "--format", "table");
        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Out.Split('\n');
        var header = lines.Single(l => l.Contains("employee", StringComparison.Ordinal));
        AssertInOrder(header, "rank", "employee", "score", "grade", "multiplier", "profile", "rank sales_board", "rank region_board",
            "tier", "band", "zeta", "alpha", "flags", "notes");
        var p4 = lines.Single(l => l.Contains(" p4 ", StringComparison.Ordinal));
        AssertInOrder(p4, "3/4", "p4", "50.00", "1.25", "senior", "1/2", "3/4", "high", "rest", "1000.00", "333.33", "strong");
    }

    private static void AssertInOrder(string line, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = line.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' does not follow position {at} in: {line}");
            at = found + part.Length;
        }
    }
}
