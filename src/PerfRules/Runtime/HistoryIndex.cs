namespace PerfRules.Runtime;

/// <summary>The frames of one evaluation by period ordinal, so that history functions find "k periods before".</summary>
internal sealed class HistoryIndex
{
    private readonly Dictionary<int, PeriodFrame> _frames = [];

    /// <summary>The ordinal of the earliest period given.</summary>
    public int FirstOrdinal { get; private set; } = int.MaxValue;

    public void Add(PeriodFrame frame)
    {
        _frames.Add(frame.Period.Ordinal, frame);
        FirstOrdinal = Math.Min(FirstOrdinal, frame.Period.Ordinal);
    }

    public PeriodFrame? Find(int ordinal) => _frames.GetValueOrDefault(ordinal);
}
