namespace PerfRules.Tests.Runtime;

/// <summary>How scores are built from exact values and rounded (spec sections 4 and 11), worked by hand.</summary>
public class ScoreArithmeticTests
{
    private const string OneKpi = """
        period month
        input v number
        dimension d weight 100% { kpi v weight 100% linear from 0 to 1000 }
        """;

    [Theory]
    [InlineData("123.45", "12.35")]   // exact 12.345: the half goes away from zero
    [InlineData("123.449", "12.34")]  // exact 12.3449
    [InlineData("0.05", "0.01")]      // exact 0.005
    [InlineData("0.049", "0.00")]     // exact 0.0049
    [InlineData("999.995", "100.00")] // exact 99.9995
    public void Shown_scores_round_half_away_from_zero(string value, string shown)
    {
        var employee = PlanRunner.Score(OneKpi, $"employee,period,v\ne1,2025-07,{value}\n").Employee("e1");
        Assert.Equal(decimal.Parse(shown, System.Globalization.CultureInfo.InvariantCulture), employee.Score);
        Assert.Equal(shown, employee.Score!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("-2.345", "-2.35")]   // away from zero on the negative side too
    [InlineData("-2.344", "-2.34")]
    [InlineData("2.5", "2.5")]
    public void Round_function_rounds_halves_away_from_zero(string value, string expected)
    {
        var plan = """
            period month
            input v number
            metric r = round(v, 2)
            dimension d weight 100% { kpi v weight 100% linear from 0 to 10 }
            """;
        var metrics = PlanRunner.Score(plan, $"employee,period,v\ne1,2025-07,{value}\n").Employee("e1").Metrics;
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), metrics.Single(m => m.Key == "r").Value);
    }

    [Fact]
    public void Totals_are_built_from_exact_values_not_from_rounded_ones()
    {
        // The spec's e6: sales KPI exact 73.249 (shown 73.25), coll 5; result exactly 0.5 x 73.249 + 0.5 x 5 = 39.1245;
        // total 0.6 x 39.1245 + 0.4 x 60 = 47.4747, shown 47.47 (rounding the KPI first would give 47.48).
        var plan = PlanRunner.Case("plans/worked-example.perf");
        var result = PlanRunner.Score(plan, PlanRunner.Case("data/worked-example.csv"));
        var e6 = result.Employee("e6");
        Assert.Equal(47.47m, e6.Score);
        Assert.Equal(47.4747m, e6.ExactScore);
        Assert.Equal(39.1245m, e6.Dimensions[0].ExactScore);
        Assert.Equal(39.12m, e6.Dimensions[0].Score);
        Assert.Equal(73.249m, e6.Dimensions[0].Kpis[0].ExactScore);
        Assert.Equal(73.25m, e6.Dimensions[0].Kpis[0].Score);
    }

    [Fact]
    public void Missing_skip_scales_up_the_weights_left_in_the_dimension()
    {
        // a 60%, b 40% (skipped when missing). a = 50 scores 50; b missing: result = (0.6 x 50) / 0.6 = 50.
        // Second employee: b = 100 scores 100: 0.6 x 50 + 0.4 x 100 = 70.
        var plan = """
            period month
            input a number
            input b number optional
            dimension d weight 100% {
              kpi a weight 60% linear from 0 to 100
              kpi b weight 40% linear from 0 to 100 missing skip
            }
            """;
        var result = PlanRunner.Score(plan, "employee,period,a,b\ne1,2025-07,50,\ne2,2025-07,50,100\n");
        Assert.Equal(50m, result.Employee("e1").ExactScore);
        Assert.True(result.Employee("e1").Dimensions[0].Kpis[1].IsSkipped);
        Assert.Null(result.Employee("e1").Dimensions[0].Kpis[1].Score);
        Assert.Equal(70m, result.Employee("e2").ExactScore);
    }

    [Fact]
    public void A_dimension_whose_kpis_are_all_left_out_is_left_out_of_the_total()
    {
        // d1 30% scores 40; d2 70% has only a skipped KPI: total = (0.3 x 40) / 0.3 = 40.
        // When every dimension is left out the score is missing.
        var plan = """
            period month
            input a number optional
            input b number optional
            dimension d1 weight 30% { kpi a weight 100% linear from 0 to 100 missing skip }
            dimension d2 weight 70% { kpi b weight 100% linear from 0 to 100 missing skip }
            """;
        var result = PlanRunner.Score(plan, "employee,period,a,b\ne1,2025-07,40,\ne2,2025-07,,\n");
        var e1 = result.Employee("e1");
        Assert.Equal(40m, e1.ExactScore);
        Assert.True(e1.Dimensions[1].IsLeftOut);
        Assert.Null(result.Employee("e2").Score);
        Assert.Null(result.Employee("e2").ExactScore);
    }

    [Fact]
    public void Division_by_zero_and_overflow_give_missing_not_an_exception()
    {
        // ratio = 5 / 0 is missing; huge = 10^15 x 10^15 = 10^30 overflows a decimal: missing.
        var plan = """
            period month
            input a number
            input b number
            metric ratio = a / b
            metric huge = a * a
            metric literal = 0 / 0
            dimension d weight 100% {
              kpi ratio weight 50% linear from 0 to 10
              kpi huge weight 50% linear from 0 to 10
            }
            """;
        var result = PlanRunner.Score(plan, "employee,period,a,b\ne1,2025-07,1000000000000000,0\n");
        var e1 = result.Employee("e1");
        Assert.All(e1.Metrics, m => Assert.Null(m.Value));
        Assert.Equal(0m, e1.ExactScore);
        Assert.All(e1.Dimensions[0].Kpis, k => Assert.True(k.IsMissing));
    }

    [Fact]
    public void Missing_values_follow_the_rules_of_section_5()
    {
        // m is missing: arithmetic is missing, a comparison is false, min/max ignore it, coalesce replaces it,
        // not of a missing flag is missing, and/or treat it as false.
        var plan = """
            period month
            input m number optional
            input x number
            metric sum_ = m + 1
            metric gt = m > 0
            metric not_gt = not (m > 0)
            metric smallest = min(m, x, 7)
            metric largest = max(m, m)
            metric filled = coalesce(m, 42)
            metric gone = is_missing(m)
            metric f = m > 0 or x > 0
            metric nf = not is_missing(m) and x > 0
            dimension d weight 100% { kpi x weight 100% linear from 0 to 10 }
            """;
        var metrics = PlanRunner.Score(plan, "employee,period,m,x\ne1,2025-07,,3\n").Employee("e1").Metrics.ToDictionary(m => m.Key, m => m.Value);
        Assert.Null(metrics["sum_"]);
        Assert.Equal(false, metrics["gt"]);
        Assert.Equal(true, metrics["not_gt"]);     // the comparison gave false, not missing
        Assert.Equal(3m, metrics["smallest"]);
        Assert.Null(metrics["largest"]);
        Assert.Equal(42m, metrics["filled"]);
        Assert.Equal(true, metrics["gone"]);
        Assert.Equal(true, metrics["f"]);
        Assert.Equal(false, metrics["nf"]);
    }
}
