using PerfRules.Diagnostics;

namespace PerfRules.Hosting;

/// <summary>
/// What a registry keeps per company: the state it shows, the diagnostics of the text its plan came from (shown
/// again when a bad edit is undone), and where the text comes from.
/// </summary>
/// <param name="State">The state hosts see.</param>
/// <param name="PlanDiagnostics">The diagnostics (warnings) of the text that compiled into <c>State.Plan</c>.</param>
/// <param name="File">The plan file, or null for a text the host gave.</param>
/// <param name="SetByHost">Whether the host gave the text; a file of the same company is then left alone.</param>
internal sealed record CompanyEntry(PlanState State, ImmutableArray<Diagnostic> PlanDiagnostics, PlanFile? File, bool SetByHost);
