namespace PerfRules.Benchmarks;

/// <summary>
/// A monthly inside-sales plan whose metrics and flags read history: <c>previous</c>, <c>sum(x, 3)</c>,
/// <c>avg(x, 6)</c> and <c>streak(top(20%))</c>. Without earlier periods its history values are missing.
/// </summary>
public static class MonthlyPlan
{
    public const string Text = """
        plan "Inside sales, monthly"
        period month

        input revenue     money
        input calls       count
        input quality     number
        input complaints  count
        input team        text

        metric revenue_3m   = sum(revenue, 3)
        metric quality_6m   = avg(quality, 6)
        metric growth       = revenue / previous(revenue) - 1
        metric calls_change = calls - previous(calls)

        dimension results weight 70% {
          kpi revenue_3m weight 60% linear from 150_000 to 450_000
          kpi growth     weight 40% linear from -10% to 20% missing skip
        }
        dimension service weight 30% {
          kpi quality_6m weight 70% linear from 60 to 95
          kpi complaints weight 30% linear from 4 to 0
        }

        rank by score desc, revenue desc within team

        grades {
          A top 20%
          B top 70%
          C
        }

        payout {
          multiplier 2 when top(20%)
          multiplier 1
        }

        flag rising_star when streak(top(20%)) >= 3 "Top 20% three months running"
        flag slipping    when previous(score) - score > 10 "Score down more than 10 points on last month"
        flag fewer_calls when calls_change < -20 and avg(calls, 6) > 100 "Twenty calls fewer than last month"
        """;

    public static PerfPlan Compile()
    {
        var result = PerfPlan.Compile(Text, "inside-sales.perf");
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return result.Plan;
    }
}
