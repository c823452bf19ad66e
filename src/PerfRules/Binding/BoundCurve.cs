namespace PerfRules.Binding;

/// <summary>A checked scoring curve.</summary>
internal abstract record BoundCurve;

/// <summary>(v - From) / (To - From) * 100, clamped to [0, 100]. From &gt; To means lower is better.</summary>
internal sealed record BoundLinearCurve(decimal From, decimal To) : BoundCurve;

/// <summary>A ladder; lines in order of difficulty. LowerIsBetter when the thresholds decrease.</summary>
internal sealed record BoundLadderCurve(bool Prorated, bool LowerIsBetter, ImmutableArray<BoundLadderLine> Lines) : BoundCurve;

internal sealed record BoundLadderLine(string Name, decimal At, decimal Pays);

/// <summary>Bands, first reached wins; LowerIsBetter when the thresholds increase.</summary>
internal sealed record BoundBandsCurve(bool LowerIsBetter, ImmutableArray<BoundBand> Bands, decimal Otherwise) : BoundCurve;

internal sealed record BoundBand(decimal At, decimal Scores);

/// <summary><c>score = EXPR</c>, clamped to [0, 100].</summary>
internal sealed record BoundExpressionCurve(BoundExpression Expression) : BoundCurve;
