using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Levels (spec 12.4, 12.9) on Cases/plans/levels.perf and Cases/data/levels.csv, worked by hand for 2025-08.
/// Scores: v1 95, v2 60, n1 55, v5 45, v4 and v6 missing (tied), v3 40 but vetoed. Ranks of 7: v1 1, v2 2, n1 3,
/// v5 4, v4 and v6 5, v3 7. Grades: v1 A (0/7 under 20%, 95 &gt;= 80); v2 B (60 misses 80, reaches 50); n1 B; v5 C;
/// v4 and v6 C (no score); v3 C (the veto's grade).
/// July: everyone scored 50 and tied 1st of 6: grade B; v6 (100 orders) gold, everyone else silver (0/6 under 50%).
/// </summary>
public class LevelsTests
{
    private static readonly string Plan = PlanRunner.Case("plans/levels.perf");
    private static readonly string Data = PlanRunner.Case("data/levels.csv");
    private static readonly string[] Ids = ["v1", "v2", "n1", "v5", "v4", "v6", "v3"];

    private static string Level(EmployeeResult employee, string block) => employee.Levels.Single(l => l.Name == block).Level;

    [Fact]
    public void Levels_lines_read_the_grade_and_a_repeated_line_name_holds_when_either_line_does()
    {
        // v1: grade A, the first gold line. v2: grade B, but 150 orders: the second gold line. v4: 200 orders: gold.
        // n1: (3 - 1) / 7 = 0.29 and v5: 3 / 7 = 0.43, both under 50%: silver.
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal(["A", "B", "B", "C", "C", "C", "C"], Ids.Select(id => result.Employee(id).Grade));
        Assert.Equal("gold", Level(result.Employee("v1"), "agent_level"));
        Assert.Equal("gold", Level(result.Employee("v2"), "agent_level"));
        Assert.Equal("gold", Level(result.Employee("v4"), "agent_level"));
        Assert.Equal("silver", Level(result.Employee("n1"), "agent_level"));
        Assert.Equal("silver", Level(result.Employee("v5"), "agent_level"));
    }

    [Fact]
    public void A_veto_does_not_force_a_level()
    {
        // v3 is vetoed (grade C, rank 7): 6 / 7 is not under 50%, but its score 40 reaches the scored line's 30.
        Assert.Equal("scored", Level(PlanRunner.Score(Plan, Data).Employee("v3"), "agent_level"));
    }

    [Fact]
    public void A_missing_score_does_not_force_a_level_but_fails_an_at_line()
    {
        // v6: no gold line, 4 / 7 = 0.57 is not under 50%, the at 30 line fails on a missing score: trainee.
        // v4 has no score either, but 200 orders make it gold.
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal("trainee", Level(result.Employee("v6"), "agent_level"));
        Assert.Equal("gold", Level(result.Employee("v4"), "agent_level"));
    }

    [Fact]
    public void Payout_lines_read_the_level()
    {
        // gold pays 2 (v1, v2, v4); v3 is vetoed: 0; the rest 1.
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal([2m, 2m, 1m, 1m, 2m, 1m, 0m], Ids.Select(id => result.Employee(id).Multiplier));
    }

    [Fact]
    public void History_reads_the_earlier_periods_levels()
    {
        // July: v6 gold, v1..v5 silver; n1 has no July row, so its previous level is missing and the comparison false.
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal([false, false, false, false, false, true, false], Ids.Select(id => (bool)result.Employee(id).Metric("was_gold")!));
        var promoted = result.Employees.Where(e => e.Flags.Any(f => f.Name == "promoted")).Select(e => e.Employee);
        Assert.Equal(["v1", "v2", "v4"], promoted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_levels_block_may_read_its_own_earlier_level()
    {
        // Every July level is regular (no earlier period); in August regular a month before makes a veteran. n1 is new.
        var result = PlanRunner.Score(Plan, Data);
        Assert.Equal(["veteran", "veteran", "regular", "veteran", "veteran", "veteran", "veteran"], Ids.Select(id => Level(result.Employee(id), "tenure")));
        Assert.Equal(["agent_level", "tenure"], result.Employee("v1").Levels.Select(l => l.Name));
    }
}
