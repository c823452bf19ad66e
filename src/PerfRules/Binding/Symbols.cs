using PerfRules.Diagnostics;

namespace PerfRules.Binding;

/// <summary>A declared input; <paramref name="Index"/> is its position among the plan's inputs (and its snapshot column).</summary>
internal sealed record InputSymbol(string Name, InputType Type, Rollup Rollup, bool Optional, int Index, SourceSpan Span)
{
    public ValueType ValueType => Type switch
    {
        InputType.Flag => ValueType.Flag,
        InputType.Text => ValueType.Text,
        InputType.Date => ValueType.Date,
        _ => ValueType.Number,
    };
}

/// <summary>
/// A metric. <see cref="Expression"/> is filled in once the metric's body is bound; <see cref="Index"/> is its
/// position in dependency order (a metric comes after every metric it reads in the current period).
/// Symbols compare by identity.
/// </summary>
internal sealed class MetricSymbol(string name, SourceSpan span)
{
    public string Name { get; } = name;
    public SourceSpan Span { get; } = span;
    public int Index { get; set; } = -1;
    public ValueType ValueType { get; set; } = ValueType.Number;
    public BoundExpression? Expression { get; set; }
}

/// <summary>What <c>score(NAME)</c> names: a dimension or a KPI (by its metric), possibly in several profiles.</summary>
internal sealed record ScoreTarget(string Name, bool IsDimension);

/// <summary>A KPI: the value it scores and how.</summary>
internal sealed record KpiSymbol(string Name, BoundExpression Value, decimal Weight, BoundCurve Curve, bool SkipWhenMissing, SourceSpan Span);

/// <summary>A dimension inside a profile.</summary>
internal sealed record DimensionSymbol(string Name, decimal Weight, ImmutableArray<KpiSymbol> Kpis, SourceSpan Span);

/// <summary>A set of dimensions; <c>default</c> (Condition null) holds the top-level ones.</summary>
internal sealed record ProfileSymbol(string Name, BoundExpression? Condition, ImmutableArray<DimensionSymbol> Dimensions, SourceSpan Span);

/// <summary><c>veto COND [grade NAME] "REASON"</c>; GradeIndex null means the last grade line.</summary>
internal sealed record VetoSymbol(BoundExpression Condition, int? GradeIndex, string Reason, SourceSpan Span);

internal sealed record RankKey(BoundExpression Expression, bool Descending);

/// <summary>A ranking; the main one has Name null.</summary>
internal sealed class RankingSymbol(string? name, SourceSpan span)
{
    public string? Name { get; } = name;
    public SourceSpan Span { get; } = span;
    public ImmutableArray<RankKey> Keys { get; set; } = [];
    public InputSymbol? Within { get; set; }
}

/// <summary>A line of a grades or levels block.</summary>
internal sealed record ClassLine(string Name, decimal? Top, decimal? At, BoundExpression? When, SourceSpan Span)
{
    public bool IsCatchAll => Top is null && At is null && When is null;
}

/// <summary>
/// A grades block (Name null) or a levels block. <see cref="Lines"/> is filled in once the lines are bound, because a
/// line may read the block's own earlier value (<c>previous(level(NAME))</c>). Symbols compare by identity.
/// </summary>
internal sealed class ClassificationSymbol(string? name, ImmutableArray<ClassLine> lines, SourceSpan span)
{
    public string? Name { get; } = name;
    public ImmutableArray<ClassLine> Lines { get; set; } = lines;
    public SourceSpan Span { get; } = span;
}

internal sealed record RequireLine(BoundExpression Condition, string Reason, SourceSpan Span);

internal sealed record MultiplierLine(BoundExpression Value, BoundExpression? When, SourceSpan Span);

internal sealed record PayoutSymbol(ImmutableArray<RequireLine> Requires, ImmutableArray<MultiplierLine> Multipliers, SourceSpan Span);

internal sealed record FlagSymbol(string Name, BoundExpression Condition, string Message, SourceSpan Span);

/// <summary>An award; <see cref="Index"/> is its position in dependency order.</summary>
internal sealed class AwardSymbol(string name, string label, SourceSpan span)
{
    public string Name { get; } = name;
    public string Label { get; } = label;
    public SourceSpan Span { get; } = span;
    public int Index { get; set; } = -1;
    public BoundExpression? Expression { get; set; }
}
