using System.Collections.Immutable;
using System.Globalization;

namespace PerfRules.Tests.Properties;

/// <summary>Which way a curve's score goes as its metric rises.</summary>
public enum Direction { HigherIsBetter, LowerIsBetter }

/// <summary>
/// A generated scoring curve: its plan text, and its score worked out here by the spec's words (section 3 and the
/// fixed order of arithmetic of section 11), independently of the library, as the oracle the properties check against.
/// </summary>
public abstract record CurveModel
{
    /// <summary>The curve as the plan writes it; <paramref name="percent"/> writes thresholds as percents of a percent input.</summary>
    public abstract string Text(string metric, bool percent);

    public abstract Direction Direction { get; }

    /// <summary>Whether the score never moves against <see cref="Direction"/> (bands may pay more for a worse value).</summary>
    public virtual bool IsMonotone => true;

    /// <summary>The exact score of a value.</summary>
    public abstract decimal Score(decimal value);

    protected static decimal Clamp(decimal score) => score < 0m ? 0m : score > 100m ? 100m : score;

    /// <summary>A number as a literal: a percent input's thresholds are written as percents (0.55 as 55%).</summary>
    public static string Literal(decimal value, bool percent) =>
        percent ? (value * 100m).ToString(CultureInfo.InvariantCulture) + "%" : value.ToString(CultureInfo.InvariantCulture);
}

/// <summary><c>linear from A to B</c>: (v - A) / (B - A) * 100, clamped.</summary>
public sealed record LinearModel(decimal From, decimal To) : CurveModel
{
    public override string Text(string metric, bool percent) => $"linear from {Literal(From, percent)} to {Literal(To, percent)}";

    public override Direction Direction => From < To ? Direction.HigherIsBetter : Direction.LowerIsBetter;

    public override decimal Score(decimal value) => Clamp((value - From) / (To - From) * 100m);
}

public sealed record LadderLineModel(decimal At, decimal Pays);

/// <summary><c>ladder [prorated] { line ... }</c>: the pays of the lines reached, plus a prorated share of the next.</summary>
public sealed record LadderModel(bool Prorated, ImmutableArray<LadderLineModel> Lines) : CurveModel
{
    public override string Text(string metric, bool percent) =>
        (Prorated ? "ladder prorated { " : "ladder { ")
        + string.Join(" ", Lines.Select((l, i) => $"line l{i} at {Literal(l.At, percent)} pays {l.Pays.ToString(CultureInfo.InvariantCulture)}"))
        + " }";

    public override Direction Direction =>
        Lines.Length > 1 && Lines[1].At < Lines[0].At ? Direction.LowerIsBetter : Direction.HigherIsBetter;

    public override decimal Score(decimal value)
    {
        var lower = Direction == Direction.LowerIsBetter;
        var reached = 0;
        while (reached < Lines.Length && (lower ? value <= Lines[reached].At : value >= Lines[reached].At)) reached++;
        var score = 0m;
        for (var i = 0; i < reached; i++) score += Lines[i].Pays;
        if (Prorated && reached > 0 && reached < Lines.Length)
        {
            var share = (value - Lines[reached - 1].At) / (Lines[reached].At - Lines[reached - 1].At);
            score += Lines[reached].Pays * (share < 0m ? 0m : share > 1m ? 1m : share);
        }

        return score;
    }
}

public sealed record BandModel(decimal At, decimal Scores);

/// <summary><c>bands { at V scores P ... otherwise P0 }</c>: the first band reached.</summary>
public sealed record BandsModel(ImmutableArray<BandModel> Bands, decimal Otherwise) : CurveModel
{
    public override string Text(string metric, bool percent) =>
        "bands { " + string.Concat(Bands.Select(b => $"at {Literal(b.At, percent)} scores {b.Scores.ToString(CultureInfo.InvariantCulture)} "))
        + $"otherwise {Otherwise.ToString(CultureInfo.InvariantCulture)} }}";

    public override Direction Direction =>
        Bands.Length > 1 && Bands[1].At > Bands[0].At ? Direction.LowerIsBetter : Direction.HigherIsBetter;

    public override bool IsMonotone
    {
        get
        {
            var scores = Bands.Select(b => b.Scores).Append(Otherwise).ToArray();
            return scores.Zip(scores.Skip(1)).All(p => p.First >= p.Second);
        }
    }

    public override decimal Score(decimal value)
    {
        var lower = Direction == Direction.LowerIsBetter;
        foreach (var band in Bands)
            if (lower ? value <= band.At : value >= band.At) return band.Scores;
        return Otherwise;
    }
}

/// <summary><c>score = METRIC * F + O</c>, clamped.</summary>
public sealed record ExpressionCurveModel(decimal Factor, decimal Offset) : CurveModel
{
    public override string Text(string metric, bool percent) =>
        $"score = {metric} * {Signed(Factor)} + {Offset.ToString(CultureInfo.InvariantCulture)}";

    public override Direction Direction => Factor > 0m ? Direction.HigherIsBetter : Direction.LowerIsBetter;

    public override decimal Score(decimal value) => Clamp(value * Factor + Offset);

    // A negative factor is written as unary minus, which the language has instead of signed literals.
    private static string Signed(decimal value) =>
        value < 0m ? "-" + (-value).ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
}
