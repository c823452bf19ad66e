using PerfRules.Binding;

namespace PerfRules.Runtime;

/// <summary>
/// An aggregate's result for every group of one period, built in one pass over the roster in ordinal order of
/// employee id (spec 12.9). Number arguments are read unboxed; only <c>group_count</c> over texts, flags or dates
/// goes through a boxed reader.
/// </summary>
internal sealed class AggregateTable
{
    private readonly Dictionary<string, AggregateResult> _byGroup;
    private readonly AggregateResult _empty;

    private AggregateTable(Dictionary<string, AggregateResult> byGroup, AggregateResult empty)
    {
        _byGroup = byGroup;
        _empty = empty;
    }

    /// <summary>The group's result; a group with no member left is missing (<c>group_count</c>: 0).</summary>
    public AggregateResult Read(string group) => _byGroup.TryGetValue(group, out var result) ? result : _empty;

    public static AggregateTable Build(PeriodFrame frame, AggregateDefinition definition)
    {
        var accumulators = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        foreach (var row in frame.RowsInEmployeeOrder)
        {
            if (definition.Where is { } where && where(frame, row) != true) continue;
            decimal number = 0m;
            object? other = null;
            if (definition.Number is { } read)
            {
                if (read(frame, row) is not { } value) continue;
                number = value;
            }
            else if ((other = definition.Other!(frame, row)) is null)
            {
                continue;
            }

            var group = definition.GroupOf(frame, row);
            if (!accumulators.TryGetValue(group, out var accumulator)) accumulators[group] = accumulator = new Accumulator(definition.Function);
            if (other is null) accumulator.Add(number);
            else accumulator.Add(other);
        }

        var results = new Dictionary<string, AggregateResult>(accumulators.Count, StringComparer.Ordinal);
        foreach (var (group, accumulator) in accumulators) results[group] = accumulator.Result();
        var empty = new AggregateResult(definition.Function == AggregateFunction.Count ? 0m : null, 0);
        return new AggregateTable(results, empty);
    }

    private sealed class Accumulator(AggregateFunction function)
    {
        private decimal? _sum = 0m;
        private decimal? _best;
        private int _count;

        public void Add(decimal value)
        {
            _count++;
            switch (function)
            {
                case AggregateFunction.Sum or AggregateFunction.Avg:
                    _sum = Arithmetic.Add(_sum, value);
                    break;
                case AggregateFunction.Min:
                    _best = Arithmetic.Min(_best, value);
                    break;
                case AggregateFunction.Max:
                    _best = Arithmetic.Max(_best, value);
                    break;
            }
        }

        /// <summary>A value that is not a number (a text, flag or date of <c>group_count</c>): counted only.</summary>
        public void Add(object value) => _count++;

        public AggregateResult Result() => function switch
        {
            AggregateFunction.Sum => new(_sum, _count),
            AggregateFunction.Avg => new(Arithmetic.Divide(_sum, _count), _count),
            AggregateFunction.Count => new(_count, _count),
            _ => new(_best, _count),
        };
    }
}

/// <summary>One group's aggregate (null when missing) and how many members were added.</summary>
internal readonly record struct AggregateResult(decimal? Number, int Count);
