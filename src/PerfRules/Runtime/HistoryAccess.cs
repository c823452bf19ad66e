namespace PerfRules.Runtime;

/// <summary>
/// History functions called by generated code (spec sections 6 and 12.5). History counts calendar periods: a period
/// with no row for the employee makes <c>previous</c> missing, breaks a streak and adds nothing to a window.
/// The argument is a compiled delegate evaluated in the earlier period's complete frame.
/// </summary>
internal static class HistoryAccess
{
    public static T Previous<T>(PeriodFrame frame, int row, int distance, Func<PeriodFrame, int, T> argument)
    {
        var earlierRow = RowBack(frame, row, distance, out var earlier);
        return earlierRow < 0 ? default! : argument(earlier!, earlierRow);
    }

    /// <summary><c>sum(x, n)</c>: over the last n periods, oldest first, missing values left out; all missing: missing.</summary>
    public static decimal? Sum(PeriodFrame frame, int row, int periods, Func<PeriodFrame, int, decimal?> argument) =>
        Window(frame, row, periods, argument, out _);

    /// <summary><c>avg(x, n)</c>: the window's sum divided by the number of values in it.</summary>
    public static decimal? Avg(PeriodFrame frame, int row, int periods, Func<PeriodFrame, int, decimal?> argument)
    {
        var sum = Window(frame, row, periods, argument, out var count);
        return count == 0 ? null : Arithmetic.Divide(sum, count);
    }

    /// <summary><c>times(cond, n)</c>: in how many of the last n periods the condition held.</summary>
    public static decimal? Times(PeriodFrame frame, int row, int periods, Func<PeriodFrame, int, bool?> condition)
    {
        var count = 0;
        for (var distance = OldestDistance(frame, periods); distance >= 0; distance--)
        {
            var r = RowBack(frame, row, distance, out var f);
            if (r >= 0 && condition(f!, r) == true) count++;
        }

        return count;
    }

    /// <summary><c>streak(cond)</c>: consecutive periods ending now in which the condition held; 0 when it does not hold now.</summary>
    public static decimal? Streak(PeriodFrame frame, int row, int slot, Func<PeriodFrame, int, bool?> condition)
    {
        // With no period just before this one, the streak is this period alone: one step, not worth a memo (and the
        // first period of a history, or a plan scored without one, allocates none).
        if (frame.Back(1) is null) return condition(frame, row) == true ? 1m : 0m;

        var memo = HistoryMemo<decimal?>.Of(frame, slot);
        if (memo.TryGet(row, out var known)) return known;

        decimal result = 0m;
        if (condition(frame, row) == true)
        {
            var earlierRow = RowBack(frame, row, 1, out var earlier);
            result = earlierRow < 0 ? 1m : 1m + Streak(earlier!, earlierRow, slot, condition)!.Value;
        }

        memo.Set(row, result);
        return result;
    }

    /// <summary><c>highest(x, n)</c> / <c>lowest(x, n)</c> over the last n periods, missing values left out.</summary>
    public static T Extreme<T>(PeriodFrame frame, int row, int periods, Func<PeriodFrame, int, T> argument, Func<T, T, T> pick)
    {
        T best = default!;
        for (var distance = OldestDistance(frame, periods); distance >= 0; distance--)
        {
            var r = RowBack(frame, row, distance, out var f);
            if (r >= 0) best = pick(best, argument(f!, r));
        }

        return best;
    }

    /// <summary><c>highest(x)</c> / <c>lowest(x)</c> over every period given: this period's value against the memo of the last period the employee had a row in.</summary>
    public static T ExtremeEver<T>(PeriodFrame frame, int row, int slot, Func<PeriodFrame, int, T> argument, Func<T, T, T> pick)
    {
        var memo = HistoryMemo<T>.Of(frame, slot);
        if (memo.TryGet(row, out var known)) return known;

        var value = argument(frame, row);
        var earlierRow = LastRowBefore(frame, row, out var earlier);
        if (earlierRow >= 0) value = pick(value, ExtremeEver(earlier!, earlierRow, slot, argument, pick));
        memo.Set(row, value);
        return value;
    }

    /// <summary><c>latest(x)</c>: x, or where it is missing, its value in the most recent earlier period where it was not.</summary>
    public static T Latest<T>(PeriodFrame frame, int row, int slot, Func<PeriodFrame, int, T> argument)
    {
        var memo = HistoryMemo<T>.Of(frame, slot);
        if (memo.TryGet(row, out var known)) return known;

        var value = argument(frame, row);
        if (value is null)
        {
            var earlierRow = LastRowBefore(frame, row, out var earlier);
            if (earlierRow >= 0) value = Latest(earlier!, earlierRow, slot, argument);
        }

        memo.Set(row, value);
        return value;
    }

    private static decimal? Window(PeriodFrame frame, int row, int periods, Func<PeriodFrame, int, decimal?> argument, out int count)
    {
        count = 0;
        decimal? sum = null;
        for (var distance = OldestDistance(frame, periods); distance >= 0; distance--)
        {
            var r = RowBack(frame, row, distance, out var f);
            if (r < 0 || argument(f!, r) is not { } value) continue;
            count++;
            sum = sum is { } s ? Arithmetic.Add(s, value) : value;
            if (sum is null) return null;
        }

        return sum;
    }

    /// <summary>
    /// How far back a window of <paramref name="periods"/> periods has to look: no further than the first period given,
    /// so that <c>times(c, 520)</c> over a year of data costs a year, not ten.
    /// </summary>
    public static int OldestDistance(PeriodFrame frame, int periods)
    {
        var given = frame.Period.Ordinal - frame.History.FirstOrdinal; // negative while the first period is evaluated
        return Math.Max(0, Math.Min(periods - 1, given));
    }

    /// <summary>The employee's row <paramref name="distance"/> periods back (0: this one), or -1 when that period has no row for it.</summary>
    public static int RowBack(PeriodFrame frame, int row, int distance, out PeriodFrame? earlier)
    {
        if (distance == 0)
        {
            earlier = frame;
            return row;
        }

        earlier = frame.Back(distance);
        return earlier is null ? -1 : frame.RowMapTo(earlier, distance)[row];
    }

    /// <summary>
    /// The employee's row in the most recent earlier period that has one, however far back: read from the links the
    /// history index made when the frame was created, so that looking past a long gap costs one step.
    /// </summary>
    public static int LastRowBefore(PeriodFrame frame, int row, out PeriodFrame? earlier)
    {
        var links = frame.EarlierRows
            ?? throw new InvalidOperationException("The frame was evaluated without links to earlier rows, which whole-history windows need.");
        earlier = links.Frames[row];
        return earlier is null ? -1 : links.Rows[row];
    }
}
