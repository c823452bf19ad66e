using System.Text;
using PerfRules.Binding;
using PerfRules.Compilation;
using PerfRules.Periods;
using PerfRules.Runtime;
using PerfRules.Text;

namespace PerfRules.Results;

/// <summary>
/// One line of the History section of an explanation: a history call's value and where it came from. A window
/// names the periods it covers and what its argument was in each; <c>previous</c> and <c>latest</c> name the period
/// they read; <c>streak</c> says from when the condition held and why the run stops there; <c>highest(x)</c> and
/// <c>lowest(x)</c> name the period that holds the extreme. Periods are written as data writes them (2025-W07,
/// 2025-07); dates as 2025-07-14.
/// </summary>
internal static class HistoryExplanation
{
    // A window lists every period it covers that has a row; periods without one are named up to this many.
    private const int GapsNamed = 3;

    public static string Describe(HistoryCallPlan call, PeriodFrame frame, int row, DisplayUnits units)
    {
        var value = call.Read(frame, row);
        var shown = ExplanationNumbers.Any(value, units.Of(call.Symbol), inFormula: false);
        var symbol = call.Symbol;
        return symbol.Function switch
        {
            HistoryFunction.Previous => shown + FromPeriod(call, frame, row, symbol.Count),
            HistoryFunction.Latest => shown + LatestSource(call, frame, row, value),
            HistoryFunction.Streak => shown + StreakRun(call, frame, row, (decimal)value!),
            HistoryFunction.Highest or HistoryFunction.Lowest when symbol.Count == 0 => shown + ExtremeSource(call, frame, row, value),
            _ => shown + WindowValues(call, frame, row, units.Of(call.Symbol.Argument)),
        };
    }

    private static string FromPeriod(HistoryCallPlan call, PeriodFrame frame, int row, int distance)
    {
        var period = PeriodBack(frame, distance);
        if (period is null) return ": there is no period that far back";
        var earlierRow = HistoryAccess.RowBack(frame, row, distance, out var earlier);
        if (earlierRow < 0) return $": the employee has no row in {period}";
        return call.Argument(earlier!, earlierRow) is null ? $": {period} has no value" : $", from {period}";
    }

    private static string LatestSource(HistoryCallPlan call, PeriodFrame frame, int row, object? value)
    {
        if (call.Argument(frame, row) is not null) return $", {frame.Period}'s own value";
        if (value is null) return $": no period up to {frame.Period} has a value";
        var (earlier, earlierRow) = (frame, row);
        do
        {
            earlierRow = HistoryAccess.LastRowBefore(earlier, earlierRow, out var before);
            if (earlierRow < 0) return "";
            earlier = before!;
        }
        while (call.Argument(earlier, earlierRow) is null);

        return $", from {earlier.Period}, the most recent period before {frame.Period} with a value";
    }

    private static string StreakRun(HistoryCallPlan call, PeriodFrame frame, int row, decimal length)
    {
        if (length == 0m)
            return call.Argument(frame, row) is null ? $": the condition is missing in {frame.Period}" : $": it does not hold in {frame.Period}";
        var periods = (int)length;
        var start = PeriodBack(frame, periods - 1)!.Value;
        var held = start == frame.Period ? $"in {start}" : $"from {start} to {frame.Period}";
        var stop = PeriodBack(frame, periods);
        if (stop is null || stop.Value.Ordinal < frame.History.FirstOrdinal) return $", held {held}, since the first period given";
        var stopRow = HistoryAccess.RowBack(frame, row, periods, out var stopFrame);
        var why = stopRow < 0 ? $"no row in {stop}"
            : call.Argument(stopFrame!, stopRow) is null ? $"missing in {stop}"
            : $"did not hold in {stop}";
        return $", held {held}; {why}";
    }

    private static string ExtremeSource(HistoryCallPlan call, PeriodFrame frame, int row, object? value)
    {
        var first = PeriodBack(frame, frame.Period.Ordinal - frame.History.FirstOrdinal) ?? frame.Period;
        var given = Range(first, frame.Period);
        if (value is null) return $": no period given ({given}) has a value";
        var (earlier, earlierRow) = (frame, row);
        while (!Equals(call.Argument(earlier, earlierRow), value))
        {
            earlierRow = HistoryAccess.LastRowBefore(earlier, earlierRow, out var before);
            if (earlierRow < 0) return $", over every period given ({given})";
            earlier = before!;
        }

        return $", from {earlier.Period}, over every period given ({given})";
    }

    private static string WindowValues(HistoryCallPlan call, PeriodFrame frame, int row, DisplayUnit unit)
    {
        var periods = call.Symbol.Count;
        var reach = HistoryAccess.OldestDistance(frame, periods);
        var text = new StringBuilder(", over ").Append(Range(PeriodBack(frame, reach)!.Value, frame.Period));
        if (reach < periods - 1) text.Append(" (every period given)");
        var gaps = new List<PerfPeriod>();
        var listed = 0;
        for (var distance = reach; distance >= 0; distance--)
        {
            if (PeriodBack(frame, distance) is not { } period) continue;
            var r = HistoryAccess.RowBack(frame, row, distance, out var earlier);
            if (r < 0)
            {
                gaps.Add(period);
                continue;
            }

            var value = call.Argument(earlier!, r);
            text.Append(listed++ == 0 ? ": " : ", ").Append(period).Append(' ')
                .Append(call.Symbol.Function == HistoryFunction.Times ? Condition(value) : ExplanationNumbers.Any(value, unit, inFormula: true));
        }

        if (gaps.Count > 0)
        {
            text.Append(listed == 0 ? ": " : "; ").Append("no row in ").Append(gaps.Count <= GapsNamed
                ? string.Join(", ", gaps)
                : $"{gaps.Count} of the {reach + 1} periods");
        }

        return text.ToString();
    }

    private static string Condition(object? value) => value switch
    {
        true => "held",
        false => "did not hold",
        _ => "missing",
    };

    /// <summary>"2025-W07" for one period, "2025-W05 to 2025-W07" for several.</summary>
    private static string Range(PerfPeriod from, PerfPeriod to) => from == to ? to.ToString() : $"{from} to {to}";

    /// <summary>The period <paramref name="distance"/> periods before the frame's, or null before the year 0001.</summary>
    private static PerfPeriod? PeriodBack(PeriodFrame frame, int distance) =>
        PerfPeriod.TryFromOrdinal(frame.Period.Cadence, (long)frame.Period.Ordinal - distance, out var period) ? period : null;
}
