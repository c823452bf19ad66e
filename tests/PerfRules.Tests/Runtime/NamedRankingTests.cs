using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Named rankings (spec 12.4, 12.9) on Cases/plans/named-rankings.perf and Cases/data/named-rankings.csv, worked by
/// hand for 2025-09. The revenue board of east: e1 and e2 tie on 100 (both 1); e5 (50) is 3rd; e3 has the most
/// revenue (500) but no score, so it comes after everyone with one: 4th; e4 (900) is vetoed: 5th. west: w1 alone.
/// x1 has no region: the group "". The overall table (revenue desc, then score desc, no groups): w1 300, e2 100/60,
/// e1 100/50, e5 50, x1 10, then e3 (no score), then e4 (vetoed).
/// </summary>
public class NamedRankingTests
{
    private static readonly string Plan = PlanRunner.Case("plans/named-rankings.perf");
    private static readonly string Data = PlanRunner.Case("data/named-rankings.csv");

    private static RankingResult Board(EvaluationResult result, string id) => result.Employee(id).Rankings.Single(r => r.Name == "revenue_board");

    [Fact]
    public void Named_rankings_use_the_main_rankings_bands_ties_and_groups()
    {
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal(
            [("e1", 1, "east", 5), ("e2", 1, "east", 5), ("e5", 3, "east", 5), ("e3", 4, "east", 5), ("e4", 5, "east", 5),
             ("w1", 1, "west", 1), ("x1", 1, "", 1)],
            new[] { "e1", "e2", "e5", "e3", "e4", "w1", "x1" }.Select(id => (id, Board(result, id).Rank, Board(result, id).Group, Board(result, id).GroupSize)));
    }

    [Fact]
    public void A_later_key_breaks_a_tie_on_the_first()
    {
        var result = PlanRunner.Score(Plan, Data);
        var overall = new[] { "w1", "e2", "e1", "e5", "x1", "e3", "e4" }
            .Select(id => result.Employee(id).Rankings.Single(r => r.Name == "overall"));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], overall.Select(r => r.Rank));
        Assert.All(overall, r => Assert.Equal(7, r.GroupSize));
    }

    [Fact]
    public void The_main_ranking_stays_the_one_the_output_rank_uses()
    {
        // Scores: w1 70, e2 60, e1 50, x1 20, e5 10, e3 missing, e4 vetoed.
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal(["w1", "e2", "e1", "x1", "e5", "e3", "e4"], result.Employees.Select(e => e.Employee));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], result.Employees.Select(e => e.Rank));
    }

    [Fact]
    public void Top_of_a_named_ranking_decides_grades_and_multipliers()
    {
        // top(20%, board): (rank - 1) / 5 under 0.2 only at rank 1 (e1, e2); w1 and x1 are 1 of 1. top(50%, board):
        // also e5 (2 / 5 = 0.4); e3 (3 / 5) gets 1; e4 is vetoed: B, the last line, and 0.
        var result = PlanRunner.Score(Plan, Data);
        string[] ids = ["e1", "e2", "e5", "e3", "e4", "w1", "x1"];
        Assert.Equal(["A", "A", "B", "B", "B", "A", "A"], ids.Select(id => result.Employee(id).Grade));
        Assert.Equal([2m, 2m, 2m, 1m, 0m, 2m, 2m], ids.Select(id => result.Employee(id).Multiplier));
    }

    [Fact]
    public void Flags_read_the_rank_and_group_size_of_a_named_ranking()
    {
        var result = PlanRunner.Score(Plan, Data);
        var leaders = result.Employees.Where(e => e.Flags.Any(f => f.Name == "board_leader")).Select(e => e.Employee);
        var bigBoard = result.Employees.Where(e => e.Flags.Any(f => f.Name == "big_board")).Select(e => e.Employee);
        Assert.Equal(["e1", "e2", "w1", "x1"], leaders.Order(StringComparer.Ordinal));
        Assert.Equal(["e1", "e2", "e3", "e4", "e5"], bigBoard.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void History_reads_the_earlier_periods_named_rankings()
    {
        // August's board: e1 900, e2 800, e3 50, e4 10, e5 5: ranks 1 to 5 of 5. w1 and x1 have no August row.
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal([1m, 2m, 3m, 4m, 5m], new[] { "e1", "e2", "e3", "e4", "e5" }.Select(id => (decimal)result.Employee(id).Metric("last_board_rank")!));
        Assert.Equal(5m, result.Employee("e1").Metric("last_board_size"));
        Assert.Null(result.Employee("w1").Metric("last_board_rank"));
    }

    [Fact]
    public void A_streak_of_top_places_on_a_named_ranking_counts_back_through_history()
    {
        // top(20%, board) held for e1 in July (900 of 5), August (900) and September (tied 1st): 3.
        // e2 was 2nd in July and August (1 / 5 = 0.2 is not under 0.2): a streak of 1. w1 has only September.
        var result = PlanRunner.Score(Plan, Data);
        var regulars = result.Employees.Where(e => e.Flags.Any(f => f.Name == "board_regular")).Select(e => e.Employee);
        Assert.Equal(["e1"], regulars);
    }
}
