using PerfRules.Binding;
using PerfRules.Compilation;
using PerfRules.Runtime;

namespace PerfRules.Results;

/// <summary>How each kind of curve turned a KPI's value into its score, in the order of arithmetic of spec section 11.</summary>
internal sealed partial class ExplanationWriter
{
    private string CurveText(KpiPlan plan, decimal value, DisplayUnit unit, decimal exact) => plan.Symbol.Curve switch
    {
        BoundLinearCurve linear => LinearText(linear, value, unit, exact),
        BoundLadderCurve ladder => LadderText(ladder, ((LadderScorer)plan.Curve).LinesReached(value), value, unit),
        BoundBandsCurve bands => BandsText(bands, value, unit),
        BoundExpressionCurve curve => ExpressionCurveText(curve, exact),
        _ => "",
    };

    private static string LinearText(BoundLinearCurve curve, decimal value, DisplayUnit unit, decimal exact)
    {
        var (a, b) = (curve.From, curve.To);
        var head = $"linear from {ExplanationNumbers.Threshold(a, unit)} to {ExplanationNumbers.Threshold(b, unit)}"
            + (a > b ? " (lower is better)" : "");
        var raw = Arithmetic.Multiply(Arithmetic.Divide(Arithmetic.Subtract(value, a), b - a), 100m);
        var arithmetic = $"({Arith(value, unit)} - {Arith(a, unit)}) / ({Arith(b, unit)} - {Arith(a, unit)}) x 100";
        if (raw is not { } r) return $"{head}: {arithmetic} overflows";
        var clamped = r == exact ? "" : $", clamped to {Plain(exact)}";
        return $"{head}: {arithmetic} = {Plain(r)}{clamped}";
    }

    private static string LadderText(BoundLadderCurve ladder, int reached, decimal value, DisplayUnit unit)
    {
        var lines = ladder.Lines;
        var head = "ladder" + (ladder.Prorated ? " prorated" : "") + (ladder.LowerIsBetter ? " (lower is better)" : "");
        if (reached == 0)
        {
            var first = lines[0];
            var side = ladder.LowerIsBetter ? "above" : "below";
            return $"{head}: {Arith(value, unit)} is {side} the first line, {first.Name} at {ExplanationNumbers.Threshold(first.At, unit)}: nothing accrues = 0";
        }

        var reachedText = string.Join(", ", lines.Take(reached).Select(l => $"{l.Name} at {ExplanationNumbers.Threshold(l.At, unit)} (pays {Plain(l.Pays)})"));
        var terms = lines.Take(reached).Select(l => Plain(l.Pays)).ToList();
        decimal? total = lines.Take(reached).Sum(l => l.Pays);
        var text = $"{head}: reached {reachedText}";
        if (ladder.Prorated && reached < lines.Length)
        {
            var (last, next) = (lines[reached - 1], lines[reached]);
            var part = Arithmetic.Multiply(next.Pays, Arithmetic.Divide(Arithmetic.Subtract(value, last.At), next.At - last.At));
            var partText = part is { } p ? Plain(p) : "an overflow";
            text += $"; {Plain(next.Pays)} x ({Arith(value, unit)} - {Arith(last.At, unit)}) / ({Arith(next.At, unit)} - {Arith(last.At, unit)})"
                + $" = {partText} toward {next.Name} at {ExplanationNumbers.Threshold(next.At, unit)}";
            terms.Add(partText);
            total = Arithmetic.Add(total, part);
        }

        var sum = total is { } t ? Plain(t) : "an overflow";
        return terms.Count == 1 ? $"{text} = {sum}" : $"{text}; {string.Join(" + ", terms)} = {sum}";
    }

    private static string BandsText(BoundBandsCurve bands, decimal value, DisplayUnit unit)
    {
        var head = "bands" + (bands.LowerIsBetter ? " (lower is better)" : "");
        var missed = new List<string>();
        foreach (var band in bands.Bands)
        {
            var at = ExplanationNumbers.Threshold(band.At, unit);
            if (bands.LowerIsBetter ? value <= band.At : value >= band.At)
            {
                var before = missed.Count == 0 ? "" : $"{string.Join(", ", missed)} not reached; ";
                return $"{head}: {before}at {at} reached: scores {Plain(band.Scores)}";
            }

            missed.Add($"at {at}");
        }

        return $"{head}: {string.Join(", ", missed)} not reached: otherwise {Plain(bands.Otherwise)}";
    }

    private string ExpressionCurveText(BoundExpressionCurve curve, decimal exact)
    {
        var values = _values.Substitute(curve.Expression, _frame, _row);
        return $"score = {Source(curve.Expression)}{(values is null ? "" : " = " + values)}, clamped to 0..100: {Plain(exact)}";
    }

    /// <summary>A number inside curve arithmetic: money with separators, everything else (percents too) as a plain number.</summary>
    private static string Arith(decimal value, DisplayUnit unit) =>
        unit == DisplayUnit.Money ? ExplanationNumbers.Money(value) : Plain(value);
}
