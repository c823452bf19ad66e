using PerfRules.Binding;
using PerfRules.Runtime;

namespace PerfRules.Compilation;

/// <summary>
/// A checked plan lowered to delegates, one group per evaluation stage. Immutable and shared by every evaluation
/// (and every thread) of the plan.
/// </summary>
internal sealed record CompiledPlan(
    BoundPlan Bound,
    FrameLayout Layout,
    ImmutableArray<RowCode> MetricLevels,
    ImmutableArray<ProfilePlan> Profiles,
    ImmutableArray<Func<PeriodFrame, int, bool?>> Vetoes,
    ImmutableArray<RankingPlan> Rankings,
    ClassificationPlan? Grades,
    ImmutableArray<ClassificationPlan> Levels,
    PayoutPlan? Payout,
    ImmutableArray<AwardPlan> Awards,
    ImmutableArray<AggregateCallPlan> AggregateCalls,
    RowCode? Flags,
    ImmutableArray<HistoryCallPlan> HistoryCalls,
    string SourceText)
{
    /// <summary>Whether a window reaches back over every period given (<c>latest</c>, <c>highest</c> or <c>lowest</c> without a count).</summary>
    public bool ReachesBackOverEveryPeriod { get; } = HistoryCalls.Any(c => c.Symbol is
        { Function: HistoryFunction.Latest } or { Function: HistoryFunction.Highest or HistoryFunction.Lowest, Count: 0 });

    /// <summary>The column of the main ranking's (rank - 1) / group_size, which every grade line's <c>top</c> reads.</summary>
    public int MainShareAheadSlot { get; } = Layout.ShareAheadSlot(Bound.MainRanking);

    /// <summary>The plan text a span covers, for explanations; empty when the text is not available.</summary>
    public string SourceOf(Diagnostics.SourceSpan span) =>
        span.Start >= 0 && span.End <= SourceText.Length ? SourceText.Substring(span.Start, span.Length) : "";

    /// <summary>The awards in file order, the order results and outputs list them in; <see cref="Awards"/> is in dependency order.</summary>
    public ImmutableArray<AwardPlan> AwardsInFileOrder { get; } = [.. Awards.OrderBy(a => a.Symbol.Span.Start)];
}

/// <summary>
/// The code of one row-wise step twice: over a range of rows with arithmetic that throws on overflow (the fast one),
/// and for one row with arithmetic that gives missing, which works a range out again where the first threw (compiled
/// only then).
/// </summary>
internal sealed record RowCode(Action<PeriodFrame, int, int> Rows, Lazy<Action<PeriodFrame, int>> OneRow)
{
    /// <summary>Runs the rows [start, end); where an overflow throws, every one of them again through <see cref="OneRow"/>.</summary>
    public void Run(PeriodFrame frame, int start, int end)
    {
        try
        {
            Rows(frame, start, end);
        }
        catch (OverflowException)
        {
            var oneRow = OneRow.Value;
            for (var row = start; row < end; row++) oneRow(frame, row);
        }
    }
}

/// <summary>A profile: when it applies, and its dimensions.</summary>
internal sealed record ProfilePlan(ProfileSymbol Symbol, Func<PeriodFrame, int, bool?>? Condition, ImmutableArray<DimensionPlan> Dimensions)
{
    /// <summary>The dimensions' weights, and their sums for every choice of dimensions left out.</summary>
    public WeightTable DimensionWeights { get; } = new(Dimensions.Select(d => d.Symbol.Weight));

    /// <summary>
    /// The generated code that scores the rows [start, end) of this profile, or null where the score stage does it
    /// itself.
    /// </summary>
    public ProfileCode? Scorer { get; init; }
}

/// <summary>
/// A profile's generated scorer of the rows [start, end), and how many <see cref="CurveMemo"/>s it reads from the
/// array it is given: the score stage makes them once per call for every run of the profile's rows, so a value scored
/// in one run is remembered in the next.
/// </summary>
internal sealed record ProfileCode(Action<PeriodFrame, int, int, CurveMemo[]> Rows, int Memos);

/// <summary>A dimension: its index among all dimensions of the layout, its score column, and its KPIs.</summary>
internal sealed record DimensionPlan(DimensionSymbol Symbol, int Index, int TargetSlot, ImmutableArray<KpiPlan> Kpis)
{
    public decimal Weight { get; } = Symbol.Weight;

    /// <summary>The KPIs' weights, and their sums for every choice of KPIs left out.</summary>
    public WeightTable KpiWeights { get; } = new(Kpis.Select(k => k.Symbol.Weight));
}

/// <summary>
/// A KPI: its index among all KPIs of the layout, its score column, the value it scores and its curve. ValueSlot is
/// the number column the value already sits in when it names an input or metric (else -1: call Value).
/// </summary>
internal sealed record KpiPlan(KpiSymbol Symbol, int Index, int TargetSlot, Func<PeriodFrame, int, decimal?> Value, CurveScorer Curve, int ValueSlot = -1)
{
    public decimal Weight { get; } = Symbol.Weight;
    public bool SkipWhenMissing { get; } = Symbol.SkipWhenMissing;
}

/// <summary>A ranking: its keys as delegates that write normalised sort values, or the columns they simply read.</summary>
internal sealed record RankingPlan(
    RankingSymbol Symbol,
    ImmutableArray<Func<PeriodFrame, int, decimal?>?> NumberKeys,
    ImmutableArray<Func<PeriodFrame, int, string?>?> TextKeys,
    ImmutableArray<bool> IsText,
    ImmutableArray<bool> Descending,
    int WithinSlot,
    ImmutableArray<int> KeySlots = default)
{
    /// <summary>Per key, the number column the key already is (an input, metric or the total score), else -1.</summary>
    public int KeySlot(int key) => KeySlots.IsDefault ? -1 : KeySlots[key];

    /// <summary>The keys whose values the veto stage works out row by row: texts, and numbers that are no column already.</summary>
    public ImmutableArray<int> ComputedKeys { get; } =
        [.. Enumerable.Range(0, IsText.Length).Where(k => IsText[k] || KeySlots.IsDefault || KeySlots[k] < 0)];
}

/// <summary>Grade or level lines with their <c>when</c> conditions compiled.</summary>
internal sealed record ClassificationPlan(ClassificationSymbol Symbol, ImmutableArray<Func<PeriodFrame, int, bool?>?> When, int Slot);

/// <summary>Require conditions and multiplier lines.</summary>
internal sealed record PayoutPlan(
    ImmutableArray<Func<PeriodFrame, int, bool?>> Requires,
    ImmutableArray<Func<PeriodFrame, int, decimal?>> Values,
    ImmutableArray<Func<PeriodFrame, int, bool?>?> When);

/// <summary>An award's amount and its column.</summary>
internal sealed record AwardPlan(AwardSymbol Symbol, Func<PeriodFrame, int, decimal?> Value, int Slot);
