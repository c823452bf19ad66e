namespace PerfRules.Tests.Runtime;

/// <summary>Every curve of spec section 3, scored by hand. One KPI weighted 100% in one dimension, so the KPI's exact score is the total's.</summary>
public class CurveTests
{
    private static decimal? KpiScore(string curve, string value, string type = "number")
    {
        var plan = $$"""
            period month
            input v {{type}} optional
            dimension d weight 100% {
              kpi v weight 100% {{curve}}
            }
            """;
        var result = PlanRunner.Score(plan, $"employee,period,v\ne1,2025-07,{value}\n");
        return result.Employee("e1").Dimensions[0].Kpis[0].ExactScore;
    }

    [Theory]
    [InlineData("0.9", "50")]      // (0.9 - 0.8) / (1.0 - 0.8) * 100 = 50
    [InlineData("0.8", "0")]       // the low end scores 0
    [InlineData("1", "100")]       // the high end scores 100
    [InlineData("0.7", "0")]       // -50 clamped to 0
    [InlineData("1.1", "100")]     // 150 clamped to 100
    [InlineData("0.85", "25")]     // 0.05 / 0.2 * 100
    public void Linear_scores_between_its_ends_and_clamps_outside(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), KpiScore("linear from 80% to 100%", value, "percent"));

    [Theory]
    [InlineData("score = v * 200", "100.0")]       // 0.5 x 200 = 100.0: at the top, not above it, so kept as computed
    [InlineData("score = v * 200 - 100", "0.0")]   // 100.0 - 100 = 0.0: at the bottom, kept as computed
    [InlineData("score = v * 202", "100")]         // 101.0 is above 100: the clamp gives 100 itself
    public void A_score_exactly_at_0_or_100_keeps_its_digits_and_only_one_outside_is_clamped(string curve, string expected) =>
        Assert.Equal(expected, KpiScore(curve, "0.5")?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2", "60")]        // (2 - 5) / (0 - 5) * 100 = 60
    [InlineData("5", "0")]
    [InlineData("0", "100")]
    [InlineData("6", "0")]         // -20 clamped
    [InlineData("4", "20")]        // (4 - 5) / -5 * 100 = 20
    public void Linear_from_high_to_low_means_lower_is_better(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), KpiScore("linear from 5 to 0", value));

    private const string Ladder = "line base at 1_500_000 pays 60 line challenge at 1_800_000 pays 25 line stretch at 2_000_000 pays 15 }";

    [Theory]
    [InlineData("1400000", "0")]      // below the first line
    [InlineData("1500000", "60")]     // exactly on base
    [InlineData("1700000", "60")]     // base reached, challenge not
    [InlineData("1800000", "85")]     // 60 + 25
    [InlineData("2500000", "100")]    // past the last line
    public void Ladder_pays_the_lines_reached(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), KpiScore("ladder { " + Ladder, value));

    [Theory]
    [InlineData("1400000", "0")]      // nothing accrues below the first line
    [InlineData("1500000", "60")]     // 60 + 25 * 0
    [InlineData("1650000", "72.5")]   // 60 + 25 * (150,000 / 300,000)
    [InlineData("1900000", "92.5")]   // 85 + 15 * (100,000 / 200,000)
    [InlineData("2000000", "100")]    // every line reached
    public void Prorated_ladder_pays_the_share_of_the_way_to_the_next_line(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), KpiScore("ladder prorated { " + Ladder, value));

    [Theory]
    [InlineData("11", "0")]        // not even the first line (reached when value <= 10)
    [InlineData("10", "50")]
    [InlineData("7", "68")]        // 50 + 30 * (7 - 10) / (5 - 10) = 50 + 18
    [InlineData("5", "80")]        // 50 + 30 + 20 * 0
    [InlineData("1", "100")]
    public void Ladder_with_decreasing_thresholds_means_lower_is_better(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), KpiScore("ladder prorated { line a at 10 pays 50 line b at 5 pays 30 line c at 2 pays 20 }", value));

    [Theory]
    [InlineData("60", "100")]
    [InlineData("59.99", "70")]
    [InlineData("40", "70")]
    [InlineData("20", "40")]
    [InlineData("19", "0")]        // otherwise
    public void Bands_give_the_first_band_reached(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), KpiScore("bands { at 60 scores 100 at 40 scores 70 at 20 scores 40 otherwise 0 }", value));

    [Theory]
    [InlineData("3", "100")]
    [InlineData("4", "60")]
    [InlineData("5", "60")]
    [InlineData("6", "10")]        // otherwise
    public void Bands_with_increasing_thresholds_mean_lower_is_better(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), KpiScore("bands { at 3 scores 100 at 5 scores 60 otherwise 10 }", value));

    [Theory]
    [InlineData("30.5", "61")]     // 30.5 * 2
    [InlineData("60", "100")]      // 120 clamped
    [InlineData("-5", "0")]        // -10 clamped
    public void Score_expression_is_clamped_to_0_and_100(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), KpiScore("score = v * 2", value));

    [Fact]
    public void A_missing_value_scores_0_without_missing_skip()
    {
        var plan = """
            period month
            input v number optional
            dimension d weight 100% { kpi v weight 100% linear from 0 to 10 }
            """;
        var kpi = PlanRunner.Score(plan, "employee,period,v\ne1,2025-07,\n").Employee("e1").Dimensions[0].Kpis[0];
        Assert.Equal(0m, kpi.ExactScore);
        Assert.True(kpi.IsMissing);
        Assert.False(kpi.IsSkipped);
        Assert.Null(kpi.Value);
    }
}
