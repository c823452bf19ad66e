using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// The order of a ranking (spec sections 7 and 11, 12.4): employees with a score before those without one whatever
/// the keys say, two missing key values equal so that the next key decides, a missing text key last, and flag keys
/// true first for <c>desc</c>.
/// </summary>
public class RankingTests
{
    private const string Plan = """
        period month
        input v         number optional
        input revenue   number
        input bonus     number optional
        input certified flag
        input team      text optional
        dimension d weight 100% { kpi v weight 100% linear from 0 to 100 missing skip }
        rank by revenue desc
        rank by_bonus by bonus desc, revenue desc
        rank by_flag  by certified desc, revenue asc
        rank by_team  by team asc, revenue desc
        """;

    // m1 has no score (its only KPI is skipped) but the largest revenue and the only bonus.
    private const string Data = """
        employee,period,v,revenue,bonus,certified,team
        s1,2025-07,50,100,,false,b
        s2,2025-07,60,200,,true,
        s3,2025-07,70,100,,false,a
        m1,2025-07,,500,10,false,a
        """;

    // Evaluated for each test (xunit makes an instance per test), never cached in a static: mutation testing runs the
    // tests of many mutants in one process, and a cached result would hide a mutant from them.
    private readonly EvaluationResult _result = PlanRunner.Score(Plan, Data);

    private int Rank(string employee, string ranking) =>
        _result.Employee(employee).Rankings.Single(r => r.Name == ranking).Rank;

    [Fact]
    public void An_employee_without_a_score_ranks_after_every_one_with_a_score_whatever_the_keys()
    {
        // Scored: s2 200 first, s1 and s3 100 tie at 2; m1's 500 does not lift it above them: 4.
        Assert.Equal(
            [("s1", 2), ("s2", 1), ("s3", 2), ("m1", 4)],
            new[] { "s1", "s2", "s3", "m1" }.Select(id => (id, _result.Employee(id).Rank)));
        Assert.Null(_result.Employee("m1").Score);
    }

    [Theory]
    // by_bonus: the scored three have no bonus, so revenue decides: s2 1, s1 and s3 tie at 2; m1 (no score) 4.
    [InlineData("by_bonus", "s1 2, s2 1, s3 2, m1 4")]
    // by_flag: s2 is certified, true first for desc: 1; s1 and s3 are not, revenue asc 100 and 100: tie at 2.
    [InlineData("by_flag", "s1 2, s2 1, s3 2, m1 4")]
    // by_team: s3 "a" 1, s1 "b" 2, s2 without a team 3 (despite the largest revenue of the three); m1 4.
    [InlineData("by_team", "s1 2, s2 3, s3 1, m1 4")]
    public void Missing_keys_are_equal_to_each_other_and_last_flags_put_true_first_for_desc_and_texts_order_ordinally(string ranking, string ranks) =>
        Assert.Equal(ranks, string.Join(", ", new[] { "s1", "s2", "s3", "m1" }.Select(id => $"{id} {Rank(id, ranking)}")));

    [Fact]
    public void Top_holds_for_the_same_share_in_a_group_too_large_for_a_table_of_quotients_as_in_a_small_one()
    {
        // Team big has 4,097 members (beyond the 4,096 whose (rank - 1) / size quotients are worked out once per
        // size), team small 10. top(10%) holds where (rank - 1) / size < 0.1: ranks 1 to 410 of big (409 / 4097 is
        // 0.0998..., 410 / 4097 is 0.1000...), rank 1 of small (1 / 10 is not under 0.1).
        const string plan = """
            period month
            input v    number
            input team text
            dimension d weight 100% { kpi v weight 100% linear from 0 to 10000 }
            rank by v desc within team
            grades { A top 10%  B }
            """;
        var rows = Enumerable.Range(1, 4097).Select(i => $"b{i:D4},2025-07,{i},big")
            .Concat(Enumerable.Range(1, 10).Select(i => $"s{i:D2},2025-07,{i},small"));
        var result = PlanRunner.Score(plan, "employee,period,v,team\n" + string.Join("\n", rows) + "\n");

        var big = result.Employees.Where(e => e.Group == "big").ToList();
        Assert.Equal(410, big.Count(e => e.Grade == "A"));
        Assert.Equal(("A", "B"), (result.Employee("b3688").Grade, result.Employee("b3687").Grade)); // ranks 410 and 411
        Assert.Equal(["s10"], result.Employees.Where(e => e.Group == "small" && e.Grade == "A").Select(e => e.Employee));
    }
}
