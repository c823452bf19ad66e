using PerfRules.Diagnostics;
using PerfRules.Syntax.Ast;

namespace PerfRules.Binding;

/// <summary>Checks a KPI's scoring curve (spec 3, "KPIs and scoring curves") and builds its bound form.</summary>
internal static class CurveChecker
{
    public static BoundCurve Bind(CurveSyntax curve, ExpressionBinder expressions, DiagnosticBag diagnostics) => curve switch
    {
        LinearCurveSyntax linear => BindLinear(linear, diagnostics),
        LadderCurveSyntax ladder => BindLadder(ladder, diagnostics),
        BandsCurveSyntax bands => BindBands(bands, diagnostics),
        ScoreCurveSyntax score => new BoundExpressionCurve(expressions.BindNumber(score.Expression, ExpressionPlace.KpiCurve, "a 'score =' curve")),
        _ => throw new InvalidOperationException($"Unexpected curve {curve.GetType().Name}."),
    };

    private static BoundLinearCurve BindLinear(LinearCurveSyntax linear, DiagnosticBag diagnostics)
    {
        if (linear.From.Value == linear.To.Value)
        {
            diagnostics.Error(DiagnosticCode.LinearEqualEnds, linear.Span, $"{linear.From.Text} and {linear.To.Text}");
        }

        return new BoundLinearCurve(linear.From.Value, linear.To.Value);
    }

    private static BoundLadderCurve BindLadder(LadderCurveSyntax ladder, DiagnosticBag diagnostics)
    {
        var lines = ladder.Lines;

        // The first two lines set the direction (one line: higher is better); every later line must keep it.
        var lowerIsBetter = lines.Length > 1 && lines[1].At.Value < lines[0].At.Value;
        for (var i = 1; i < lines.Length; i++)
        {
            var (previous, line) = (lines[i - 1].At, lines[i].At);
            var keepsDirection = lowerIsBetter ? line.Value < previous.Value : line.Value > previous.Value;
            if (!keepsDirection)
            {
                diagnostics.Error(DiagnosticCode.LadderOrder, lines[i].Span, lines[i].Name.Name, line.Text, previous.Text);
            }
        }

        foreach (var line in lines)
        {
            if (line.Pays.Value <= 0m)
            {
                diagnostics.Error(DiagnosticCode.LadderPayNotPositive, line.Pays.Span, line.Name.Name, line.Pays.Text);
            }
        }

        var total = NumberText.Sum(lines.Select(l => l.Pays.Value));
        if (total != 100m)
        {
            diagnostics.Error(DiagnosticCode.LadderPaysNot100, ladder.Span, total is { } t ? NumberText.Plain(t) : "far more than 100");
        }

        return new BoundLadderCurve(ladder.Prorated, lowerIsBetter,
            ImmutableArray.CreateRange(lines, l => new BoundLadderLine(l.Name.Name, l.At.Value, l.Pays.Value)));
    }

    private static BoundBandsCurve BindBands(BandsCurveSyntax curve, DiagnosticBag diagnostics)
    {
        var bands = curve.Bands;

        // Thresholds falling down the list mean higher is better; rising, lower is better (one band: higher).
        var lowerIsBetter = bands.Length > 1 && bands[1].At.Value > bands[0].At.Value;
        for (var i = 1; i < bands.Length; i++)
        {
            var (previous, band) = (bands[i - 1].At, bands[i].At);
            var keepsDirection = lowerIsBetter ? band.Value > previous.Value : band.Value < previous.Value;
            if (!keepsDirection) diagnostics.Error(DiagnosticCode.BandsOrder, bands[i].Span, band.Text, previous.Text);
        }

        foreach (var band in bands) CheckScore(band.Scores, diagnostics);
        CheckScore(curve.Otherwise, diagnostics);

        return new BoundBandsCurve(lowerIsBetter, ImmutableArray.CreateRange(bands, b => new BoundBand(b.At.Value, b.Scores.Value)), curve.Otherwise.Value);
    }

    private static void CheckScore(NumberLiteral score, DiagnosticBag diagnostics)
    {
        if (score.Value is < 0m or > 100m) diagnostics.Error(DiagnosticCode.BandScoreOutOfRange, score.Span, score.Text);
    }
}
