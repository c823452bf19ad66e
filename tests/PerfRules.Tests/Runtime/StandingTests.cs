namespace PerfRules.Tests.Runtime;

/// <summary>
/// Ranks, ties, top(), grades, vetoes, payout and flags worked by hand on Cases/plans/standing.perf, whose score is the
/// input s. The expected output, with its working, is Cases/data/standing.expected.csv:
/// north (6): n1 95 | n3 80 r20 | n2 80 r10 | n4 = n5 70 r5 (tie: both 4, next would be 6) | n6 99 vetoed, ranked last.
/// top(5%) holds only at rank 1 of 6 (0/6); B needs (rank - 1) / 6 &lt; 0.5, so ranks 1-3; the tie at rank 4 gives 3/6 = 0.5: C.
/// "" (3): x1 50 | x2 missing score, after every scored employee | x3 vetoed twice (grades C and B: the worst, C).
/// south (2): s1 = s2 on both keys: both rank 1, both in the top 5% (2 of 2: a tie can put more than P inside).
/// solo (1): o1 is rank 1 of 1, (1 - 1) / 1 = 0 &lt; 5%: A.
/// </summary>
public class StandingTests
{
    private static readonly string Plan = PlanRunner.Case("plans/standing.perf");
    private static readonly string Data = PlanRunner.Case("data/standing.csv");

    [Fact]
    public void Every_standing_column_matches_the_hand_worked_table()
    {
        var result = PlanRunner.Score(Plan, Data);
        var expected = PlanRunner.Case("data/standing.expected.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var actual = result.Employees.Select(e => string.Join(',',
            e.Employee, e.Period, e.Group, e.Score?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            e.Rank, e.GroupSize, e.Grade, e.Multiplier, string.Join(';', e.Flags.Select(f => f.Name)))).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_vetoed_employee_lists_every_veto_and_failed_requirement_in_file_order()
    {
        var x3 = PlanRunner.Score(Plan, Data).Employee("x3");
        Assert.True(x3.IsVetoed);
        Assert.Equal(["Bad data", "Worse data"], x3.VetoReasons.ToArray());
        Assert.Equal(["Paid under 90%"], x3.FailedRequirements.ToArray());
        Assert.Equal(0m, x3.Multiplier);
    }

    [Fact]
    public void The_worst_veto_grade_wins_whatever_the_order_of_the_vetoes()
    {
        // The same vetoes written the other way round: x3 still gets C, the lower-listed grade.
        var swapped = Plan.Replace(
            "veto bad > 0 grade C \"Bad data\"\nveto worse > 0 grade B \"Worse data\"",
            "veto worse > 0 grade B \"Worse data\"\nveto bad > 0 grade C \"Bad data\"");
        Assert.NotEqual(Plan, swapped);
        var x3 = PlanRunner.Score(swapped, Data).Employee("x3");
        Assert.Equal("C", x3.Grade);
        Assert.Equal(["Worse data", "Bad data"], x3.VetoReasons.ToArray());
    }

    [Fact]
    public void Ascending_keys_put_the_smallest_first_and_missing_keys_last()
    {
        // rank by r asc: r 1, 1, 5, 9 and a missing r: ranks 1, 1, 3, 4, 5.
        var plan = """
            period month
            input s number
            input r number optional
            dimension d weight 100% { kpi s weight 100% linear from 0 to 100 }
            rank by r asc
            """;
        var result = PlanRunner.Score(plan, "employee,period,s,r\na,2025-07,10,5\nb,2025-07,20,1\nc,2025-07,30,\nd,2025-07,40,1\ne,2025-07,50,9\n");
        Assert.Equal(["b", "d", "a", "e", "c"], result.Employees.Select(e => e.Employee));
        Assert.Equal([1, 1, 3, 4, 5], result.Employees.Select(e => e.Rank));
    }

    [Fact]
    public void Without_a_payout_block_the_multiplier_is_1_or_0_when_vetoed()
    {
        var plan = """
            period month
            input s number
            input bad flag
            dimension d weight 100% { kpi s weight 100% linear from 0 to 100 }
            veto bad "Bad"
            """;
        var result = PlanRunner.Score(plan, "employee,period,s,bad\na,2025-07,10,no\nb,2025-07,20,YES\n");
        Assert.Equal(1m, result.Employee("a").Multiplier);
        Assert.Equal(0m, result.Employee("b").Multiplier);
        Assert.Null(result.Employee("a").Grade);
        Assert.Equal(2, result.Employee("b").Rank);
    }
}
