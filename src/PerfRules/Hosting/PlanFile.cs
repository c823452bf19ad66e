namespace PerfRules.Hosting;

/// <summary>
/// A company's plan file as last read: its path, its stamp then, and when asking for the plan may next look at it.
/// Only the time of the next look changes, and one thread at a time claims it.
/// </summary>
internal sealed class PlanFile(string path, FileStamp? stamp)
{
    private long _nextCheck;

    public string Path { get; } = path;

    /// <summary>The stamp of the file when its text was read; null to read it again at the next look.</summary>
    public FileStamp? Stamp { get; } = stamp;

    /// <summary>
    /// Whether this thread should look at the file now: the interval (in milliseconds; negative for never) has passed
    /// since the last look, and no other thread claimed the look first.
    /// </summary>
    public bool ClaimCheck(long intervalMilliseconds) => Claim(ref _nextCheck, intervalMilliseconds);

    /// <summary>
    /// Claims a look that is due at <paramref name="nextLook"/> (a <see cref="Environment.TickCount64"/> time) and moves
    /// it on by the interval: true for one thread once the time has come, false for the others and before then.
    /// </summary>
    public static bool Claim(ref long nextLook, long intervalMilliseconds)
    {
        if (intervalMilliseconds < 0) return false;
        var now = Environment.TickCount64;
        var next = Interlocked.Read(ref nextLook);
        return now >= next && Interlocked.CompareExchange(ref nextLook, now + intervalMilliseconds, next) == next;
    }

    /// <summary>Whether the file looks different from when it was read (or was never read whole).</summary>
    public bool LooksChanged() => Stamp is null || FileStamp.Read(Path) != Stamp;
}
