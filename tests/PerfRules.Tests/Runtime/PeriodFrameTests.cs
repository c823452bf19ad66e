namespace PerfRules.Tests.Runtime;

/// <summary>The frame's rows in ordinal order of employee id, whatever the order of the data (spec 12.9).</summary>
public class PeriodFrameTests
{
    [Fact]
    public void A_group_sum_adds_its_members_in_ordinal_order_of_employee_id_not_in_the_order_of_the_data()
    {
        const string plan = """
            period month
            input v number
            metric total = group_sum(v)
            dimension d weight 100% { kpi v weight 100% linear from 0 to 100 }
            """;
        // The data lists b and c before a. In id order: 8 + 0.0000000000000000000000000006 needs 29 digits, so
        // System.Decimal rounds it (half to even at its last digit) to 8.000000000000000000000000001; adding the second
        // 0.0000000000000000000000000006 gives 8.0000000000000000000000000016, rounded to 8.000000000000000000000000002.
        // In data order the two small values add first, to 0.0000000000000000000000000012, and 8 + that rounds to
        // 8.000000000000000000000000001: a different last digit.
        const string data = """
            employee,period,v
            b,2025-07,0.0000000000000000000000000006
            c,2025-07,0.0000000000000000000000000006
            a,2025-07,8
            """;
        var result = PlanRunner.Score(plan, data);
        foreach (var e in result.Employees) Assert.Equal(8.000000000000000000000000002m, e.Metric("total"));
    }
}
