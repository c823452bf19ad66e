using PerfRules.Diagnostics;

namespace PerfRules.Authoring;

/// <summary>The outcome of one plan test.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="Span">Where its name is written.</param>
/// <param name="Failures">Its expectations that did not hold, in file order.</param>
/// <param name="Diagnostics">
/// Errors that kept it from running or from checking an expectation (a mistake on one of its lines, a data error in
/// its roster, an employee with no row), and warnings about its roster.
/// </param>
public sealed record PlanTestResult(string Name, SourceSpan Span, ImmutableArray<ExpectationFailure> Failures, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether every expectation held and nothing kept the test from running.</summary>
    public bool Passed => Failures.IsEmpty && !Diagnostics.Any(d => d.IsError);
}
