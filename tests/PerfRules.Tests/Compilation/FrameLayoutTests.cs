namespace PerfRules.Tests.Compilation;

/// <summary>Which values get a column of their own in a period's frame.</summary>
public class FrameLayoutTests
{
    private const string Plan = """
        period month
        input v    number
        input team text
        dimension d weight 100% { kpi v weight 100% linear from 0 to 100 }
        rank by score desc within team
        rank by_v by v asc
        flag leads when rank == 1 "First in the team"
        flag small when group_size(by_v) < 3 "Ranked among fewer than 3"
        """;

    [Fact]
    public void Rank_and_group_size_get_number_columns_only_where_an_expression_reads_them()
    {
        // rank is read for the main ranking and group_size for by_v; the main ranking's group size and by_v's rank
        // are read by nothing but the results, which take them from the frame's int columns.
        var compiled = PlanRunner.Compile(Plan).Compiled;
        var (main, byV) = (compiled.Bound.MainRanking, compiled.Bound.NamedRankings.Single());

        Assert.True(compiled.Layout.RankSlot(main) >= 0);
        Assert.Equal(-1, compiled.Layout.GroupSizeSlot(main));
        Assert.Equal(-1, compiled.Layout.RankSlot(byV));
        Assert.True(compiled.Layout.GroupSizeSlot(byV) >= 0);
    }

    [Fact]
    public void Ranks_and_group_sizes_read_by_expressions_and_by_results_agree()
    {
        // Team a: a1 (90) ranks 1 and leads, a2 (40) ranks 2. Team b: b1 (70) alone, leads. by_v ranks all three,
        // so its group has 3 members and no one is in a small group.
        var result = PlanRunner.Score(Plan, "employee,period,v,team\na1,2025-07,90,a\na2,2025-07,40,a\nb1,2025-07,70,b\n");

        Assert.Equal(["leads"], result.Employee("a1").Flags.Select(f => f.Name));
        Assert.Empty(result.Employee("a2").Flags);
        Assert.Equal(["leads"], result.Employee("b1").Flags.Select(f => f.Name));
        Assert.Equal((2, 2), (result.Employee("a2").Rank, result.Employee("a2").GroupSize));
        Assert.Equal((3, 3), (result.Employee("a1").Rankings.Single(r => r.Name == "by_v").Rank, result.Employee("a1").Rankings.Single(r => r.Name == "by_v").GroupSize));
    }
}
