using PerfRules.Binding;

namespace PerfRules.Compilation;

/// <summary>
/// Splits the metrics into levels separated by roster-wide barriers: a metric that reads a group aggregate of other
/// metrics can only run once those metrics are known for every employee. Level 0 needs no aggregate of a metric.
/// </summary>
internal static class MetricLevels
{
    public static ImmutableArray<ImmutableArray<MetricSymbol>> Split(ImmutableArray<MetricSymbol> metricsInOrder)
    {
        var level = new Dictionary<MetricSymbol, int>();
        foreach (var metric in metricsInOrder) level[metric] = LevelOf(metric.Expression!, level);

        // One pass that drops each metric into its level: a chain of aggregates makes as many levels as metrics.
        var count = metricsInOrder.IsEmpty ? 0 : level.Values.Max() + 1;
        var levels = new ImmutableArray<MetricSymbol>.Builder[count];
        for (var l = 0; l < count; l++) levels[l] = ImmutableArray.CreateBuilder<MetricSymbol>();
        foreach (var metric in metricsInOrder) levels[level[metric]].Add(metric);
        return [.. levels.Select(l => l.ToImmutable())];
    }

    // Metrics come in dependency order, so every metric read in the current period already has its level.
    private static int LevelOf(BoundExpression expression, Dictionary<MetricSymbol, int> level) => expression switch
    {
        BoundMetricRef m => level.GetValueOrDefault(m.Metric),
        BoundUnary u => LevelOf(u.Operand, level),
        BoundBinary b => Math.Max(LevelOf(b.Left, level), LevelOf(b.Right, level)),
        BoundCall c => c.Arguments.Select(a => LevelOf(a, level)).DefaultIfEmpty(0).Max(),
        BoundHistory { Function: HistoryFunction.Previous } => 0,
        BoundHistory h => LevelOf(h.Argument, level),
        BoundAggregate a => AggregateLevel(a, level),
        _ => 0,
    };

    private static int AggregateLevel(BoundAggregate aggregate, Dictionary<MetricSymbol, int> level)
    {
        var reads = ReadsMetric(aggregate.Argument) || (aggregate.Where is { } w && ReadsMetric(w));
        if (!reads) return 0;
        var inner = Math.Max(LevelOf(aggregate.Argument, level), aggregate.Where is { } where ? LevelOf(where, level) : 0);
        return inner + 1;
    }

    private static bool ReadsMetric(BoundExpression expression) => expression switch
    {
        BoundMetricRef => true,
        BoundUnary u => ReadsMetric(u.Operand),
        BoundBinary b => ReadsMetric(b.Left) || ReadsMetric(b.Right),
        BoundCall c => c.Arguments.Any(ReadsMetric),
        BoundHistory { Function: HistoryFunction.Previous } => false,
        BoundHistory h => ReadsMetric(h.Argument),
        BoundAggregate a => ReadsMetric(a.Argument) || (a.Where is { } w && ReadsMetric(w)),
        _ => false,
    };
}
