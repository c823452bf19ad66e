namespace PerfRules.Hosting;

/// <summary>How a <see cref="PlanRegistry"/> finds its plans and notices that they changed.</summary>
public sealed class PlanRegistryOptions
{
    /// <summary>
    /// The folder of plan files, one company each: <c>COMPANY.perf</c>, or <c>COMPANY/plan.perf</c> for a company
    /// that keeps its tests and data beside its plan. Null for a registry of texts the host gives. A relative path
    /// is taken from the current directory when the registry is made.
    /// </summary>
    public string? Folder { get; init; }

    /// <summary>
    /// Whether to watch <see cref="Folder"/> and reload a company's plan soon after its file changes (default true).
    /// The watcher only makes reloads prompt: a changed file is also noticed when its plan is asked for (see
    /// <see cref="FileCheckInterval"/>) and by <see cref="PlanRegistry.Refresh"/>.
    /// </summary>
    public bool WatchFolder { get; init; } = true;

    /// <summary>
    /// How often asking for a company's plan looks at its file's length and last-write time (default 2 seconds):
    /// at most one such look per company per interval, so the hot path stays a dictionary read. A file that looks
    /// changed is read, and compiled only when its text's hash differs. <see cref="TimeSpan.Zero"/> looks on every
    /// request; <see cref="Timeout.InfiniteTimeSpan"/> never does (reloads then come from the watcher and
    /// <see cref="PlanRegistry.Refresh"/>).
    /// </summary>
    public TimeSpan FileCheckInterval { get; init; } = TimeSpan.FromSeconds(2);
}
