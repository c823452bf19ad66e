namespace PerfRules.Binding;

/// <summary>Numbers the history and aggregate call sites of a plan; the runtime keeps one memo per call site.</summary>
internal sealed class SlotCounter
{
    public int HistoryCount { get; private set; }

    public int AggregateCount { get; private set; }

    public int NextHistory() => HistoryCount++;

    public int NextAggregate() => AggregateCount++;
}
