using System.Diagnostics.CodeAnalysis;
using PerfRules.Diagnostics;

namespace PerfRules;

/// <summary>The outcome of compiling a plan: the plan, or every diagnostic that stopped it (warnings may come with a plan).</summary>
public sealed class CompilationResult
{
    internal CompilationResult(PerfPlan? plan, ImmutableArray<Diagnostic> diagnostics)
    {
        Plan = plan;
        Diagnostics = diagnostics;
    }

    /// <summary>The compiled plan, or null when there were errors.</summary>
    public PerfPlan? Plan { get; }

    /// <summary>Every diagnostic, in position order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the plan compiled.</summary>
    [MemberNotNullWhen(true, nameof(Plan))]
    public bool Success => Plan is not null;
}
