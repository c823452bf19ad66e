namespace PerfRules.Runtime;

/// <summary>
/// For each row of a frame, the same employee's row in the most recent earlier frame that has one (a null frame
/// when there is none). Whole-history windows (<c>highest(x)</c>, <c>lowest(x)</c>, <c>latest(x)</c>) step from
/// period to period through these links, so an employee back from a long gap costs one step, not one per period.
/// </summary>
internal sealed class EarlierRowLinks(PeriodFrame?[] frames, int[] rows)
{
    public PeriodFrame?[] Frames { get; } = frames;
    public int[] Rows { get; } = rows;
}
