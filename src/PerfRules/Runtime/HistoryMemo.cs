namespace PerfRules.Runtime;

/// <summary>
/// Values of one history call site already worked out for the rows of one period, so that a streak or a
/// whole-history extreme over 24 periods costs one step per period, not 24. Rows are written by the thread that
/// evaluates that employee only.
/// </summary>
internal abstract class HistoryMemo;

internal sealed class HistoryMemo<T>(int rows) : HistoryMemo
{
    private readonly T[] _values = new T[rows];
    private readonly bool[] _known = new bool[rows];

    public bool TryGet(int row, out T value)
    {
        value = _values[row];
        return Volatile.Read(ref _known[row]);
    }

    public void Set(int row, T value)
    {
        _values[row] = value;
        Volatile.Write(ref _known[row], true);
    }

    public static HistoryMemo<T> Of(PeriodFrame frame, int slot)
    {
        if (frame.Memos[slot] is HistoryMemo<T> memo) return memo;
        Interlocked.CompareExchange(ref frame.Memos[slot], new HistoryMemo<T>(frame.Count), null);
        return (HistoryMemo<T>)frame.Memos[slot]!;
    }
}
