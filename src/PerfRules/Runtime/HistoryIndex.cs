using System.Runtime.InteropServices;

namespace PerfRules.Runtime;

/// <summary>
/// The frames of one evaluation by period ordinal, so that history functions find "k periods before". Frames are
/// created in calendar order, which lets the index link each row to the employee's last earlier row as it goes.
/// </summary>
internal sealed class HistoryIndex
{
    private readonly Dictionary<int, PeriodFrame> _frames = [];
    private readonly Dictionary<string, (PeriodFrame Frame, int Row)> _lastSeen = new(StringComparer.Ordinal);

    /// <summary>The ordinal of the earliest period given.</summary>
    public int FirstOrdinal { get; private set; } = int.MaxValue;

    public void Add(PeriodFrame frame)
    {
        _frames.Add(frame.Period.Ordinal, frame);
        FirstOrdinal = Math.Min(FirstOrdinal, frame.Period.Ordinal);
    }

    public PeriodFrame? Find(int ordinal) => _frames.GetValueOrDefault(ordinal);

    /// <summary>
    /// Links each row of <paramref name="frame"/>, the newest frame so far, to the employee's row in the most recent
    /// earlier frame, and remembers this frame's rows for the frames after it. One dictionary step per row.
    /// </summary>
    public EarlierRowLinks LinkEarlierRows(PeriodFrame frame)
    {
        var employees = frame.Snapshot.Employees;
        var frames = new PeriodFrame?[employees.Length];
        var rows = new int[employees.Length];
        for (var row = 0; row < employees.Length; row++)
        {
            ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_lastSeen, employees[row], out var exists);
            (frames[row], rows[row]) = exists ? seen : (null, -1);
            seen = (frame, row);
        }

        return new EarlierRowLinks(frames, rows);
    }
}
