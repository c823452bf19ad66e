namespace PerfRules.Binding;

/// <summary>
/// A plan that passed every check: the binder's output and the compiler's input.
/// Lists are in the order evaluation needs them: metrics and awards in dependency order, everything else in file order.
/// </summary>
internal sealed record BoundPlan(
    string? Name,
    Cadence Cadence,
    ImmutableArray<InputSymbol> Inputs,
    ImmutableArray<MetricSymbol> Metrics,
    ImmutableArray<ProfileSymbol> Profiles,
    ImmutableArray<VetoSymbol> Vetoes,
    RankingSymbol MainRanking,
    ImmutableArray<RankingSymbol> NamedRankings,
    ClassificationSymbol? Grades,
    ImmutableArray<ClassificationSymbol> Levels,
    PayoutSymbol? Payout,
    ImmutableArray<AwardSymbol> Awards,
    ImmutableArray<FlagSymbol> Flags,
    int HistorySlotCount,
    int AggregateSlotCount)
{
    /// <summary>The profile used when no other profile's condition holds: the top-level dimensions. It is listed last.</summary>
    public ProfileSymbol DefaultProfile => Profiles[^1];
}
