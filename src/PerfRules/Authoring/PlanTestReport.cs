using PerfRules.Diagnostics;

namespace PerfRules.Authoring;

/// <summary>The outcome of running a tests file against a plan.</summary>
public sealed class PlanTestReport
{
    internal PlanTestReport(string? sourceName, ImmutableArray<PlanTestResult> tests, ImmutableArray<Diagnostic> diagnostics)
    {
        SourceName = sourceName;
        Tests = tests;
        Diagnostics = diagnostics;
        Passed = tests.Count(t => t.Passed);
        Failed = tests.Length - Passed;
    }

    /// <summary>The tests file.</summary>
    public string? SourceName { get; }

    /// <summary>Each test's outcome, in file order.</summary>
    public ImmutableArray<PlanTestResult> Tests { get; }

    /// <summary>Every error and warning met, those of the tests file and of the tests' rosters, in position order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>How many tests passed.</summary>
    public int Passed { get; }

    /// <summary>How many tests failed or could not run.</summary>
    public int Failed { get; }

    /// <summary>Whether every test passed and the file has no error.</summary>
    public bool Success => Failed == 0 && !Diagnostics.Any(d => d.IsError);

    /// <summary>The summary line: <c>3 passed, 1 failed</c>.</summary>
    public string Summary => Summarize(Passed, Failed);

    /// <summary>The summary line for counts added up over several files.</summary>
    public static string Summarize(int passed, int failed) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed");
}
