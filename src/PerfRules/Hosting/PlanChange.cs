namespace PerfRules.Hosting;

/// <summary>
/// One company's state changed in a <see cref="PlanRegistry"/>: a plan was added, replaced by a new text, kept
/// against a bad edit, or removed.
/// </summary>
public sealed class PlanChange : EventArgs
{
    internal PlanChange(PlanState? previous, PlanState? current)
    {
        Previous = previous;
        Current = current;
    }

    /// <summary>The company.</summary>
    public string Company => (Current ?? Previous)!.Company;

    /// <summary>The state before, or null when the company is new.</summary>
    public PlanState? Previous { get; }

    /// <summary>The state now, or null when the company was removed.</summary>
    public PlanState? Current { get; }

    /// <summary>
    /// Whether the plan the company is scored with changed. False for a bad edit: the last good plan is still used,
    /// and <see cref="Current"/> carries the edit's diagnostics.
    /// </summary>
    public bool PlanReplaced => !ReferenceEquals(Previous?.Plan, Current?.Plan);
}
