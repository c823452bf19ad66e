namespace PerfRules.Tests.Runtime;

/// <summary>The profile an employee is scored by (spec 12.1): the first in file order whose condition holds.</summary>
public class ScoreStageTests
{
    [Fact]
    public void When_several_profiles_hold_the_first_in_file_order_scores_the_employee()
    {
        const string plan = """
            period month
            input v    number
            input role text
            dimension d weight 100% { kpi v weight 100% linear from 0 to 100 }
            profile senior when role == "senior" {
              dimension d weight 100% { kpi v weight 100% linear from 0 to 200 }
            }
            profile staff when role != "" {
              dimension d weight 100% { kpi v weight 100% linear from 0 to 50 }
            }
            """;
        // s: both conditions hold, senior is first: (100 - 0) / (200 - 0) x 100 = 50.
        // j: only staff holds: 100 / 50 x 100 = 200, clamped to 100.
        const string data = """
            employee,period,v,role
            s,2025-07,100,senior
            j,2025-07,100,junior
            """;
        var result = PlanRunner.Score(plan, data);
        Assert.Equal("senior", result.Employee("s").Profile);
        Assert.Equal(50.00m, result.Employee("s").Score);
        Assert.Equal("staff", result.Employee("j").Profile);
        Assert.Equal(100.00m, result.Employee("j").Score);
    }
}
