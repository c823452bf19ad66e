using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Vetoes, grades, payout and awards row by row (spec sections 7, 11 and 12.3): a veto may force the first grade
/// line, a veto without a grade forces the last, several vetoes give the lowest-listed grade; two failing requires
/// still fail; a multiplier that is exactly 0 is not "below 0"; a vetoed or failing employee's awards are 0.
/// </summary>
public class StandingStageTests
{
    private const string Plan = """
        period month
        input v      number
        input fraud  count
        input breach count
        input c1     percent
        input c2     percent
        dimension d weight 100% { kpi v weight 100% linear from 0 to 100 }
        veto fraud > 0 grade Frozen "Fraud under investigation"
        veto breach > 1 "Repeated breaches"
        grades {
          Frozen at 101
          A at 80
          B
        }
        payout {
          require c1 >= 90% "c1 under 90%"
          require c2 >= 90% "c2 under 90%"
          multiplier v / 50 - 1 when v >= 50
          multiplier 1
        }
        award bonus = v * 10 "Bonus"
        """;

    // f: fraud only; r: repeated breaches only; fr: both; q: both requires fail; z: v 50, multiplier 50 / 50 - 1 = 0;
    // h: v 90, multiplier 90 / 50 - 1 = 0.8, grade A (90 >= 80).
    private const string Data = """
        employee,period,v,fraud,breach,c1,c2
        f,2025-07,90,1,0,95%,95%
        r,2025-07,90,0,2,95%,95%
        fr,2025-07,90,1,2,95%,95%
        q,2025-07,90,0,0,80%,80%
        z,2025-07,50,0,0,95%,95%
        h,2025-07,90,0,0,95%,95%
        """;

    // Evaluated for each test (xunit makes an instance per test), never cached in a static: mutation testing runs the
    // tests of many mutants in one process, and a cached result would hide a mutant from them.
    private readonly EvaluationResult _result = PlanRunner.Score(Plan, Data);

    [Theory]
    // A score can never reach 101, so Frozen comes from the veto only. Without a grade the veto forces the last
    // line, B; with both, the lowest-listed of Frozen (line 1) and B (line 3): B.
    [InlineData("f", "Frozen")]
    [InlineData("r", "B")]
    [InlineData("fr", "B")]
    [InlineData("h", "A")]
    public void A_veto_forces_its_grade_even_the_first_line_and_the_worst_when_several_hold(string employee, string grade) =>
        Assert.Equal(grade, _result.Employee(employee).Grade);

    [Fact]
    public void Two_failing_requires_give_0_and_list_both_reasons()
    {
        var q = _result.Employee("q");
        Assert.Equal(0m, q.Multiplier);
        Assert.Equal(new[] { "c1 under 90%", "c2 under 90%" }, q.FailedRequirements.ToArray());
    }

    [Fact]
    public void A_multiplier_expression_worth_exactly_0_is_0_and_not_explained_as_below_0()
    {
        // 50 / 50 - 1 = 0; h: 90 / 50 - 1 = 0.8.
        Assert.Equal(0m, _result.Employee("z").Multiplier);
        Assert.Equal(0.8m, _result.Employee("h").Multiplier);
        var explanation = _result.Employee("z").Explain().ToString();
        Assert.Contains("multiplier v / 50 - 1 when v >= 50 holds (50 >= 50): 50 / 50 - 1 = multiplier 0", explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("below 0", explanation, StringComparison.Ordinal);
    }

    [Theory]
    // v x 10 = 900 for all of them, but a vetoed employee or one whose require fails gets 0.
    [InlineData("f", 0)]
    [InlineData("fr", 0)]
    [InlineData("q", 0)]
    [InlineData("h", 900)]
    public void A_vetoed_or_failing_employee_gets_0_for_every_award(string employee, int amount) =>
        Assert.Equal((decimal)amount, _result.Employee(employee).Awards.Single().Amount);
}
