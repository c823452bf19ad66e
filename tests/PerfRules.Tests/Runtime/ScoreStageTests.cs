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

    [Fact]
    public void Runs_of_rows_of_one_profile_are_each_scored_by_their_own_profile()
    {
        // Rows in data order: two seniors, two staff, a senior, a manager (no profile holds: the top-level dimensions), so the
        // stage sees four runs of one profile each. v = 100 everywhere: senior 100 / 200 x 100 = 50, staff
        // 100 / 50 x 100 = 200 clamped to 100, default 100 / 400 x 100 = 25.
        const string plan = """
            period month
            input v    number
            input role text
            dimension d weight 100% { kpi v weight 100% linear from 0 to 400 }
            profile senior when role == "senior" {
              dimension d weight 100% { kpi v weight 100% linear from 0 to 200 }
            }
            profile staff when role == "staff" {
              dimension d weight 100% { kpi v weight 100% linear from 0 to 50 }
            }
            """;
        const string data = """
            employee,period,v,role
            e1,2025-07,100,senior
            e2,2025-07,100,senior
            e3,2025-07,100,staff
            e4,2025-07,100,staff
            e5,2025-07,100,senior
            e6,2025-07,100,manager
            """;
        var result = PlanRunner.Score(plan, data);

        var scores = new[] { "e1", "e2", "e3", "e4", "e5", "e6" }.Select(e => (result.Employee(e).Profile, result.Employee(e).Score));
        Assert.Equal(
            [("senior", 50.00m), ("senior", 50.00m), ("staff", 100.00m), ("staff", 100.00m), ("senior", 50.00m), ("default", 25.00m)],
            scores.Select(x => (x.Profile, x.Score!.Value)));
    }
}
