using System.Diagnostics.CodeAnalysis;
using PerfRules.Diagnostics;

namespace PerfRules.Hosting;

/// <summary>
/// Where one company of a <see cref="PlanRegistry"/> stands: the plan it scores with (the last text that compiled)
/// and the diagnostics of its latest text, which may be a bad edit that the plan in use does not include yet.
/// Immutable: a change gives a new state.
/// </summary>
public sealed class PlanState
{
    internal PlanState(string company, PerfPlan? plan, ImmutableArray<Diagnostic> diagnostics, string? latestContentHash, string? sourcePath)
    {
        Company = company;
        Plan = plan;
        Diagnostics = diagnostics;
        LatestContentHash = latestContentHash;
        SourcePath = sourcePath;
    }

    /// <summary>The company, spelled as its file or the host named it.</summary>
    public string Company { get; }

    /// <summary>
    /// The plan the company is scored with: compiled from the latest text when that compiled, otherwise from the
    /// last text that did. Null when no text of the company has ever compiled.
    /// </summary>
    public PerfPlan? Plan { get; }

    /// <summary>
    /// The diagnostics of the latest text, with positions in it (or why it could not be read): errors when the
    /// latest edit did not compile, warnings at most when it did.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The <see cref="PerfPlan.ContentHash"/> stamp of the latest text, or null when it could not be read.</summary>
    public string? LatestContentHash { get; }

    /// <summary>The plan file the company is read from, or null for a plan the host gave as text.</summary>
    public string? SourcePath { get; }

    /// <summary>Whether the company has a plan to score with.</summary>
    [MemberNotNullWhen(true, nameof(Plan))]
    public bool HasPlan => Plan is not null;

    /// <summary>
    /// Whether the company is scored with a plan older than its latest text: the latest edit has errors, or the file
    /// could not be read or is gone.
    /// </summary>
    public bool IsStale => Plan is not null && Plan.ContentHash != LatestContentHash;

    /// <summary>Whether the latest text (or reading it) has errors.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
