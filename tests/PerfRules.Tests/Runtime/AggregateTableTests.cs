using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// How an aggregate's table is built (spec 12.2, 12.9): the smallest and largest member wherever it stands in id
/// order, counts and averages of numbers and of texts, and a group whose <c>where</c> leaves no member.
/// </summary>
public class AggregateTableTests
{
    private const string Plan = """
        period month
        input v    number
        input team text optional
        input tag  text optional
        metric team_max   = group_max(v by team)
        metric team_min   = group_min(v by team)
        metric team_avg   = group_avg(v by team)
        metric team_count = group_count(v by team)
        metric tagged     = group_count(tag by team)
        metric big_sum    = group_sum(v by team where v > 1000)
        metric big_count  = group_count(v by team where v > 1000)
        metric big_max    = group_max(v where v > 1000)
        dimension d weight 100% { kpi v weight 100% linear from 0 to 100 }
        """;

    // north: a1 10, a2 30, a3 20 (the largest in the middle, the smallest first); tags on a1 and a3.
    // south: b1 50, b2 5 (the largest first, the smallest last); no tag at all. Nobody is above 1000.
    private const string Data = """
        employee,period,v,team,tag
        a1,2025-07,10,north,x
        a2,2025-07,30,north,
        a3,2025-07,20,north,y
        b1,2025-07,50,south,
        b2,2025-07,5,south,
        """;

    private static readonly EvaluationResult Result = PlanRunner.Score(Plan, Data);

    [Theory]
    // north: max 30, min 10, avg (10 + 30 + 20) / 3 = 20, 3 values; south: max 50, min 5, avg 55 / 2 = 27.5, 2.
    [InlineData("a1", 30, 10, "20", 3)]
    [InlineData("a3", 30, 10, "20", 3)]
    [InlineData("b2", 50, 5, "27.5", 2)]
    public void Group_min_max_avg_and_count_over_the_members_whatever_their_order(string employee, int max, int min, string avg, int count)
    {
        var e = Result.Employee(employee);
        Assert.Equal((decimal)max, e.Metric("team_max"));
        Assert.Equal((decimal)min, e.Metric("team_min"));
        Assert.Equal(decimal.Parse(avg, System.Globalization.CultureInfo.InvariantCulture), e.Metric("team_avg"));
        Assert.Equal((decimal)count, e.Metric("team_count"));
    }

    [Fact]
    public void Group_count_of_a_text_counts_the_members_that_have_one_and_is_0_for_a_group_with_none()
    {
        // north: x and y (a2's is empty): 2. south: no tag, so no member is left: 0, not missing.
        Assert.Equal(2m, Result.Employee("a2").Metric("tagged"));
        Assert.Equal(0m, Result.Employee("b1").Metric("tagged"));
    }

    [Fact]
    public void A_group_that_where_leaves_empty_is_missing_except_for_group_count_which_is_0()
    {
        foreach (var e in Result.Employees)
        {
            Assert.Null(e.Metric("big_sum"));
            Assert.Equal(0m, e.Metric("big_count"));
            Assert.Null(e.Metric("big_max"));
        }
    }
}
