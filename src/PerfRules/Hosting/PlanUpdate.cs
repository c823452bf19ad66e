using PerfRules.Diagnostics;
using PerfRules.Text;

namespace PerfRules.Hosting;

/// <summary>
/// The rules for a company's new text: the same text changes nothing; a text that compiles replaces the plan; a
/// text with errors, an unreadable file or a gone one keeps the last good plan and shows why. A plan is compiled once
/// per distinct text, and going back to the text of the plan in use gives that same plan object again.
/// </summary>
internal static class PlanUpdate
{
    /// <summary>The entry after a new text, given as <paramref name="text"/> or, when null, as the diagnostics of why there is none.</summary>
    public static CompanyEntry Apply(
        CompanyEntry? old, string company, string? text, ImmutableArray<Diagnostic> withoutText, string sourceName, PlanFile? file, bool setByHost)
    {
        var sourcePath = setByHost ? null : sourceName;
        var plan = old?.State.Plan;
        var planDiagnostics = old?.PlanDiagnostics ?? [];
        if (text is null)
        {
            var unchanged = old is not null && old.State.LatestContentHash is null && old.State.Diagnostics.SequenceEqual(withoutText);
            return unchanged ? old! with { File = file } : new CompanyEntry(new PlanState(company, plan, withoutText, null, sourcePath), planDiagnostics, file, setByHost);
        }

        var hash = ContentHash.Of(text);
        if (old is not null && old.SetByHost == setByHost && old.State.SourcePath == sourcePath && old.State.LatestContentHash == hash)
            return old with { File = file };
        if (plan is not null && plan.ContentHash == hash)
            return new CompanyEntry(new PlanState(company, plan, planDiagnostics, hash, sourcePath), planDiagnostics, file, setByHost);

        var compiled = PerfPlan.Compile(text, sourceName);
        return compiled.Success
            ? new CompanyEntry(new PlanState(company, compiled.Plan, compiled.Diagnostics, hash, sourcePath), compiled.Diagnostics, file, setByHost)
            : new CompanyEntry(new PlanState(company, plan, compiled.Diagnostics, hash, sourcePath), planDiagnostics, file, setByHost);
    }

    /// <summary>
    /// The entry after its file is gone: the last good plan stays, marked stale (an editor may be between deleting and
    /// writing the file again); a company that never had a plan goes, as there is nothing to keep.
    /// </summary>
    public static CompanyEntry? Gone(CompanyEntry old, string path)
    {
        if (old.State.Plan is null) return null;
        var gone = Diagnostic.Create(DiagnosticCode.PlanFileGone, path, SourceSpan.StartOfText, old.State.Company);
        return Apply(old, old.State.Company, null, [gone], path, new PlanFile(path, FileStamp.Read(path)), setByHost: false);
    }

    /// <summary>The entry when two files claim one company: neither is read, and the last good plan stays.</summary>
    public static CompanyEntry Ambiguous(CompanyEntry? old, string company, List<string> paths)
    {
        var twice = Diagnostic.Create(DiagnosticCode.TwoPlanFiles, paths[1], SourceSpan.StartOfText, company, paths[0], paths[1]);
        // No stamp: every look at the company scans the folder again, until one of the files is gone.
        return Apply(old, company, null, [twice], paths[0], new PlanFile(paths[0], null), setByHost: false);
    }
}
