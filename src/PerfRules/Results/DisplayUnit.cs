using PerfRules.Binding;

namespace PerfRules.Results;

/// <summary>How a number reads best in an explanation.</summary>
internal enum DisplayUnit
{
    /// <summary>A plain number: a score, a rank, an NPS.</summary>
    Plain,
    /// <summary>A whole count; a count over a count is a rate.</summary>
    Count,
    /// <summary>An amount of money: thousands separators, 2 decimals.</summary>
    Money,
    /// <summary>A fraction read as a percent: a percent input, or a rate such as money over money.</summary>
    Percent,
    /// <summary>A score as shown: 2 decimals.</summary>
    Score,
}

/// <summary>
/// Works out the <see cref="DisplayUnit"/> of an expression from its inputs: money stays money through sums, history
/// and multiplication by plain numbers; money over money, a count over a count and a percent over a percent are
/// rates, read as percents (<c>collected / receivable</c> is a collection rate). Only the explanation uses this.
/// </summary>
internal sealed class DisplayUnits
{
    private readonly Dictionary<MetricSymbol, DisplayUnit> _metrics = [];
    private readonly HashSet<MetricSymbol> _inProgress = [];

    public static DisplayUnit Of(InputSymbol input) => input.Type switch
    {
        InputType.Money => DisplayUnit.Money,
        InputType.Percent => DisplayUnit.Percent,
        InputType.Count => DisplayUnit.Count,
        _ => DisplayUnit.Plain,
    };

    public DisplayUnit Of(MetricSymbol metric)
    {
        if (_metrics.TryGetValue(metric, out var known)) return known;
        // A metric that reads its own earlier value (peak = max(revenue, previous(peak))) takes the unit of the rest.
        if (!_inProgress.Add(metric)) return DisplayUnit.Plain;
        var unit = metric.Expression is { } expression ? Of(expression) : DisplayUnit.Plain;
        _inProgress.Remove(metric);
        _metrics[metric] = unit;
        return unit;
    }

    public DisplayUnit Of(BoundExpression expression) => expression switch
    {
        BoundInputRef i => Of(i.Input),
        BoundMetricRef m => Of(m.Metric),
        BoundAwardRef => DisplayUnit.Money,
        BoundScoreRef => DisplayUnit.Score,
        BoundUnary u => Of(u.Operand),
        BoundBinary b => Binary(b),
        BoundCall c => Call(c),
        BoundHistory h => h.Function switch
        {
            HistoryFunction.Streak or HistoryFunction.Times => DisplayUnit.Count,
            HistoryFunction.Sum or HistoryFunction.Avg => Computed(Of(h.Argument)),
            _ => Of(h.Argument),
        },
        BoundAggregate a => a.Function switch
        {
            AggregateFunction.Count => DisplayUnit.Count,
            AggregateFunction.Sum or AggregateFunction.Avg => Computed(Of(a.Argument)),
            _ => Of(a.Argument),
        },
        _ => DisplayUnit.Plain,
    };

    private DisplayUnit Binary(BoundBinary binary)
    {
        var (left, right) = (Of(binary.Left), Of(binary.Right));
        return binary.Operator switch
        {
            BoundBinaryOperator.Add or BoundBinaryOperator.Subtract => MostSpecific(left, right),
            BoundBinaryOperator.Multiply => left == DisplayUnit.Money || right == DisplayUnit.Money ? DisplayUnit.Money
                : left == DisplayUnit.Percent && right == DisplayUnit.Percent ? DisplayUnit.Percent
                : DisplayUnit.Plain,
            BoundBinaryOperator.Divide => left == right && left != DisplayUnit.Plain ? DisplayUnit.Percent
                : left == DisplayUnit.Money ? DisplayUnit.Money
                : DisplayUnit.Plain,
            _ => DisplayUnit.Plain,
        };
    }

    private DisplayUnit Call(BoundCall call) => call.Function switch
    {
        BuiltinFunction.Min or BuiltinFunction.Max or BuiltinFunction.Clamp or BuiltinFunction.Coalesce =>
            MostSpecific([.. call.Arguments.Select(Of)]),
        BuiltinFunction.If => MostSpecific(Of(call.Arguments[1]), Of(call.Arguments[2])),
        BuiltinFunction.Abs or BuiltinFunction.Round => Of(call.Arguments[0]),
        _ => DisplayUnit.Plain,
    };

    // A sum or average of shown scores has more than 2 decimals of its own.
    private static DisplayUnit Computed(DisplayUnit unit) => unit == DisplayUnit.Score ? DisplayUnit.Plain : unit;

    // Values added or chosen between read as the most specific of them: money, then a percent, then a count.
    private static DisplayUnit MostSpecific(params DisplayUnit[] units) =>
        units.Contains(DisplayUnit.Money) ? DisplayUnit.Money
        : units.Contains(DisplayUnit.Percent) ? DisplayUnit.Percent
        : units.Contains(DisplayUnit.Count) ? DisplayUnit.Count
        : DisplayUnit.Plain;
}
