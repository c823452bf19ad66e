using PerfRules.Binding;

namespace PerfRules.Runtime;

/// <summary>
/// Scores a KPI's value by its curve, in the fixed order of arithmetic of spec section 11. A null result means the
/// score cannot be computed (an overflow, or a <c>score =</c> expression that is missing) and counts as a missing value.
/// </summary>
internal abstract class CurveScorer
{
    /// <summary>The score, or null when it cannot be computed (an overflow counts as missing).</summary>
    public decimal? Score(PeriodFrame frame, int row, decimal value)
    {
        try
        {
            return ScoreOrThrow(frame, row, value);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The same score, but an overflow throws: the score stage guards a whole row at once and, on an overflow,
    /// scores that row again through <see cref="Score"/>, so a row never pays for a guard per operation.
    /// </summary>
    public abstract decimal? ScoreOrThrow(PeriodFrame frame, int row, decimal value);

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

    public override decimal? ScoreOrThrow(PeriodFrame frame, int row, decimal value) =>
        Arithmetic.ClampScore((value - from) / _span * 100m);
}

/// <summary>The pays of the lines reached, plus, when prorated, the next line's pay times the share of the way to it.</summary>
internal sealed class LadderScorer : CurveScorer
{
    // Per number of lines reached, the pays of those lines added from 0 in line order, and per line the span from
    // the line before it: the very sums the curve would add row after row, worked out once. Null when adding the
    // pays overflows; then each row adds them itself, and overflows where it should.
    private readonly decimal[]? _paysOfReached;
    private readonly decimal[] _spans;

    public LadderScorer(BoundLadderCurve ladder)
    {
        Ladder = ladder;
        var lines = ladder.Lines;
        _spans = new decimal[lines.Length];
        try
        {
            var paid = new decimal[lines.Length + 1];
            for (var i = 0; i < lines.Length; i++) paid[i + 1] = paid[i] + lines[i].Pays;
            _paysOfReached = paid;
            for (var i = 1; i < lines.Length; i++) _spans[i] = lines[i].At - lines[i - 1].At;
        }
        catch (OverflowException)
        {
            _paysOfReached = null;
            _spans = [];
        }
    }

    public BoundLadderCurve Ladder { get; }

    public override decimal? ScoreOrThrow(PeriodFrame frame, int row, decimal value)
    {
        var lines = Ladder.Lines;
        var reached = LinesReached(value);
        decimal score;
        if (_paysOfReached is { } paid)
        {
            score = paid[reached];
        }
        else
        {
            score = 0m;
            for (var i = 0; i < reached; i++) score += lines[i].Pays;
        }

        if (Ladder.Prorated && reached > 0 && reached < lines.Length)
        {
            var (last, next) = (lines[reached - 1], lines[reached]);
            var span = _spans.Length > 0 ? _spans[reached] : next.At - last.At;
            var share = (value - last.At) / span;
            score += next.Pays * (share < 0m ? 0m : share > 1m ? 1m : share);
        }

        return score;
    }

    /// <summary>How many lines, from the first, the value reaches.</summary>
    public int LinesReached(decimal value)
    {
        var lines = Ladder.Lines;
        var reached = 0;
        if (Ladder.LowerIsBetter)
        {
            while (reached < lines.Length && value <= lines[reached].At) reached++;
        }
        else
        {
            while (reached < lines.Length && value >= lines[reached].At) reached++;
        }

        return reached;
    }
}

/// <summary>The score of the first band reached, else the <c>otherwise</c> score.</summary>
internal sealed class BandsScorer(BoundBandsCurve bands) : CurveScorer
{
    public override decimal? ScoreOrThrow(PeriodFrame frame, int row, decimal value)
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
    public override decimal? ScoreOrThrow(PeriodFrame frame, int row, decimal value) =>
        expression(frame, row) is { } score ? Arithmetic.ClampScore(score) : null;
}
