using PerfRules.Binding;
using PerfRules.Runtime;
using Step = PerfRules.Results.ExplanationStep;

namespace PerfRules.Results;

/// <summary>The history section: each value read from earlier periods, with the periods it came from.</summary>
internal sealed partial class ExplanationWriter
{
    private void WriteHistory()
    {
        var calls = _plan.HistoryCalls;
        if (calls.IsEmpty) return;
        Add(Step.History, 0, "History");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in calls)
        {
            var text = Source(call.Symbol);
            if (!seen.Add(text)) continue;
            var value = call.Read(_frame, _row);
            var shown = ExplanationNumbers.Any(value, _units.Of(call.Symbol), inFormula: false);
            Add(Step.History, 1, $"{text} = {shown}{HistoryDetail(call.Symbol, value)}");
        }
    }

    private string HistoryDetail(BoundHistory call, object? value)
    {
        var n = call.Count;
        return call.Function switch
        {
            HistoryFunction.Previous => PreviousDetail(call, value),
            HistoryFunction.Sum or HistoryFunction.Avg => WindowDetail(call),
            HistoryFunction.Highest or HistoryFunction.Lowest => ExtremeDetail(call, value),
            HistoryFunction.Times => $", the number of periods from {Span(n - 1)} in which it held",
            HistoryFunction.Streak => StreakDetail(value as decimal? ?? 0m),
            _ => LatestDetail(call, value),
        };
    }

    private string PreviousDetail(BoundHistory call, object? value)
    {
        var period = _frame.Period.Previous(call.Count);
        if (value is not null) return $" from {period}";
        var row = RowBack(call.Count, out _);
        return row switch
        {
            NoData => $": no data was given for {period}",
            NoRow => $": {_result.Employee} has no row in {period}",
            _ => $": {Source(call.Argument)} was missing in {period}",
        };
    }

    /// <summary>sum and avg: each period's value where the argument can be read on its own, oldest first.</summary>
    private string WindowDetail(BoundHistory call)
    {
        var n = call.Count;
        var what = call.Function == HistoryFunction.Sum ? "the sum" : "the average";
        var detail = $", {what} over {Span(n - 1)}";
        if (!IsReadable(call.Argument)) return detail;
        var terms = new List<string>();
        var leftOut = new List<string>();
        var unit = _units.Of(call.Argument);
        for (var distance = n - 1; distance >= 0; distance--)
        {
            var period = _frame.Period.Previous(distance);
            var row = RowBack(distance, out var frame);
            if (row < 0) leftOut.Add($"{period} (no row)");
            else if (_values.TryRead(call.Argument, frame!, row, out var v) && v is decimal d) terms.Add($"{ExplanationNumbers.Term(d, unit)} ({period})");
            else leftOut.Add($"{period} (missing)");
        }

        if (terms.Count > 0) detail += " of " + string.Join(" + ", terms);
        if (call.Function == HistoryFunction.Avg && terms.Count > 0) detail += $", divided by {terms.Count}";
        if (leftOut.Count > 0) detail += "; left out: " + string.Join(", ", leftOut);
        return detail;
    }

    private string ExtremeDetail(BoundHistory call, object? value)
    {
        var word = call.Function == HistoryFunction.Highest ? "the highest" : "the lowest";
        var back = call.Count > 0 ? call.Count - 1 : _frame.Period.Ordinal - _frame.History.FirstOrdinal;
        var over = call.Count > 0 ? Span(back) : $"every period given, {Span(back)}";
        return value is null ? $": missing in {over}" : $"{FoundIn(call.Argument, value, back)}, {word} over {over}";
    }

    private string LatestDetail(BoundHistory call, object? value)
    {
        if (value is null) return ": missing in every period given";
        return FoundIn(call.Argument, value, _frame.Period.Ordinal - _frame.History.FirstOrdinal);
    }

    /// <summary>", from PERIOD": the most recent period within <paramref name="back"/> where the argument had this value.</summary>
    private string FoundIn(BoundExpression argument, object value, int back)
    {
        if (!IsReadable(argument)) return "";
        for (var distance = 0; distance <= back; distance++)
        {
            var row = RowBack(distance, out var frame);
            if (row >= 0 && _values.TryRead(argument, frame!, row, out var v) && Equals(v, value))
                return $" from {_frame.Period.Previous(distance)}";
        }

        return "";
    }

    private string StreakDetail(decimal streak)
    {
        if (streak == 0m) return $": it does not hold in {_frame.Period}";
        var held = (int)streak;
        var before = _frame.Period.Previous(held);
        var end = RowBack(held, out _) switch
        {
            NoData => $"no data was given for {before}",
            NoRow => $"no row in {before}",
            _ => $"it did not hold in {before}",
        };
        return held == 1 ? $": it holds in {_frame.Period} only; {end}" : $": it held in each of {Span(held - 1)}; {end}";
    }

    /// <summary>"2025-Q1 to 2025-Q4": the periods from <paramref name="back"/> periods ago to the current one.</summary>
    private string Span(int back) => back <= 0 ? _frame.Period.ToString() : $"{_frame.Period.Previous(back)} to {_frame.Period}";

    private const int NoData = -2;
    private const int NoRow = -1;

    /// <summary>The employee's row <paramref name="distance"/> periods back: <see cref="NoData"/> when that period was not given, <see cref="NoRow"/> when the employee has no row in it.</summary>
    private int RowBack(int distance, out PeriodFrame? frame)
    {
        frame = distance == 0 ? _frame : _frame.Back(distance);
        if (frame is null) return NoData;
        var row = frame.Snapshot.RowOf(_result.Employee);
        return row < 0 ? NoRow : row;
    }

    private bool IsReadable(BoundExpression argument) =>
        ExpressionValues.IsLeaf(argument) && _values.TryRead(argument, _frame, _row, out _);
}
