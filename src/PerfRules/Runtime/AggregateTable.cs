using NodaTime;
using PerfRules.Binding;
using ValueType = PerfRules.Binding.ValueType;

namespace PerfRules.Runtime;

/// <summary>An aggregate's result for every group of one period.</summary>
internal sealed class AggregateTable
{
    private readonly Dictionary<string, object?> _byGroup;
    private readonly Dictionary<string, int> _counts;
    private readonly object? _empty;

    private AggregateTable(Dictionary<string, object?> byGroup, Dictionary<string, int> counts, object? empty)
    {
        _byGroup = byGroup;
        _counts = counts;
        _empty = empty;
    }

    public object? Read(string group) => _byGroup.TryGetValue(group, out var value) ? value : _empty;

    /// <summary>How many members of the group were added: those kept by <c>where</c> whose value is not missing.</summary>
    public int CountOf(string group) => _counts.GetValueOrDefault(group);

    public static AggregateTable Build(PeriodFrame frame, AggregateDefinition definition)
    {
        var accumulators = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        foreach (var row in frame.RowsInEmployeeOrder)
        {
            if (definition.Where is { } where && where(frame, row) != true) continue;
            var value = definition.Argument(frame, row);
            if (value is null) continue;
            var group = definition.GroupOf(frame, row);
            if (!accumulators.TryGetValue(group, out var accumulator)) accumulators[group] = accumulator = new Accumulator();
            accumulator.Add(definition, value);
        }

        var results = new Dictionary<string, object?>(accumulators.Count, StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(accumulators.Count, StringComparer.Ordinal);
        foreach (var (group, accumulator) in accumulators)
        {
            results[group] = accumulator.Result(definition.Function);
            counts[group] = accumulator.Count;
        }

        object? empty = definition.Function == AggregateFunction.Count ? 0m : null;
        return new AggregateTable(results, counts, empty);
    }

    private sealed class Accumulator
    {
        private decimal? _sum = 0m;
        private int _count;
        private object? _best;

        public int Count => _count;

        public void Add(AggregateDefinition definition, object value)
        {
            _count++;
            switch (definition.Function)
            {
                case AggregateFunction.Sum or AggregateFunction.Avg:
                    _sum = Arithmetic.Add(_sum, (decimal)value);
                    break;
                case AggregateFunction.Min or AggregateFunction.Max:
                    _best = Pick(definition, _best, value);
                    break;
            }
        }

        public object? Result(AggregateFunction function) => function switch
        {
            AggregateFunction.Sum => _sum,
            AggregateFunction.Avg => Arithmetic.Divide(_sum, _count),
            AggregateFunction.Count => (decimal?)_count,
            _ => _best,
        };

        private static object Pick(AggregateDefinition definition, object? best, object value)
        {
            if (best is null) return value;
            var max = definition.Function == AggregateFunction.Max;
            if (definition.ArgumentType == ValueType.Date)
            {
                var (b, v) = ((LocalDate)best, (LocalDate)value);
                return max ? (v > b ? v : b) : (v < b ? v : b);
            }

            var (x, y) = ((decimal)best, (decimal)value);
            return max ? (y > x ? y : x) : (y < x ? y : x);
        }
    }
}
