using PerfRules.Binding;

namespace PerfRules.Runtime;

/// <summary>
/// Scores a KPI's value by its curve, in the fixed order of arithmetic of spec section 11. A null result means the
/// score cannot be computed (an overflow, or a <c>score =</c> expression that is missing) and counts as a missing value.
/// </summary>
internal abstract class CurveScorer
{
    public abstract decimal? Score(PeriodFrame frame, int row, decimal value);

    public static CurveScorer For(BoundCurve curve, Func<BoundExpression, Func<PeriodFrame, int, decimal?>> compile) => curve switch
    {
        BoundLinearCurve linear => new LinearScorer(linear.From, linear.To),
        BoundLadderCurve ladder => new LadderScorer(ladder),
        BoundBandsCurve bands => new BandsScorer(bands),
        BoundExpressionCurve expression => new ExpressionScorer(compile(expression.Expression)),
        _ => throw new InvalidOperationException($"Unknown curve {curve.GetType().Name}."),
    };
}

/// <summary>(v - A) / (B - A) * 100, clamped to [0, 100].</summary>
internal sealed class LinearScorer(decimal from, decimal to) : CurveScorer
{
    private readonly decimal _span = to - from;

    // Plain decimals inside one overflow guard: this runs once per KPI and employee.
    public override decimal? Score(PeriodFrame frame, int row, decimal value)
    {
        try
        {
            return Arithmetic.ClampScore((value - from) / _span * 100m);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}

/// <summary>The pays of the lines reached, plus, when prorated, the next line's pay times the share of the way to it.</summary>
internal sealed class LadderScorer(BoundLadderCurve ladder) : CurveScorer
{
    public BoundLadderCurve Ladder { get; } = ladder;

    public override decimal? Score(PeriodFrame frame, int row, decimal value)
    {
        var lines = Ladder.Lines;
        var reached = LinesReached(value);
        var score = 0m;
        for (var i = 0; i < reached; i++) score += lines[i].Pays;
        if (Ladder.Prorated && reached > 0 && reached < lines.Length)
        {
            var (last, next) = (lines[reached - 1], lines[reached]);
            try
            {
                var share = (value - last.At) / (next.At - last.At);
                score += next.Pays * (share < 0m ? 0m : share > 1m ? 1m : share);
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        return score;
    }

    /// <summary>How many lines, from the first, the value reaches.</summary>
    public int LinesReached(decimal value)
    {
        var lines = Ladder.Lines;
        var reached = 0;
        while (reached < lines.Length && Reaches(value, lines[reached].At)) reached++;
        return reached;
    }

    private bool Reaches(decimal value, decimal threshold) => Ladder.LowerIsBetter ? value <= threshold : value >= threshold;
}

/// <summary>The score of the first band reached, else the <c>otherwise</c> score.</summary>
internal sealed class BandsScorer(BoundBandsCurve bands) : CurveScorer
{
    public override decimal? Score(PeriodFrame frame, int row, decimal value)
    {
        foreach (var band in bands.Bands)
        {
            if (bands.LowerIsBetter ? value <= band.At : value >= band.At) return band.Scores;
        }

        return bands.Otherwise;
    }
}

/// <summary><c>score = EXPR</c>, clamped to [0, 100]; a missing expression is a missing value.</summary>
internal sealed class ExpressionScorer(Func<PeriodFrame, int, decimal?> expression) : CurveScorer
{
    public override decimal? Score(PeriodFrame frame, int row, decimal value) =>
        expression(frame, row) is { } score ? Arithmetic.ClampScore(score) : null;
}
