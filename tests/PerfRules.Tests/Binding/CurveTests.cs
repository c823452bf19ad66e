using PerfRules.Binding;
using static PerfRules.Tests.Binding.PlanCompiler;

namespace PerfRules.Tests.Binding;

public class CurveTests
{
    private static string WithCurve(string curve) => $"""
        period quarter
        input a number
        dimension p weight 100% {"{"}
          kpi a weight 100% {curve}
        {"}"}
        """;

    private static BoundCurve Curve(string curve) => CompileClean(WithCurve(curve)).DefaultProfile.Dimensions[0].Kpis[0].Curve;

    [Fact]
    public void A_linear_curve_with_equal_ends_is_reported_at_the_curve()
    {
        AssertDiagnostics(WithCurve("linear from 80% to 0.8"),
            "(4,21) PR0110: linear curve has equal ends (80% and 0.8): the score would divide by zero");
    }

    [Fact]
    public void Ladder_thresholds_out_of_order_are_reported_at_the_offending_line()
    {
        AssertDiagnostics(WithCurve("ladder { line base at 100 pays 60  line high at 200 pays 25  line mid at 150 pays 15 }"),
            "(4,82) PR0111: ladder thresholds must be strictly increasing or strictly decreasing, but line 'mid' at 150 follows 200");
    }

    [Fact]
    public void Ladder_lines_with_equal_thresholds_are_out_of_order()
    {
        AssertDiagnostics(WithCurve("ladder { line base at 100 pays 60  line high at 100 pays 40 }"),
            "(4,56) PR0111: ladder thresholds must be strictly increasing or strictly decreasing, but line 'high' at 100 follows 100");
    }

    [Fact]
    public void Ladder_pays_must_add_up_to_100()
    {
        AssertDiagnostics(WithCurve("ladder { line base at 100 pays 60  line high at 200 pays 30.50 }"),
            "(4,21) PR0112: ladder pays add up to 90.5, not 100");
    }

    [Fact]
    public void Each_ladder_line_pays_above_0()
    {
        AssertDiagnostics(WithCurve("ladder { line base at 100 pays 100  line high at 200 pays 0 }"),
            "(4,79) PR0113: ladder line 'high' pays 0: each line must pay above 0");
    }

    [Fact]
    public void Band_thresholds_out_of_order_are_reported_at_the_band()
    {
        // 60 then 70 sets rising thresholds (lower is better); 65 after 70 breaks the order.
        AssertDiagnostics(WithCurve("bands { at 60 scores 100  at 70 scores 50  at 65 scores 20  otherwise 0 }"),
            "(4,64) PR0114: band thresholds must be strictly decreasing or strictly increasing, but 65 follows 70");
    }

    [Fact]
    public void Band_scores_and_otherwise_lie_between_0_and_100()
    {
        AssertDiagnostics(WithCurve("bands { at 60 scores 120  otherwise 101 }"),
            "(4,42) PR0115: band score 120 is outside 0 to 100",
            "(4,57) PR0115: band score 101 is outside 0 to 100");
    }

    [Fact]
    public void Falling_ladder_thresholds_mean_lower_is_better()
    {
        var ladder = Assert.IsType<BoundLadderCurve>(Curve("ladder prorated { line ok at 10 pays 70  line great at 5 pays 30 }"));

        Assert.True(ladder.LowerIsBetter);
        Assert.True(ladder.Prorated);
        Assert.Equal(["ok", "great"], ladder.Lines.Select(l => l.Name));
    }

    [Fact]
    public void One_line_ladders_and_bands_are_higher_is_better()
    {
        Assert.False(Assert.IsType<BoundLadderCurve>(Curve("ladder { line only at 10 pays 100 }")).LowerIsBetter);
        Assert.False(Assert.IsType<BoundBandsCurve>(Curve("bands { at 10 scores 100 otherwise 0 }")).LowerIsBetter);
    }

    [Fact]
    public void Rising_band_thresholds_mean_lower_is_better()
    {
        var bands = Assert.IsType<BoundBandsCurve>(Curve("bands { at 3 scores 100 at 5 scores 50 otherwise 10 }"));

        Assert.True(bands.LowerIsBetter);
        Assert.Equal([new BoundBand(3m, 100m), new BoundBand(5m, 50m)], bands.Bands.ToArray());
        Assert.Equal(10m, bands.Otherwise);
    }

    [Fact]
    public void A_score_curve_binds_a_number_expression_of_the_metric_stage()
    {
        var curve = Assert.IsType<BoundExpressionCurve>(Curve("score = a * 10"));

        Assert.IsType<BoundBinary>(curve.Expression);
    }

    [Fact]
    public void A_score_curve_must_be_a_number()
    {
        AssertDiagnostics(WithCurve("score = a > 1"), "(4,29) PR0106: a 'score =' curve needs a number, but 'a > 1' is a flag");
    }
}
